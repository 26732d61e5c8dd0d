import { subsidyApplicationForm } from '@tongban/forms';
import type { FormSpec } from '../api/types';
import { hasPrefillFields, reuseApplication, withProfile } from './enterprise-prefill';

const form: FormSpec = {
  schema: {
    type: 'object',
    properties: {
      enterpriseName: { type: 'string', title: '企业名称' },
      creditCode: { type: 'string', title: '统一社会信用代码' },
      legalRepresentative: { type: 'string', title: '法定代表人' },
      amount: { type: 'number', title: '金额' },
      licence: { type: 'array', title: '营业执照', items: { type: 'object' } },
    },
  },
  uiSchema: {
    enterpriseName: { 'ui:options': { prefill: 'org.name' } },
    creditCode: { 'ui:options': { prefill: 'org.creditCode' } },
    legalRepresentative: { 'ui:options': { prefill: 'org.legalRepresentative' } },
    licence: { 'ui:field': 'attachments' },
  },
};
const yipule = { name: '易普乐生物科技', creditCode: '91420923MA4C7YPL0G', legalRepresentative: '王建国' };
const yinglian = { name: '英联科技', creditCode: '91420902MA4D8LW6XW' };

it('knows whether a form has enterprise fields', () => {
  expect(hasPrefillFields(form)).toBe(true);
  expect(hasPrefillFields({ schema: subsidyApplicationForm.schema, uiSchema: {} })).toBe(false);
});

it('fills an applicant’s empty enterprise fields from its profile and keeps what a draft typed', () => {
  expect(withProfile(form, {}, yipule, 'fill-empty')).toEqual({
    enterpriseName: '易普乐生物科技',
    creditCode: '91420923MA4C7YPL0G',
    legalRepresentative: '王建国',
  });
  const draft = { enterpriseName: '易普乐生物科技有限公司', creditCode: '', amount: 5 };
  expect(withProfile(form, draft, yipule, 'fill-empty')).toEqual({
    enterpriseName: '易普乐生物科技有限公司',
    creditCode: '91420923MA4C7YPL0G',
    legalRepresentative: '王建国',
    amount: 5,
  });
});

it('at the window, the enterprise picked replaces the one picked before; what it lacks stays as typed', () => {
  const filledForYipule = withProfile(form, { amount: 5 }, yipule, 'replace');
  expect(withProfile(form, filledForYipule, yinglian, 'replace')).toEqual({
    enterpriseName: '英联科技',
    creditCode: '91420902MA4D8LW6XW',
    legalRepresentative: '王建国',
    amount: 5,
  });
});

it('reuses the last request’s fields without its files, the enterprise fields from the profile', () => {
  const previous = {
    enterpriseName: '易普乐生物科技（旧名）',
    creditCode: '91420923MA4C7YPL0G',
    amount: 100,
    licence: [{ id: 'file-1', name: '营业执照.pdf' }],
    removedField: 'x',
  };
  expect(reuseApplication(form, previous, yipule)).toEqual({
    enterpriseName: '易普乐生物科技',
    creditCode: '91420923MA4C7YPL0G',
    legalRepresentative: '王建国',
    amount: 100,
  });
  expect(reuseApplication(form, previous, undefined)).toEqual({
    enterpriseName: '易普乐生物科技（旧名）',
    creditCode: '91420923MA4C7YPL0G',
    amount: 100,
  });
});
