// Browser tests of the built app on the real stack; slow by nature, so one file at a time.
module.exports = require('../jest.preset.cjs')({ integration: true, testTimeout: 300_000 });
