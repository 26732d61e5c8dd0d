import Form from '@rjsf/antd';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import zhCN from '../i18n/zh-CN.json';
import { detailTableColumns, withDetailTables } from './detail-table';
import { FORM_TEMPLATES } from './form-templates';
import { readOnlyUiSchema } from './read-only-ui-schema';

const words = i18next.createInstance();
void words
  .use(initReactI18next)
  .init({ resources: { 'zh-CN': { translation: zhCN } }, lng: 'zh-CN', initAsync: false, showSupportNotice: false });

// A loan form's 明细表 (its guarantors), next to an attachments field, which is an array of objects too.
const schema: RJSFSchema = {
  type: 'object',
  properties: {
    guarantors: {
      type: 'array',
      title: '担保人明细',
      items: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', title: '担保人' }, amount: { type: 'number', title: '担保金额' } },
      },
    },
    files: { type: 'array', title: '附件', items: { type: 'object', properties: { name: { type: 'string' } } } },
  },
};
const uiSchema = { files: { 'ui:field': 'attachments' }, guarantors: { items: { 'ui:order': ['amount', '*'] } } };
const data = { guarantors: [{ name: '云梦担保公司', amount: 500000 }, { name: '张伟' }] };

const render = (ui: Record<string, unknown>, readonly = false) =>
  renderToStaticMarkup(
    <Form
      schema={{ ...schema, properties: { guarantors: schema.properties!.guarantors! } }}
      uiSchema={withDetailTables(schema as Record<string, unknown>, ui)}
      formData={data}
      validator={validator}
      templates={FORM_TEMPLATES}
      tagName="div"
      readonly={readonly}
    >
      <></>
    </Form>,
  );

describe('a 明细表 (an array of objects)', () => {
  it('fills in as a table: a header of its columns in the form’s order, a row per line, and 添加一行', () => {
    const html = render(uiSchema);
    expect(html).toContain('<table');
    const headers = [...html.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''));
    expect(headers).toEqual(['序号', '担保金额', '* 担保人', '操作']);
    expect(html.match(/<tr/g)).toHaveLength(3);
    expect(html).toContain('value="云梦担保公司"');
    expect(html).toContain('添加一行');
    // The header names the cells: no label repeated in each of them.
    expect(html).not.toMatch(/<label[^>]*>担保人<\/label>/);
  });

  it('reads as the same table without buttons or required marks in a read-only view', () => {
    const html = render(readOnlyUiSchema(uiSchema), true);
    const headers = [...html.matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, ''));
    expect(headers).toEqual(['序号', '担保金额', '担保人']);
    expect(html).toContain('value="张伟"');
    expect(html).not.toContain('添加一行');
  });

  it('leaves attachments and other fields to their own templates', () => {
    const ui = withDetailTables(schema as Record<string, unknown>, uiSchema);
    expect(ui.files).toEqual({ 'ui:field': 'attachments' });
    expect(ui.guarantors).toHaveProperty('ui:ArrayFieldTemplate');
    expect(
      detailTableColumns((schema.properties!.guarantors as RJSFSchema).items as Record<string, unknown>, {}),
    ).toEqual([
      { key: 'name', title: '担保人', required: true },
      { key: 'amount', title: '担保金额', required: false },
    ]);
  });
});
