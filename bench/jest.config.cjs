// The fault tests: the built worker and API as child processes, killed and restarted on purpose.
module.exports = require('../jest.preset.cjs')({ integration: true, testTimeout: 300_000 });
