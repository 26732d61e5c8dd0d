module.exports = require('../jest.preset.cjs')({ testTimeout: 600000 });
