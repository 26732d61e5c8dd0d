import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import zhCN from '../i18n/zh-CN.json';
import { AddedSigners } from './AddedSigners';

const words = i18next.createInstance();
void words
  .use(initReactI18next)
  .init({ resources: { 'zh-CN': { translation: zhCN } }, lng: 'zh-CN', initAsync: false, showSupportNotice: false });

const render = (signers: Parameters<typeof AddedSigners>[0]['signers']) =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <AddedSigners taskId="req-1.1" signers={signers} />
      </App>
    </QueryClientProvider>,
  );

describe('减签 on the task page', () => {
  it('lists whom the handler added and has not decided yet, each with its own 减签 button', () => {
    const html = render([
      { userId: 'u-fawu', displayName: '法务周', status: 'open' },
      { userId: 'u-fengkong', displayName: '风控吴', status: 'waiting' },
    ]);
    expect(html).toContain('我加签的人员');
    expect(html).toContain('aria-label="减签 法务周"');
    expect(html).toContain('aria-label="减签 风控吴"');
  });

  it('shows nothing when there is nobody to remove', () => {
    expect(render([])).not.toContain('我加签的人员');
  });
});
