const preset = require('../jest.preset.cjs')({ integration: true });

// openid-client and the libraries under it (panva's jose and oauth4webapi) ship ES modules only:
// jest's CommonJS runtime gets them compiled like our own source.
module.exports = {
  ...preset,
  transformIgnorePatterns: ['/node_modules/(?!(@tongban/|openid-client/|oauth4webapi/|jose/))'],
};
