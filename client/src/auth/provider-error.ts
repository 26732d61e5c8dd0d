/**
 * What the login page says when a sign-in through an identity provider came
 * back with `?error=<code>`: the person needs to know whether to try again,
 * wait, or call an administrator, not the code.
 */
export function providerErrorKey(code: string): string {
  switch (code) {
    case 'OIDC_ACCOUNT_DISABLED':
      return 'login.providerErrors.accountDisabled';
    case 'OIDC_PROVIDER_UNAVAILABLE':
      return 'login.providerErrors.unavailable';
    default:
      return 'login.providerFailed';
  }
}
