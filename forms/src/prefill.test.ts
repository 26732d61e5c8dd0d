import { compileFormModel } from './designer/compile-form-model';
import { parseFormSchema } from './designer/parse-form-schema';
import { prefilledData, prefillFields, profileDisagreements, reusableData } from './prefill';
import {
  enterpriseDemandFormV2,
  equipmentRenewalRelendingFormV2,
  projectParallelApprovalFormV2,
  propertyRegistrationExpediteFormV2,
  subsidyApplicationFormV2,
} from './seed';

const form = {
  schema: {
    type: 'object',
    properties: {
      enterpriseName: { type: 'string', title: '企业名称' },
      creditCode: { type: 'string', title: '统一社会信用代码', format: 'cn-credit-code' },
      legalRepresentative: { type: 'string', title: '法定代表人' },
      purpose: { type: 'string', title: '用途' },
      amount: { type: 'number', title: '金额' },
      licence: { type: 'array', title: '营业执照', items: { type: 'object' } },
      notice: { type: 'null', title: '须知' },
    },
  },
  uiSchema: {
    enterpriseName: { 'ui:options': { prefill: 'org.name' } },
    creditCode: { 'ui:options': { prefill: 'org.creditCode' } },
    legalRepresentative: { 'ui:options': { prefill: 'org.legalRepresentative' } },
    purpose: { 'ui:widget': 'textarea', 'ui:options': { prefill: 'org.unknown', rows: 3 } },
    // A prefill on a field that holds no text says nothing.
    amount: { 'ui:options': { prefill: 'org.name' } },
    licence: { 'ui:field': 'attachments' },
  },
};
const profile = { name: '易普乐生物科技', creditCode: '91420921MA4F2PH8AJ', address: '云梦县城关镇' };

it('finds the fields a form fills in from the organisation, by their uiSchema option', () => {
  expect(prefillFields(form)).toEqual([
    { field: 'enterpriseName', source: 'org.name' },
    { field: 'creditCode', source: 'org.creditCode' },
    { field: 'legalRepresentative', source: 'org.legalRepresentative' },
  ]);
  // The profile has no legal representative: that field stays for the applicant to fill.
  expect(prefilledData(form, profile)).toEqual({ enterpriseName: '易普乐生物科技', creditCode: '91420921MA4F2PH8AJ' });
});

it('names each field that disagrees with the profile; empty fields and spacing or case do not disagree', () => {
  const agreeing = {
    enterpriseName: ' 易普乐生物科技 ',
    creditCode: '91420921ma4f2ph8aj',
    legalRepresentative: '王丽',
  };
  expect(profileDisagreements(form, agreeing, profile)).toEqual([]);
  expect(profileDisagreements(form, { enterpriseName: '', purpose: 'x' }, profile)).toEqual([]);
  expect(profileDisagreements(form, { enterpriseName: '英联科技', creditCode: '91420902MA4D8LW6XW' }, profile)).toEqual(
    [
      { field: 'enterpriseName', source: 'org.name', expected: '易普乐生物科技' },
      { field: 'creditCode', source: 'org.creditCode', expected: '91420921MA4F2PH8AJ' },
    ],
  );
});

it('reuses a previous request’s fields the form still has, without its files', () => {
  const previous = {
    enterpriseName: '易普乐生物科技',
    amount: 100,
    licence: [{ id: 'file-1', name: '营业执照.pdf' }],
    dropped: 'a field of an older version',
  };
  expect(reusableData(form, previous)).toEqual({ enterpriseName: '易普乐生物科技', amount: 100 });
});

it('the designer reads the option into a field and writes it back, beside other options', () => {
  const model = parseFormSchema(form.schema, form.uiSchema);
  expect(model.fields.filter((field) => field.prefill).map((field) => [field.key, field.prefill])).toEqual([
    ['enterpriseName', 'org.name'],
    ['creditCode', 'org.creditCode'],
    ['legalRepresentative', 'org.legalRepresentative'],
  ]);
  const compiled = compileFormModel(model);
  expect(compiled.uiSchema).toMatchObject({
    creditCode: { 'ui:options': { prefill: 'org.creditCode' } },
    purpose: { 'ui:options': { prefill: 'org.unknown', rows: 3 } },
  });
  const { prefill: _prefill, ...withoutPrefill } = model.fields[1]!;
  const cleared = compileFormModel({ ...model, fields: [model.fields[0]!, withoutPrefill, ...model.fields.slice(2)] });
  expect(cleared.uiSchema.creditCode).toBeUndefined();
});

it('the seed application forms an enterprise fills in take its name and credit code from its profile', () => {
  for (const form of [
    enterpriseDemandFormV2,
    propertyRegistrationExpediteFormV2,
    projectParallelApprovalFormV2,
    equipmentRenewalRelendingFormV2,
    subsidyApplicationFormV2,
  ]) {
    expect([form.key, prefillFields(form)]).toEqual([
      form.key,
      [
        { field: 'enterpriseName', source: 'org.name' },
        { field: 'creditCode', source: 'org.creditCode' },
      ],
    ]);
    // Its example is a real company's: the profile of that company agrees with it.
    const { enterpriseName, creditCode } = form.example as { enterpriseName: string; creditCode: string };
    expect(profileDisagreements(form, form.example, { name: enterpriseName, creditCode })).toEqual([]);
  }
});
