import i18next from 'i18next';
import zhCN from '../i18n/zh-CN.json';
import { countSuffix, showTotalOf } from './list-total';

describe('list totals', () => {
  it('writes 共 N 条 from the total the server counted', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: zhCN } } });
    expect(showTotalOf(i18n.t)(137)).toBe('共 137 条');
  });

  it('shows a tab count only once it is known', () => {
    expect(countSuffix(undefined)).toBe('');
    expect(countSuffix(0)).toBe(' (0)');
    expect(countSuffix(12)).toBe(' (12)');
  });
});
