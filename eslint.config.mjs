// One linter for every package; `npm test` runs it through turbo's `lint` task.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberate discards (e.g. destructuring a field away).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: [
      'workflows/src/workflows/**/*.ts',
      'workflows/src/engine/**/*.ts',
      'workflows/src/dsl/**/*.ts',
      'workflows/src/calendar/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      // Workflow code must stay deterministic: no Node APIs, no I/O.
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'crypto', 'http', 'https', 'mongoose', '@tongban/store'] },
      ],
    },
  },
);
