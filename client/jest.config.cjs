// The shared preset, plus: @rjsf/utils pulls in @x0k/json-schema-merge, which ships
// ESM only, so jest (CommonJS) must compile it too for the tests that run the real validator.
const preset = require('../jest.preset.cjs')();

module.exports = {
  ...preset,
  transformIgnorePatterns: ['/node_modules/(?!(@tongban|@x0k)/)'],
};
