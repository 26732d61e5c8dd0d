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
  {
    files: ['server/src/**/*.ts'],
    // Tests inject database faults and read raw documents; the query-plan tooling measures the database itself.
    ignores: ['**/*.test.ts', 'server/src/performance/**', 'server/src/scenarios/time-skipping-stack.ts'],
    rules: {
      // The database is the store's: its models and functions, never mongoose itself (issue 16).
      'no-restricted-imports': ['error', { paths: ['mongoose'] }],
    },
  },
);
