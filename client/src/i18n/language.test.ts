import en from './en.json';
import { parseLanguage } from './language';
import zhCN from './zh-CN.json';

describe('parseLanguage', () => {
  it('defaults to Chinese', () => {
    expect(parseLanguage('en')).toBe('en');
    expect(parseLanguage('zh-CN')).toBe('zh-CN');
    expect(parseLanguage('fr')).toBe('zh-CN');
    expect(parseLanguage(null)).toBe('zh-CN');
  });
});

describe('translations', () => {
  const keys = (value: object, prefix = ''): string[] =>
    Object.entries(value).flatMap(([key, child]) =>
      typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
    );

  it('have the same keys in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });
});
