import { randomUUID } from 'node:crypto';
import type { FormDefinition } from '@tongban/forms';
import { definitionVersionRecord, FormVersionModel, ProcessVersionModel, UserModel } from '@tongban/store';
import { loanRenewalProcess } from '@tongban/workflows';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// A form's organisation and person pickers on the real stack: what they name must exist, be of the
// kind the picker asks for, and be active, or the submission is a 422 that names the field.
const stack = useTestStack();

const form: FormDefinition = {
  key: 'picker-check',
  version: 1,
  title: { zh: '选择单位与人员', en: 'Pickers' },
  schema: {
    type: 'object',
    required: ['bank'],
    additionalProperties: false,
    properties: {
      bank: { type: 'string', title: '贷款银行' },
      department: { type: 'string', title: '受理部门' },
      contact: { type: 'string', title: '对接人' },
    },
  },
  uiSchema: {
    bank: { 'ui:widget': 'orgPicker', 'ui:options': { orgKind: 'bank' } },
    department: { 'ui:widget': 'orgPicker' },
    contact: { 'ui:widget': 'userPicker' },
  },
  example: { bank: 'org-abc-yunmeng' },
};
const PROCESS_KEY = 'picker-check';

beforeAll(async () => {
  await FormVersionModel.create(definitionVersionRecord(form, 'published'));
  await ProcessVersionModel.create(
    definitionVersionRecord(
      { ...loanRenewalProcess, key: PROCESS_KEY, form: { key: form.key, version: form.version } },
      'published',
    ),
  );
});

async function apply(data: Record<string, unknown>, status: number, language = 'zh-CN') {
  const qiye = await stack.signIn('qiye');
  return qiye
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .set('Accept-Language', language)
    .send({ processKey: PROCESS_KEY, data })
    .expect(status);
}

it('accepts organisations of the kind asked for and active people', async () => {
  const started = await apply(
    {
      bank: 'org-abc-yunmeng',
      department: 'org-yunmeng-investment-centre',
      contact: demoUserId('zhaoshang'),
    },
    201,
  );
  expect(started.body.status).toBe('in_progress');
});

it('refuses a bank field holding a department, an unknown organisation and a person who left, naming each field', async () => {
  const leaver = await createUser({ username: `leaver-${randomUUID().slice(0, 6)}`, roles: ['handler'] });
  await UserModel.updateOne({ _id: leaver }, { $set: { active: false } });
  const refused = await apply(
    {
      bank: 'org-yunmeng-investment-centre',
      department: 'org-nowhere',
      contact: leaver,
    },
    422,
  );
  expect(refused.body.error).toMatchObject({
    code: 'FORM_INVALID',
    fields: [
      { path: '/bank', message: '“贷款银行”须选择银行' },
      { path: '/department', message: '“受理部门”所选单位不存在' },
      { path: '/contact', message: '“对接人”所选人员不存在或已停用' },
    ],
  });
  const english = await apply({ bank: 'org-yunmeng-investment-centre' }, 422, 'en');
  expect(english.body.error.fields).toEqual([{ path: '/bank', message: '"贷款银行" must be a bank' }]);
});
