import type { CompiledForm } from '@tongban/forms/designer';
import { App } from 'antd';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import zhCN from '../../i18n/zh-CN.json';
import { FormPreview } from './FormPreview';

const words = i18next.createInstance();
void words
  .use(initReactI18next)
  .init({ resources: { 'zh-CN': { translation: zhCN } }, lng: 'zh-CN', initAsync: false, showSupportNotice: false });

const labels = (html: string) =>
  [...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

describe('FormPreview', () => {
  it('draws an imported 2020-12 tuple position by position, as the application page does', () => {
    const form: CompiledForm = {
      schema: {
        type: 'object',
        properties: {
          point: {
            type: 'array',
            title: '坐标',
            prefixItems: [
              { type: 'number', title: '经度' },
              { type: 'string', title: '地名' },
            ],
            items: { type: 'boolean', title: '其余' },
          },
        },
      },
      uiSchema: {},
    };
    const html = renderToStaticMarkup(
      <App>
        <FormPreview form={form} example={{ point: [114.3, '云梦'] }} />
      </App>,
    );
    expect(labels(html)).toEqual(expect.arrayContaining(['经度', '地名']));
    expect(labels(html)).not.toContain('其余');
    expect(html).toContain('value="云梦"');
  });
});
