import { compileFormModel, createField, emptyFormModel, insertField } from '@tongban/forms/designer';
import { ApiError } from '../errors/api-error';
import { checkFormData } from './check-form-data';

// What the server does with a 省/市/区县 field when form data arrives (a start, a resubmission, a fill step):
// the code must be a GB/T 2260 division at the field's depth and the names its own, else a field error.
let model = emptyFormModel('项目所在地');
model = insertField(
  model,
  { ...createField(model, 'region'), key: 'county', title: '项目所在区县', required: true },
  null,
  0,
);
const { schema, uiSchema } = compileFormModel(model);
const form = { key: 'region-check', version: 1, title: { zh: '项目所在地' }, schema, uiSchema, example: {} };

async function refusal(data: Record<string, unknown>, language: 'zh-CN' | 'en' = 'zh-CN') {
  const error = await checkFormData(form, data, language).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ApiError)) throw new Error('expected a refusal');
  return { code: error.code, fields: error.fields };
}

describe('region fields in submitted form data', () => {
  it('accepts a county with its own names', async () => {
    await expect(
      checkFormData(form, { county: { code: '420923', names: ['湖北省', '孝感市', '云梦县'] } }, 'zh-CN'),
    ).resolves.toBeUndefined();
  });

  it('refuses a name changed on the way as a field error', async () => {
    expect(await refusal({ county: { code: '420923', names: ['湖北省', '孝感市', '安陆市'] } })).toEqual({
      code: 'FORM_INVALID',
      fields: [{ path: '/county', message: '“项目所在区县”的地区名称与行政区划代码不符' }],
    });
  });

  it('refuses an unknown code and a place above the depth asked for', async () => {
    expect(await refusal({ county: { code: '420999', names: ['湖北省', '孝感市', '云梦县'] } }, 'en')).toEqual({
      code: 'FORM_INVALID',
      fields: [{ path: '/county', message: '"项目所在区县": no such region' }],
    });
    expect(await refusal({ county: { code: '420900', names: ['湖北省', '孝感市'] } })).toEqual({
      code: 'FORM_INVALID',
      fields: [{ path: '/county', message: '“项目所在区县”须选择到区县一级' }],
    });
  });
});
