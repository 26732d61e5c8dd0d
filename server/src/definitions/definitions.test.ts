import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { FormVersionModel, ProcessVersionModel } from '@tongban/store';
import { useTestStack } from '../../test/test-stack';

// Form and process definitions through their versions — draft → published → archived — over HTTP on the real stack.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let admin: Agent;

const taxRefund = {
  key: 'tax-refund',
  name: { zh: '留抵退税协调', en: 'VAT refund coordination' },
  form: { key: 'loan-renewal-application', version: 1 },
  steps: [
    {
      type: 'approval',
      id: 'centre-review',
      name: { zh: '招商服务中心审核' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
      mode: 'any',
    },
  ],
};

const visitForm = {
  key: 'site-visit',
  title: { zh: '现场走访记录', en: 'Site visit record' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['visitor', 'date'],
    properties: { visitor: { $ref: '#/$defs/name' }, date: { type: 'string', format: 'date', title: '走访日期' } },
    $defs: { name: { type: 'string', minLength: 1, title: '走访人' } },
  },
  uiSchema: {},
  example: { visitor: '张伟', date: '2026-12-01' },
};

const path = (kind: string, key: string, version: number, action = '') =>
  `/api/v1/definitions/${kind}/${key}/versions/${version}${action}`;

beforeAll(async () => {
  admin = await stack.signIn('admin');
});

describe('a process from draft to published to archived', () => {
  it('edits with If-Match, lists every problem before publishing, then serves the catalogue from it', async () => {
    const created = await admin
      .post('/api/v1/definitions/processes')
      .send({ definition: { ...taxRefund, steps: [] } })
      .expect(201);
    expect(created.body).toMatchObject({ key: 'tax-refund', version: 1, status: 'draft', revision: 1 });
    expect(created.headers.etag).toBe('"r1"');
    expect(created.headers.location).toBe('/api/v1/definitions/processes/tax-refund/versions/1');

    const draft = path('processes', 'tax-refund', 1);
    const noIfMatch = await admin.put(draft).send({ definition: taxRefund });
    expect([noIfMatch.status, noIfMatch.body.error.code]).toEqual([428, 'PRECONDITION_REQUIRED']);
    const stale = await admin.put(draft).set('If-Match', '"r7"').send({ definition: taxRefund });
    expect([stale.status, stale.body.error.code]).toEqual([412, 'PRECONDITION_FAILED']);

    // Publishing the empty draft: every problem, each with where it is.
    const invalid = await admin.post(`${draft}/publish`).set('If-Match', '"r1"');
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('DEFINITION_INVALID');
    expect(invalid.body.error.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/steps' })]));

    const broken = {
      ...taxRefund,
      form: { key: 'no-such-form', version: 1 },
      steps: [{ ...taxRefund.steps[0], mode: 'sometimes', deadline: 3 }],
    };
    const saved = await admin.put(draft).set('If-Match', '"r1"').send({ definition: broken }).expect(200);
    expect(saved.headers.etag).toBe('"r2"');
    const problems = await admin.post(`${draft}/publish`).set('If-Match', '"r2"').expect(422);
    expect(problems.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual(
      ['/form', '/steps/0/deadline', '/steps/0/mode'].sort(),
    );
    expect(problems.body.error.fields.every((field: { message: string }) => field.message.length > 0)).toBe(true);

    await admin.put(draft).set('If-Match', '"r2"').send({ definition: taxRefund }).expect(200);
    const published = await admin.post(`${draft}/publish`).set('If-Match', '"r3"').expect(200);
    expect(published.body).toMatchObject({
      status: 'published',
      revision: 4,
      definition: { ...taxRefund, version: 1 },
    });
    expect(published.body.publishedAt).toBeDefined();

    // Published is immutable.
    const edit = await admin.put(draft).set('If-Match', '"r4"').send({ definition: taxRefund });
    expect([edit.status, edit.body.error.code]).toEqual([409, 'DEFINITION_NOT_DRAFT']);
    expect((await admin.delete(draft).set('If-Match', '"r4"')).status).toBe(409);

    const qiye = await stack.signIn('qiye');
    const catalogue = (await qiye.get('/api/v1/processes').expect(200)).body.items;
    expect(catalogue.map((item: { key: string }) => item.key)).toContain('tax-refund');
    await qiye
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: 'tax-refund', data: loanRenewalApplicationForm.example })
      .expect(201);

    await admin.post(`${draft}/archive`).set('If-Match', '"r4"').expect(200);
    const after = (await qiye.get('/api/v1/processes').expect(200)).body.items;
    expect(after.map((item: { key: string }) => item.key)).not.toContain('tax-refund');
    const again = await admin.post(`${draft}/archive`).set('If-Match', '"r5"');
    expect(again.body.error.code).toBe('DEFINITION_NOT_PUBLISHED');
  });

  it('a new version of a running process changes the catalogue, not the requests already started', async () => {
    const qiye = await stack.signIn('qiye');
    const running = await qiye
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
      .expect(201);

    const exported = await admin.get(path('processes', 'loan-renewal', 1, '/export')).expect(200);
    expect(exported.headers['content-disposition']).toBe('attachment; filename=process-loan-renewal-v1.json');
    expect(exported.body).toMatchObject({ format: 'tongban.process/v1', sourceVersion: 1 });
    const file = {
      ...exported.body,
      definition: { ...exported.body.definition, name: { zh: '政银企续贷协调（新版）' } },
    };
    const imported = await admin.post('/api/v1/definitions/processes/import').send(file).expect(201);
    expect(imported.body).toMatchObject({ key: 'loan-renewal', version: 2, status: 'draft' });
    await admin
      .post(path('processes', 'loan-renewal', 2, '/publish'))
      .set('If-Match', '"r1"')
      .expect(200);

    const catalogue = (await qiye.get('/api/v1/processes').expect(200)).body.items;
    expect(catalogue.find((item: { key: string }) => item.key === 'loan-renewal')).toMatchObject({
      version: 2,
      name: '政银企续贷协调（新版）',
    });
    const before = (await qiye.get(`/api/v1/requests/${running.body.id}`).expect(200)).body;
    expect(before).toMatchObject({ processVersion: 1, processName: '政银企续贷协调' });

    const list = (await admin.get('/api/v1/definitions/processes?q=续贷').expect(200)).body.items;
    expect(list).toEqual([
      expect.objectContaining({
        key: 'loan-renewal',
        versions: [
          expect.objectContaining({ version: 2, status: 'published' }),
          expect.objectContaining({ version: 1, status: 'published' }),
        ],
      }),
    ]);
  });
});

describe('a form', () => {
  it('keeps $schema/$ref/$defs, checks its example on publish, and exports and imports as a file', async () => {
    const created = await admin
      .post('/api/v1/definitions/forms')
      .send({ definition: { ...visitForm, example: { date: 'someday' } } })
      .expect(201);
    expect(created.body.definition.schema.$defs.name.title).toBe('走访人');
    const draft = path('forms', 'site-visit', 1);
    const invalid = await admin.post(`${draft}/publish`).set('If-Match', '"r1"').expect(422);
    expect(invalid.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      '/example',
      '/example/date',
    ]);
    const uncompilable = { ...visitForm, schema: { ...visitForm.schema, properties: { x: { $ref: '#/$defs/none' } } } };
    await admin.put(draft).set('If-Match', '"r1"').send({ definition: uncompilable }).expect(200);
    const refused = await admin.post(`${draft}/publish`).set('If-Match', '"r2"').expect(422);
    expect(refused.body.error.fields).toEqual([
      { path: '/schema', message: expect.stringContaining('JSON Schema 无效') },
    ]);

    await admin.put(draft).set('If-Match', '"r2"').send({ definition: visitForm }).expect(200);
    await admin.post(`${draft}/publish`).set('If-Match', '"r3"').expect(200);

    const file = (await admin.get(`${draft}/export`).expect(200)).body;
    const processFile = (await admin.get(path('processes', 'loan-renewal', 1, '/export')).expect(200)).body;
    const wrongKind = await admin.post('/api/v1/definitions/forms/import').send(processFile);
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.fields).toEqual([{ path: '/format', message: '该文件不是表单定义' }]);
    const imported = await admin.post('/api/v1/definitions/forms/import').send(file).expect(201);
    expect(imported.body).toMatchObject({ key: 'site-visit', version: 2, status: 'draft', definition: visitForm });
    await admin
      .delete(path('forms', 'site-visit', 2))
      .set('If-Match', '"r1"')
      .expect(204);
    expect(await FormVersionModel.exists({ _id: 'site-visit@2' })).toBeNull();
  });

  it('still refuses operators elsewhere in the body and outside the form designer', async () => {
    const smuggled = await admin.post('/api/v1/definitions/forms').send({ definition: visitForm, $where: '1' });
    expect(smuggled.body.error.code).toBe('OPERATOR_NOT_ALLOWED');
    const processes = await admin
      .post('/api/v1/definitions/processes')
      .send({ definition: { ...taxRefund, key: 'x', $where: '1' } });
    expect(processes.body.error.code).toBe('OPERATOR_NOT_ALLOWED');
  });
});

describe('who may design', () => {
  it('supervisors read, nobody but administrators changes anything', async () => {
    const duban = await stack.signIn('admin').then(async () => {
      const { createUser } = await import('../../test/factories');
      return stack.signIn(await createUser({ username: 'duban-def', roles: ['supervisor'] }));
    });
    await duban.get('/api/v1/definitions/forms').expect(200);
    await duban.get(path('processes', 'loan-renewal', 1)).expect(200);
    await duban.post('/api/v1/definitions/forms').send({ definition: visitForm }).expect(403);
    const zhaoshang = await stack.signIn('zhaoshang');
    await zhaoshang.get('/api/v1/definitions/processes').expect(403);
    await admin.get('/api/v1/definitions/widgets').expect(404);
    await admin.get(path('processes', 'loan-renewal', 99)).expect(404);
  });

  it('of two edits made from the same revision, one is saved and the other is told to reload', async () => {
    await admin
      .post('/api/v1/definitions/processes')
      .send({ definition: { ...taxRefund, key: 'race' } })
      .expect(201);
    const edits = await Promise.all(
      ['甲', '乙', '丙', '丁', '戊', '己'].map((who) =>
        admin
          .put(path('processes', 'race', 1))
          .set('If-Match', '"r1"')
          .send({ definition: { ...taxRefund, key: 'race', name: { zh: who } } }),
      ),
    );
    expect(edits.map((edit) => edit.status).sort()).toEqual([200, 412, 412, 412, 412, 412]);
    const stored = await ProcessVersionModel.findById('race@1').lean();
    const winner = edits.find((edit) => edit.status === 200)!.body.definition.name.zh;
    expect([stored?.revision, JSON.parse(stored!.definitionJson).name.zh]).toEqual([2, winner]);
  });
});

describe('publishing a new form version', () => {
  it('names the published processes still on an older version, and where they name it', async () => {
    const formKey = `visit-${randomUUID().slice(0, 8)}`;
    const publishNew = async (kind: string, definition: Record<string, unknown>) => {
      const created = await admin.post(`/api/v1/definitions/${kind}`).send({ definition }).expect(201);
      await admin
        .post(path(kind, created.body.key, created.body.version, '/publish'))
        .set('If-Match', created.headers.etag as string)
        .expect(200);
      return created.body.version as number;
    };
    await publishNew('forms', { ...visitForm, key: formKey });
    const fillStep = {
      type: 'fill',
      id: 'visit',
      name: { zh: '走访' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
      form: { key: formKey, version: 1 },
    };
    const onForm = { ...taxRefund, key: `on-${formKey}`, form: { key: formKey, version: 1 } };
    const inStep = { ...taxRefund, key: `step-${formKey}`, steps: [fillStep, ...taxRefund.steps] };
    await publishNew('processes', onForm);
    await publishNew('processes', inStep);
    // A process that already moved on is not listed: its newest published version names the new form.
    const movedOn = { ...taxRefund, key: `moved-${formKey}`, form: { key: formKey, version: 1 } };
    await publishNew('processes', movedOn);

    const nothingOlder = await admin.get(path('forms', formKey, 1, '/used-by')).expect(200);
    expect(nothingOlder.body).toEqual({ items: [] });

    expect(await publishNew('forms', { ...visitForm, key: formKey })).toBe(2);
    await publishNew('processes', { ...movedOn, form: { key: formKey, version: 2 } });
    const usedBy = await admin.get(path('forms', formKey, 2, '/used-by')).expect(200);
    expect(usedBy.body.items).toEqual([
      { key: `on-${formKey}`, version: 1, name: '留抵退税协调', references: [{ path: '/form', version: 1 }] },
      { key: `step-${formKey}`, version: 1, name: '留抵退税协调', references: [{ path: '/steps/0/form', version: 1 }] },
    ]);

    await admin.get(path('forms', formKey, 9, '/used-by')).expect(404);
    await admin.get(path('processes', `on-${formKey}`, 1, '/used-by')).expect(404);
    await (await stack.signIn('zhaoshang')).get(path('forms', formKey, 2, '/used-by')).expect(403);
  });
});
