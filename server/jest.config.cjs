module.exports = require('../jest.preset.cjs')({ integration: true });
