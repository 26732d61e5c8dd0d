import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The client builds to `client/dist`, which the API server serves in production.
 * In development `/api` goes to the server on port 3000 so the session cookie
 * stays same-origin, exactly as in production.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each route loads, for the size budget (scripts/check-budget.ts).
    manifest: true,
    // antd and the form renderer are large by nature; warn only when a chunk grows well beyond them.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
