// The shared preset, plus: @rjsf/utils pulls in @x0k/json-schema-merge, which ships
// ESM only, so jest (CommonJS) must compile it too for the tests that run the real validator.
// The interpreting validator reuses rjsf's error processing from @rjsf/validator-ajv8's ESM
// `lib/`, which has no CommonJS build: it is mapped and compiled the same way.
const path = require('node:path');
const preset = require('../jest.preset.cjs')();

const rjsfAjv8Lib = path.join(path.dirname(require.resolve('@rjsf/validator-ajv8')), '..', 'lib');

module.exports = {
  ...preset,
  // JSX as the app compiles it (React 17+ runtime): tests that render components need no `import React`.
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: { '^@rjsf/validator-ajv8/lib/(.*)\\.js$': `${rjsfAjv8Lib}/$1.js` },
  // Tests that render antd (detail tables) need its ESM-only helpers (@ant-design/colors, @rc-component/…) compiled too.
  transformIgnorePatterns: [
    '/node_modules/(?!(@tongban|@x0k|@rjsf/validator-ajv8/lib|@ant-design|@rc-component|rc-[a-z-]+|@babel/runtime/helpers/esm)/)',
  ],
};
