import type { DesignerField, FormModel } from '@tongban/forms/designer';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import zhCN from '../../i18n/zh-CN.json';
import { FormulaEditor } from './FormulaEditor';

const words = i18next.createInstance();
void words
  .use(initReactI18next)
  .init({ resources: { 'zh-CN': { translation: zhCN } }, lng: 'zh-CN', initAsync: false, showSupportNotice: false });

const field = (key: string, kind: DesignerField['kind'], title: string, extra: Partial<DesignerField> = {}) =>
  ({ uid: `u-${key}`, key, kind, title, required: false, ...extra }) as DesignerField;

const model = (formula: string | undefined): FormModel => ({
  title: '设备更新',
  closed: true,
  fields: [
    field('price', 'amount', '单价'),
    field('company', 'text', '企业名称'),
    field('total', 'amount', '总投资', formula === undefined ? {} : { formula }),
  ],
});

const render = (formula: string | undefined, uid = 'u-total') => {
  const form = model(formula);
  const target = form.fields.find((f) => f.uid === uid)!;
  return renderToStaticMarkup(<FormulaEditor model={form} field={target} onChange={() => {}} />);
};

describe('FormulaEditor', () => {
  it('offers the switch only until the field is computed', () => {
    const html = render(undefined);
    expect(html).toContain('计算字段（公式）');
    expect(html).not.toContain('prop-formula');
  });

  it('shows the formula with its pickers and says it is sound', () => {
    const html = render('price * 2');
    expect(html).toContain('id="prop-formula"');
    expect(html).toContain('插入字段');
    expect(html).toContain('插入函数');
    expect(html).toContain('公式正确');
  });

  it('says in Chinese what is wrong as one types', () => {
    expect(render('company * 2')).toContain('“总投资”的公式：“企业名称”是文本，这里需要数字');
    expect(render('total + 1')).toContain('公式循环引用');
  });

  it('is not offered for kinds a formula cannot compute', () => {
    const form = model(undefined);
    const box = field('agree', 'boolean', '承诺');
    expect(renderToStaticMarkup(<FormulaEditor model={form} field={box} onChange={() => {}} />)).toBe('');
  });
});
