import en from '../i18n/en.json';
import zhCN from '../i18n/zh-CN.json';
import { providerErrorKey } from './provider-error';

const text = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe('providerErrorKey', () => {
  it('says what happened in words, never the code', () => {
    expect(text(zhCN, providerErrorKey('OIDC_SIGN_IN_FAILED'))).toBe('统一身份认证登录未完成，请重新登录');
    expect(text(zhCN, providerErrorKey('OIDC_ACCOUNT_DISABLED'))).toBe('该账号已停用，请联系管理员');
    expect(text(zhCN, providerErrorKey('OIDC_PROVIDER_UNAVAILABLE'))).toBe('统一身份认证服务暂时无法访问，请稍后再试');
  });

  it('takes any other code as a sign-in that did not complete', () => {
    expect(providerErrorKey('SOMETHING_NEW')).toBe(providerErrorKey('OIDC_SIGN_IN_FAILED'));
  });

  it('has each message in both languages, without a placeholder for the code', () => {
    for (const code of ['OIDC_SIGN_IN_FAILED', 'OIDC_ACCOUNT_DISABLED', 'OIDC_PROVIDER_UNAVAILABLE']) {
      for (const messages of [zhCN, en]) {
        const message = text(messages, providerErrorKey(code));
        expect(typeof message).toBe('string');
        expect(message).not.toContain('{{');
      }
    }
  });
});
