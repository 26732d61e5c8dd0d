// Shared jest settings: TypeScript through swc, tests beside the code.
// Packages with integration tests pass `integration: true` to get the real
// Temporal + database harness from @tongban/tools (started once per run).
const path = require('node:path');

/** @param {{ integration?: boolean, testTimeout?: number }} [options] */
module.exports = function jestPreset(options = {}) {
  const toolsJest = path.join(__dirname, 'tools', 'src', 'jest');
  return {
    testEnvironment: 'node',
    roots: ['<rootDir>'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    testMatch: ['**/*.test.ts', '**/*.test.tsx'],
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } },
      ],
    },
    // Workspace packages export TypeScript source; everything else in node_modules is plain JS.
    transformIgnorePatterns: ['/node_modules/(?!@tongban/)'],
    testTimeout: options.testTimeout ?? (options.integration ? 120_000 : 10_000),
    ...(options.integration
      ? {
          globalSetup: path.join(toolsJest, 'global-setup.ts'),
          globalTeardown: path.join(toolsJest, 'global-teardown.ts'),
          maxWorkers: 1,
        }
      : {}),
  };
};
