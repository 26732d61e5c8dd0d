import { randomUUID } from 'node:crypto';
import { compileFormModel, createField, emptyFormModel, insertField } from '@tongban/forms/designer';
import { FormVersionModel } from '@tongban/store';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';

// 数据字典 over HTTP on the real stack: administrators keep them in versions, everyone signed in reads what is
// published, every change is on the administration chain, and a form pins the version it was published with.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let admin: Agent;
let applicant: Agent;
let auditor: Agent;

const version = (key: string, number: number, action = '') => `/api/v1/dictionaries/${key}/versions/${number}${action}`;
const freshKey = () => `t-${randomUUID().slice(0, 8)}`;
const SIZES = [
  { value: 'large', label: '大型' },
  { value: 'small', label: '小型' },
];

beforeAll(async () => {
  admin = await stack.signIn('admin');
  applicant = await stack.signIn('qiye');
  auditor = await stack.signIn(await createUser({ username: 'shenji', displayName: '审计员', roles: ['auditor'] }));
});

describe('a dictionary from draft to published', () => {
  it('edits a draft with If-Match, publishes it, and takes the next change as a new version', async () => {
    const key = freshKey();
    const created = await admin.post('/api/v1/dictionaries').send({ key, name: '规模', entries: SIZES }).expect(201);
    expect(created.body).toMatchObject({ key, version: 1, status: 'draft', revision: 1, entries: SIZES });
    expect(created.headers.location).toBe(version(key, 1));

    const noIfMatch = await admin.put(version(key, 1)).send({ name: '企业规模', entries: SIZES });
    expect([noIfMatch.status, noIfMatch.body.error.code]).toEqual([428, 'PRECONDITION_REQUIRED']);
    const entries = [...SIZES, { value: 'micro', label: '微型', labelEn: 'Micro' }];
    const saved = await admin
      .put(version(key, 1))
      .set('If-Match', '"r1"')
      .send({ name: '企业规模', description: '划型', entries })
      .expect(200);
    expect(saved.headers.etag).toBe('"r2"');
    const stale = await admin.put(version(key, 1)).set('If-Match', '"r1"').send({ name: '企业规模', entries });
    expect([stale.status, stale.body.error.code]).toEqual([412, 'PRECONDITION_FAILED']);

    // A draft is for administrators (and supervisors): to an applicant it does not exist, nor in the list.
    expect((await applicant.get(version(key, 1))).status).toBe(404);
    const beforePublishing = (await applicant.get('/api/v1/dictionaries').expect(200)).body;
    expect(beforePublishing.items.map((item: { key: string }) => item.key)).not.toContain(key);

    const published = await admin
      .post(version(key, 1, '/publish'))
      .set('If-Match', '"r2"')
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', revision: 3, entries });
    const again = await admin.put(version(key, 1)).set('If-Match', '"r3"').send({ name: '企业规模', entries: SIZES });
    expect([again.status, again.body.error.code]).toEqual([409, 'DEFINITION_NOT_DRAFT']);

    const read = await applicant.get(version(key, 1)).expect(200);
    expect(read.body).toMatchObject({ name: '企业规模', entries });
    const next = await admin.post('/api/v1/dictionaries').send({ key, name: '企业规模', entries: SIZES }).expect(201);
    expect(next.body).toMatchObject({ version: 2, status: 'draft' });
    const listed = (await admin.get('/api/v1/dictionaries').expect(200)).body.items.find(
      (item: { key: string }) => item.key === key,
    );
    expect(listed).toMatchObject({
      name: '企业规模',
      published: { version: 1, entries },
      versions: [
        { version: 2, status: 'draft' },
        { version: 1, status: 'published' },
      ],
    });
  });

  it('lets only administrators write, and refuses repeated values', async () => {
    const key = freshKey();
    const refused = await applicant.post('/api/v1/dictionaries').send({ key, name: '规模', entries: SIZES });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const twice = await admin
      .post('/api/v1/dictionaries')
      .send({ key, name: '规模', entries: [...SIZES, { value: 'large', label: '特大型' }] });
    expect([twice.status, twice.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('serves the seed dictionaries to everyone signed in', async () => {
    const industry = await applicant.get(version('industry', 1)).expect(200);
    expect(industry.body.entries).toHaveLength(20);
    expect(industry.body.entries[2]).toEqual({ value: 'C', label: '制造业', labelEn: 'Manufacturing' });
    const size = await applicant.get(version('enterprise-size', 1)).expect(200);
    expect(size.body.entries.map((entry: { label: string }) => entry.label)).toEqual(['大型', '中型', '小型', '微型']);
  });

  it('records every change on the administration chain', async () => {
    const key = freshKey();
    await admin.post('/api/v1/dictionaries').send({ key, name: '规模', entries: SIZES }).expect(201);
    await admin
      .put(version(key, 1))
      .set('If-Match', '"r1"')
      .send({
        name: '企业规模',
        entries: [
          { value: 'large', label: '大型企业' },
          { value: 'micro', label: '微型' },
        ],
      })
      .expect(200);
    await admin
      .post(version(key, 1, '/publish'))
      .set('If-Match', '"r2"')
      .expect(200);
    const log = await auditor
      .get(`/api/v1/audit?chain=administration&objectId=${encodeURIComponent(`${key}@1`)}&pageSize=100`)
      .expect(200);
    const entries = [...log.body.items].reverse();
    expect(entries.map((entry: { action: string }) => entry.action)).toEqual([
      'dictionary_draft_created',
      'dictionary_draft_updated',
      'dictionary_published',
    ]);
    expect(entries[0].object).toEqual({ kind: 'dictionary', id: `${key}@1`, name: '规模' });
    expect(entries[1].detail).toMatchObject({
      changes: { name: { before: '规模', after: '企业规模' } },
      entriesAdded: ['micro'],
      entriesRemoved: ['small'],
      entriesRelabelled: ['large'],
    });
    expect(entries[2].detail).toMatchObject({ changes: { status: { before: 'draft', after: 'published' } } });
  });
});

describe('a form whose choices come from a dictionary', () => {
  it('pins the newest published version when it is published, and keeps it when the dictionary changes', async () => {
    const dictionary = freshKey();
    await admin.post('/api/v1/dictionaries').send({ key: dictionary, name: '规模', entries: SIZES }).expect(201);
    await admin
      .post(version(dictionary, 1, '/publish'))
      .set('If-Match', '"r1"')
      .expect(200);

    let model = emptyFormModel('字典表单');
    const select = createField(model, 'select');
    // The designer copied version 1's options; a later version published before the form is what it pins.
    model = insertField(
      model,
      { ...select, key: 'size', title: '企业规模', dictionary: { key: dictionary, version: 1 } },
      null,
      0,
    );
    const { schema, uiSchema } = compileFormModel(model);
    const formKey = freshKey();
    const definition = { key: formKey, title: { zh: '字典表单' }, schema, uiSchema, example: { size: 'medium' } };
    await admin.post('/api/v1/definitions/forms').send({ definition }).expect(201);

    const entries = [...SIZES, { value: 'medium', label: '中型' }];
    await admin.post('/api/v1/dictionaries').send({ key: dictionary, name: '规模', entries }).expect(201);
    await admin
      .post(version(dictionary, 2, '/publish'))
      .set('If-Match', '"r1"')
      .expect(200);

    const published = await admin
      .post(`/api/v1/definitions/forms/${formKey}/versions/1/publish`)
      .set('If-Match', '"r1"')
      .expect(200);
    expect(published.body.definition.schema.properties.size).toMatchObject({
      oneOf: entries.map((entry) => ({ const: entry.value, title: entry.label })),
      'x-dictionary': { key: dictionary, version: 2 },
    });

    await admin.post('/api/v1/dictionaries').send({ key: dictionary, name: '规模', entries: SIZES }).expect(201);
    await admin
      .post(version(dictionary, 3, '/publish'))
      .set('If-Match', '"r1"')
      .expect(200);
    const stored = await FormVersionModel.findById(`${formKey}@1`).lean();
    expect(JSON.parse(stored!.definitionJson).schema.properties.size['x-dictionary']).toEqual({
      key: dictionary,
      version: 2,
    });
  });

  it('refuses to publish a form naming a dictionary with no published version', async () => {
    let model = emptyFormModel('缺字典');
    model = insertField(
      model,
      { ...createField(model, 'radio'), key: 'kind', dictionary: { key: 'no-such' } },
      null,
      0,
    );
    const { schema, uiSchema } = compileFormModel(model);
    const formKey = freshKey();
    const definition = { key: formKey, title: { zh: '缺字典' }, schema, uiSchema, example: {} };
    await admin.post('/api/v1/definitions/forms').send({ definition }).expect(201);
    const refused = await admin.post(`/api/v1/definitions/forms/${formKey}/versions/1/publish`).set('If-Match', '"r1"');
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([
      { path: '/schema/properties/kind', message: '数据字典“no-such”不存在或尚未发布' },
    ]);
  });
});
