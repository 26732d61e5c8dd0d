import Form from '@rjsf/antd';
import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import zhCN from '../i18n/zh-CN.json';
import { computedFieldErrors, withComputedFields } from './computed-fields';
import { withDetailTables } from './detail-table';
import { FORM_TEMPLATES } from './form-templates';

// 设备更新再贷款: each 明细表 row computes its subtotal, the form its total and the total in capitals.
const form: Record<string, unknown> = {
  type: 'object',
  properties: {
    equipment: {
      type: 'array',
      title: '设备清单',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', title: '设备名称' },
          quantity: { type: 'integer', title: '数量' },
          unitPrice: { type: 'number', title: '单价', multipleOf: 0.01 },
          subtotal: {
            type: 'number',
            title: '小计',
            multipleOf: 0.01,
            readOnly: true,
            'x-formula': 'quantity * unitPrice',
          },
        },
      },
    },
    total: {
      type: 'number',
      title: '总投资',
      multipleOf: 0.01,
      readOnly: true,
      'x-formula': 'SUM(equipment.subtotal)',
    },
    totalInWords: { type: 'string', title: '总投资大写', readOnly: true, 'x-formula': 'UPPERMONEY(total)' },
    perUnit: { type: 'number', title: '平均单价', readOnly: true, 'x-formula': 'total / SUM(equipment.quantity)' },
  },
};
const schema = form as RJSFSchema;

const words = i18next.createInstance();
void words
  .use(initReactI18next)
  .init({ resources: { 'zh-CN': { translation: zhCN } }, lng: 'zh-CN', initAsync: false, showSupportNotice: false });

describe('computed fields as people type', () => {
  it('follow each edit: a row’s subtotal, the total and its capitals', () => {
    // What rjsf hands to onChange after each keystroke, one after another.
    let data = withComputedFields(form, { equipment: [{ name: '数控机床' }] });
    expect(data).toMatchObject({ equipment: [{ subtotal: 0 }], total: 0, totalInWords: '零元整' });

    data = withComputedFields(form, { ...data, equipment: [{ ...(data.equipment as object[])[0], quantity: 3 }] });
    data = withComputedFields(form, {
      ...data,
      equipment: [
        { ...(data.equipment as object[])[0], unitPrice: 41152.26 },
        { quantity: 1, unitPrice: 0.1 },
      ],
    });
    expect(data).toMatchObject({
      equipment: [{ subtotal: 123456.78 }, { subtotal: 0.1 }],
      total: 123456.88,
      totalInWords: '壹拾贰万叁仟肆佰伍拾陆元捌角捌分',
      perUnit: 30864.22,
    });
  });

  it('give back the same data when an edit changes nothing they read', () => {
    const data = withComputedFields(form, { equipment: [{ quantity: 2, unitPrice: 0.1 }] });
    expect(withComputedFields(form, data)).toBe(data);
  });

  it('say under the field why it cannot be computed, in the UI language', () => {
    const data = withComputedFields(form, { equipment: [] });
    expect(data).not.toHaveProperty('perUnit');
    expect(computedFieldErrors(form, data, 'zh-CN')).toEqual([{ path: '/perUnit', message: '除数为零' }]);
    expect(computedFieldErrors(form, data, 'en')).toEqual([{ path: '/perUnit', message: 'division by zero' }]);
  });

  it('show read-only, inside 明细表 rows too', () => {
    const data = withComputedFields(form, { equipment: [{ name: '数控机床', quantity: 3, unitPrice: 19.99 }] });
    const html = renderToStaticMarkup(
      <Form
        schema={schema}
        uiSchema={withDetailTables(form, {})}
        formData={data}
        validator={validator}
        templates={FORM_TEMPLATES}
        tagName="div"
      >
        <></>
      </Form>,
    );
    // antd draws a read-only number as a disabled input, text as a readonly one: neither takes typing.
    const locked = /(readonly|disabled)=""/;
    const inputOf = (id: string) => new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
    expect(inputOf('root_equipment_0_subtotal')).toMatch(locked);
    expect(inputOf('root_equipment_0_subtotal')).toContain('value="59.97"');
    expect(inputOf('root_equipment_0_quantity')).not.toMatch(locked);
    expect(inputOf('root_total')).toMatch(locked);
    expect(inputOf('root_totalInWords')).toMatch(locked);
    expect(inputOf('root_totalInWords')).toContain('value="伍拾玖元玖角柒分"');
  });
});
