import { randomUUID } from 'node:crypto';
import type { FormDefinition } from '@tongban/forms';
import {
  AuditEventModel,
  definitionVersionRecord,
  FormVersionModel,
  ProcessVersionModel,
  RequestProjectionModel,
  verifyAuditChain,
} from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import { useTestStack } from '../../test/test-stack';

// Form data that a form's own schema accepts is stored and read back exactly, whatever a
// document database thinks of it (nested arrays, keys with `.`, `$` or emoji, NUL inside a
// string, a megabyte of text); keys with control characters are refused at once, naming the key.
const stack = useTestStack();

const form: FormDefinition = {
  key: 'any-form-data',
  version: 1,
  title: { zh: '任意表单数据', en: 'Any form data' },
  // Open to any further field, as a form built from an imported schema may be.
  schema: {
    type: 'object',
    required: ['title'],
    properties: { title: { type: 'string', title: '标题' } },
    additionalProperties: true,
  },
  uiSchema: {},
  example: { title: '示例' },
};

const process: ProcessDefinition = {
  key: 'any-form-data',
  version: 1,
  name: { zh: '任意表单数据' },
  form: { key: form.key, version: form.version },
  steps: [
    {
      type: 'approval',
      id: 'centre-verify',
      name: { zh: '中心核实' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
      // Corrections exercise the merge of the request's data with a handler's.
      fieldPermissions: { title: 'edit' },
    },
    {
      type: 'fill',
      id: 'bank-record',
      name: { zh: '银行登记' },
      assignees: { org: 'org-abc-yunmeng', role: 'bank_officer' },
      form: { key: form.key, version: form.version },
    },
  ],
};

/** Everything FerretDB (and MongoDB before 5.0) refuses in a document, inside valid form data. */
const awkward = {
  title: '扩产项目',
  matrix: [[1, 2], [3, [4, [5]]], []],
  rows: [{ cells: [['a'], ['b', 'c']] }],
  'version.major': 2,
  price$usd: 12.5,
  '🏭产能': { '季度.Q1': '满产', a$b: [[true, null]], '💡': '✓' },
  withNul: 'before\u0000after',
  nested: { 'a.b.c': { 'x.y': [['deep']] } },
};

/** One megabyte of text (UTF-8 bytes), Chinese and ASCII mixed. */
const megabyteOfText = '通办abcd'.repeat(100_000);

beforeAll(async () => {
  await FormVersionModel.create(definitionVersionRecord(form, 'published'));
  await ProcessVersionModel.create(definitionVersionRecord(process, 'published'));
});

type Agent = Awaited<ReturnType<typeof stack.signIn>>;

function start(agent: Agent, data: Record<string, unknown>, language = 'zh-CN') {
  return agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .set('Accept-Language', language)
    .send({ processKey: process.key, data });
}

async function openTaskId(agent: Agent, requestId: string): Promise<string> {
  const inbox = await agent.get('/api/v1/tasks?status=open').expect(200);
  const task = (inbox.body.items as { id: string; requestId: string }[]).find((item) => item.requestId === requestId);
  if (!task) throw new Error(`no open task of ${requestId}`);
  return task.id;
}

/** What a refused submission must not have left behind: no request, no audit entry. */
async function writtenCounts() {
  return {
    requests: await RequestProjectionModel.countDocuments({ processKey: process.key }),
    auditEntries: await AuditEventModel.countDocuments({ processKey: process.key }),
  };
}

describe('form data a document database cannot hold as it is', () => {
  it('is stored and read back exactly, before and after a step, in the request, its tasks and a fill step', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const yinhang = await stack.signIn('yinhang');

    const started = await start(qiye, awkward);
    expect(started.status).toBe(201);
    const requestId = started.body.id as string;
    expect((await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body.data).toEqual(awkward);

    const centreTask = await openTaskId(zhaoshang, requestId);
    expect((await zhaoshang.get(`/api/v1/tasks/${centreTask}`).expect(200)).body.request.data).toEqual(awkward);
    const approved = await zhaoshang
      .post(`/api/v1/tasks/${centreTask}/actions`)
      .send({ action: 'approve', data: { title: '扩产项目（已核实）' } })
      .expect(200);
    const corrected = { ...awkward, title: '扩产项目（已核实）' };
    expect(approved.body.request.data).toEqual(corrected);
    expect((await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body.data).toEqual(corrected);

    const bankTask = await openTaskId(yinhang, requestId);
    expect((await yinhang.get(`/api/v1/tasks/${bankTask}`).expect(200)).body.request.data).toEqual(corrected);
    const filled = { ...awkward, title: '银行登记' };
    await yinhang.post(`/api/v1/tasks/${bankTask}/actions`).send({ action: 'approve', data: filled }).expect(200);

    const done = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body;
    expect(done.status).toBe('completed');
    expect(done.data).toEqual(corrected);
    expect(done.stepData).toEqual({ 'bank-record': filled });
    expect(done.timeline.map((entry: { action: string }) => entry.action)).toEqual([
      'submit',
      'approve',
      'fill',
      'complete',
    ]);
    expect(await verifyAuditChain(requestId)).toEqual({ ok: true, entries: 4 });
  });

  it('holds a megabyte of text', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const data = { title: '长文本', notes: megabyteOfText };
    expect(Buffer.byteLength(megabyteOfText)).toBe(1_000_000);

    const started = await start(qiye, data);
    expect(started.status).toBe(201);
    const requestId = started.body.id as string;
    const taskId = await openTaskId(zhaoshang, requestId);
    await zhaoshang.post(`/api/v1/tasks/${taskId}/actions`).send({ action: 'approve' }).expect(200);
    const read = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body;
    expect(read.currentStepNames).toEqual(['银行登记']);
    expect(read.data.notes === megabyteOfText).toBe(true);
  });
});

describe('form data past what a request can carry', () => {
  it('is refused at once with a clear error, and nothing is written', async () => {
    const qiye = await stack.signIn('qiye');
    const before = await writtenCounts();
    const tooMuch = await start(qiye, { title: '超长', notes: 'x'.repeat(1_600_000) }, 'en');
    expect([tooMuch.status, tooMuch.body.error.code]).toEqual([413, 'FORM_DATA_TOO_LARGE']);
    expect(tooMuch.body.error.message).toMatch(/1\.5 MB/);
    const tooLargeABody = await start(qiye, { title: '超长', notes: 'x'.repeat(2_100_000) });
    expect([tooLargeABody.status, tooLargeABody.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await writtenCounts()).toEqual(before);
  });
});

describe('values JSON can carry but no field can hold', () => {
  it('are refused with a field error, not stored as null or a replacement character', async () => {
    const qiye = await stack.signIn('qiye');
    const before = await writtenCounts();
    // Raw JSON text: a number past a double's range, and half of a surrogate pair.
    const body = `{"processKey":"${process.key}","data":{"title":"x","amount":1e400,"rows":[{"note":"ok \\ud800"}]}}`;
    const refused = await qiye
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .set('Content-Type', 'application/json')
      .send(body);
    expect([refused.status, refused.body.error?.code]).toEqual([422, 'FORM_INVALID']);
    expect(refused.body.error.fields).toEqual([
      { path: '/amount', message: '“amount”的数值超出范围' },
      { path: '/rows/0/note', message: '“note”含有无法识别的字符' },
    ]);
    expect(await writtenCounts()).toEqual(before);
  });
});

describe('values JSON can carry but no field can hold, after the start', () => {
  it('are refused on a resubmission and a fill step too, and the request keeps its data', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const yinhang = await stack.signIn('yinhang');
    const requestId = (await start(qiye, { title: '逐步检查数值' }).expect(201)).body.id as string;
    await zhaoshang
      .post(`/api/v1/tasks/${await openTaskId(zhaoshang, requestId)}/actions`)
      .send({ action: 'return', to: 'applicant', comment: '请补充' })
      .expect(200);
    // Raw JSON text, as only a hand-made request sends it: 1e400 parses as Infinity.
    const raw = (agent: Agent, url: string, body: string) =>
      agent.post(url).set('Content-Type', 'application/json').send(body);
    const resubmit = await raw(
      qiye,
      `/api/v1/requests/${requestId}/actions`,
      '{"action":"resubmit","data":{"title":"补正","amount":1e400}}',
    );
    expect([resubmit.status, resubmit.body.error.fields]).toEqual([
      422,
      [{ path: '/amount', message: '“amount”的数值超出范围' }],
    ]);
    await qiye
      .post(`/api/v1/requests/${requestId}/actions`)
      .send({ action: 'resubmit', data: { title: '补正' } })
      .expect(200);
    await zhaoshang
      .post(`/api/v1/tasks/${await openTaskId(zhaoshang, requestId)}/actions`)
      .send({ action: 'approve' })
      .expect(200);
    const fill = await raw(
      yinhang,
      `/api/v1/tasks/${await openTaskId(yinhang, requestId)}/actions`,
      '{"action":"approve","data":{"title":"登记 \\udc00"}}',
    );
    expect([fill.status, fill.body.error.fields]).toEqual([
      422,
      [{ path: '/title', message: '“标题”含有无法识别的字符' }],
    ]);
    const read = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body;
    expect([read.data, read.stepData]).toEqual([{ title: '补正' }, {}]);
  });
});

describe('a file inside the form data (a data URL)', () => {
  it('is refused past 32 KB with a field error saying to upload it, and kept when small (a signature)', async () => {
    const qiye = await stack.signIn('qiye');
    const before = await writtenCounts();
    const scan = `data:application/pdf;name=scan.pdf;base64,${'A'.repeat(200 * 1024)}`;
    const refused = await start(qiye, { title: '附扫描件', scan }, 'en');
    expect([refused.status, refused.body.error?.fields]).toEqual([
      422,
      [{ path: '/scan', message: '"scan" holds a file over 32 KB inside the form; upload it as an attachment' }],
    ]);
    expect(await writtenCounts()).toEqual(before);
    const signature = 'data:image/png;base64,iVBORw0KGgo=';
    await start(qiye, { title: '附签名', signature }).expect(201);
  });
});

describe('keys with control characters', () => {
  it('are refused at submission with a field error in the caller’s language, and nothing is written', async () => {
    const qiye = await stack.signIn('qiye');
    const before = await writtenCounts();

    const refused = await start(qiye, {
      title: '含控制字符',
      'line\nbreak': 1,
      nested: { 'tab\there': [{ 'nul\u0000': 2 }] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({
      code: 'FORM_INVALID',
      fields: [
        { path: '/line\nbreak', message: '字段名“line\\u000abreak”含有控制字符' },
        { path: '/nested/tab\there', message: '字段名“tab\\u0009here”含有控制字符' },
        { path: '/nested/tab\there/0/nul\u0000', message: '字段名“nul\\u0000”含有控制字符' },
      ],
    });
    const english = await start(qiye, { title: 'x', 'del\u007f': 1 }, 'en');
    expect(english.status).toBe(422);
    expect(english.body.error.fields).toEqual([
      { path: '/del\u007f', message: 'The field name "del\\u007f" contains a control character' },
    ]);
    expect(await writtenCounts()).toEqual(before);
  });

  it('are refused on a correction, a fill step and a resubmission too, and the request stays as it was', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const yinhang = await stack.signIn('yinhang');
    const requestId = (await start(qiye, { title: '逐步检查' }).expect(201)).body.id as string;
    const centreTask = await openTaskId(zhaoshang, requestId);

    const correction = await zhaoshang
      .post(`/api/v1/tasks/${centreTask}/actions`)
      .send({ action: 'approve', data: { 'bad\u0001': 'x' } });
    expect([correction.status, correction.body.error.code]).toEqual([422, 'FORM_INVALID']);
    expect(correction.body.error.fields[0].path).toBe('/bad\u0001');

    await zhaoshang
      .post(`/api/v1/tasks/${centreTask}/actions`)
      .send({ action: 'return', to: 'applicant', comment: '请补充' })
      .expect(200);
    const resubmit = await qiye
      .post(`/api/v1/requests/${requestId}/actions`)
      .send({ action: 'resubmit', data: { title: '补正', list: [{ 'k\u001f': 1 }] } });
    expect([resubmit.status, resubmit.body.error.fields]).toEqual([
      422,
      [{ path: '/list/0/k\u001f', message: '字段名“k\\u001f”含有控制字符' }],
    ]);
    await qiye
      .post(`/api/v1/requests/${requestId}/actions`)
      .send({ action: 'resubmit', data: { title: '补正' } })
      .expect(200);

    const againTask = await openTaskId(zhaoshang, requestId);
    await zhaoshang.post(`/api/v1/tasks/${againTask}/actions`).send({ action: 'approve' }).expect(200);
    const bankTask = await openTaskId(yinhang, requestId);
    const fill = await yinhang
      .post(`/api/v1/tasks/${bankTask}/actions`)
      .send({ action: 'approve', data: { title: '登记', '\u0007': 1 } });
    expect([fill.status, fill.body.error.code]).toEqual([422, 'FORM_INVALID']);

    const read = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body;
    expect([read.status, read.data, read.stepData]).toEqual(['in_progress', { title: '补正' }, {}]);
    expect(await verifyAuditChain(requestId)).toEqual({ ok: true, entries: 4 });
  });
});

describe('NUL outside form data', () => {
  it('is refused in a comment with a field error, and the task stays open', async () => {
    const qiye = await stack.signIn('qiye');
    const zhaoshang = await stack.signIn('zhaoshang');
    const requestId = (await start(qiye, { title: '意见含空字符' }).expect(201)).body.id as string;
    const taskId = await openTaskId(zhaoshang, requestId);
    const refused = await zhaoshang
      .post(`/api/v1/tasks/${taskId}/actions`)
      .set('Accept-Language', 'en')
      .send({ action: 'approve', comment: 'fine\u0000' });
    expect([refused.status, refused.body.error]).toEqual([
      400,
      {
        code: 'VALIDATION_FAILED',
        message: 'The request is invalid',
        fields: [{ path: '/comment', message: 'Must not contain the NUL character (U+0000)' }],
      },
    ]);
    expect(await openTaskId(zhaoshang, requestId)).toBe(taskId);
    const urged = await qiye.post(`/api/v1/requests/${requestId}/actions`).send({ action: 'urge', comment: '\u0000' });
    expect([urged.status, urged.body.error.fields]).toEqual([
      400,
      [{ path: '/comment', message: '不能包含空字符（U+0000）' }],
    ]);
  });
});

describe('a document the database still refuses', () => {
  it('fails for good: the caller is answered at once, and neither the request nor its audit entry is left', async () => {
    // The API validates what it publishes; written straight to the store, a `.` in a key of the process
    // name stands for anything the database refuses in a request's projection.
    const unstorable: ProcessDefinition = {
      ...process,
      key: 'unstorable-name',
      name: { zh: '无法保存', 'zh.hans': 'x' } as never,
    };
    await ProcessVersionModel.create(definitionVersionRecord(unstorable, 'published'));
    const qiye = await stack.signIn('qiye');
    const startedAt = Date.now();
    const refused = await qiye
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: unstorable.key, data: { title: '无法保存' } });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'DATA_NOT_STORABLE']);
    expect(Date.now() - startedAt).toBeLessThan(15_000);
    expect(await RequestProjectionModel.countDocuments({ processKey: unstorable.key })).toBe(0);
    expect(await AuditEventModel.countDocuments({ processKey: unstorable.key })).toBe(0);
  });
});
