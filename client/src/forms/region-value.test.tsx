import Form from '@rjsf/antd';
import validator from '@rjsf/validator-ajv8';
import { compileFormModel, createField, emptyFormModel, insertField } from '@tongban/forms/designer';
import { regionTree } from '@tongban/forms/regions';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import zhCN from '../i18n/zh-CN.json';
import { formDataRows } from '../lib/form-data-rows';
import { DESIGNER_RJSF_FIELDS, DESIGNER_RJSF_WIDGETS } from './designer-widgets';
import { FORM_TEMPLATES } from './form-templates';
import { regionCodePath, regionFromCodePath, regionText } from './region-value';

const YUNMENG = { code: '420923', names: ['湖北省', '孝感市', '云梦县'] };

describe('the region Cascader’s value', () => {
  it('maps a stored county to the codes of its path and back', () => {
    const tree = regionTree('county');
    const path = regionCodePath(tree, YUNMENG);
    expect(path).toEqual(['420000', '420900', '420923']);
    expect(regionFromCodePath(tree, path)).toEqual(YUNMENG);
  });

  it('follows a municipality’s districts, which sit right below it', () => {
    const tree = regionTree('county');
    const dongcheng = regionFromCodePath(tree, ['110000', '110101']);
    expect(dongcheng).toEqual({ code: '110101', names: ['北京市', '东城区'] });
    expect(regionCodePath(tree, dongcheng)).toEqual(['110000', '110101']);
  });

  it('stops at the depth the field asks for', () => {
    const cities = regionTree('city');
    expect(regionFromCodePath(cities, ['420000', '420900'])).toEqual({ code: '420900', names: ['湖北省', '孝感市'] });
    expect(regionCodePath(cities, YUNMENG)).toEqual([]);
  });

  it('is empty for nothing chosen, a cleared choice or a code the tree does not hold', () => {
    const tree = regionTree('county');
    expect(regionCodePath(tree, undefined)).toEqual([]);
    expect(regionFromCodePath(tree, [])).toBeUndefined();
    expect(regionFromCodePath(tree, ['420000', '999999'])).toBeUndefined();
  });

  it('reads as its names', () => {
    expect(regionText(YUNMENG)).toBe('湖北省 / 孝感市 / 云梦县');
    expect(regionText('420923')).toBe('');
  });
});

describe('a region field read back', () => {
  let model = emptyFormModel('项目');
  model = insertField(model, { ...createField(model, 'region'), key: 'county', title: '项目所在区县' }, null, 0);
  const { schema, uiSchema } = compileFormModel(model);

  it('shows its names on a read-only form, without loading the division table', () => {
    const words = i18next.createInstance();
    void words.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN } },
      lng: 'zh-CN',
      initAsync: false,
      showSupportNotice: false,
    });
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={words}>
        <Form
          schema={schema}
          uiSchema={uiSchema}
          formData={{ county: YUNMENG }}
          validator={validator}
          templates={FORM_TEMPLATES}
          widgets={DESIGNER_RJSF_WIDGETS}
          fields={DESIGNER_RJSF_FIELDS}
          readonly
        />
      </I18nextProvider>,
    );
    expect(html).toContain('湖北省 / 孝感市 / 云梦县');
    expect(html).toContain('项目所在区县');
  });

  it('prints as one line of names', () => {
    expect(formDataRows(schema, uiSchema, { county: YUNMENG })).toEqual([
      { type: 'field', label: '项目所在区县', value: '湖北省 / 孝感市 / 云梦县', depth: 0 },
    ]);
  });
});
