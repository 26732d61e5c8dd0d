import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationFormV2 } from '@tongban/forms';
import { definitionVersionRecord, ProcessVersionModel, RequestProjectionModel } from '@tongban/store';
import mongoose from 'mongoose';
import { loanRenewalProcess } from '@tongban/workflows';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { MAX_WAITING_FILES, WAITING_FILE_DAYS } from './attachments';

// Files uploaded into a form before the request exists, on the real stack: they wait for their
// uploader, the submission that names them links them to its request, and nobody can smuggle in
// someone else's file or one another request holds.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;

const PROCESS_KEY = 'statements-upload';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const example = loanRenewalApplicationFormV2.example;

let qiye: Agent;
let zhaoshang: Agent;

beforeAll(async () => {
  // Loan renewal's first slice on the application form that has 近三个月财务报表.
  await ProcessVersionModel.create(
    definitionVersionRecord(
      { ...loanRenewalProcess, key: PROCESS_KEY, form: { key: 'loan-renewal-application', version: 2 } },
      'published',
    ),
  );
  qiye = await stack.signIn('qiye');
  zhaoshang = await stack.signIn('zhaoshang');
});

async function uploadInto(agent: Agent, name = '2026年10月资产负债表.pdf') {
  const response = await agent
    .post(`/api/v1/attachments?name=${encodeURIComponent(name)}`)
    .set('Content-Type', 'application/pdf')
    .send(PDF)
    .expect(201);
  return { id: response.body.id as string, name, size: PDF.length, contentType: 'application/pdf' };
}

function apply(agent: Agent, financialStatements: unknown[], key = randomUUID()) {
  return agent
    .post('/api/v1/requests')
    .set('Idempotency-Key', key)
    .send({ processKey: PROCESS_KEY, data: { ...example, financialStatements } });
}

it('keeps an upload for its uploader until the application that names it is submitted, then for its readers', async () => {
  const statement = await uploadInto(qiye);
  await qiye.get(`/api/v1/attachments/${statement.id}`).expect(200);
  await zhaoshang.get(`/api/v1/attachments/${statement.id}`).expect(404);

  const key = randomUUID();
  const started = await apply(qiye, [statement], key).expect(201);
  const requestId = started.body.id as string;
  // A retried submission (the same Idempotency-Key) finds its file already linked and is the same request.
  expect((await apply(qiye, [statement], key).expect(201)).body.id).toBe(requestId);

  const detail = (await zhaoshang.get(`/api/v1/requests/${requestId}`).expect(200)).body;
  expect(detail.data.financialStatements).toEqual([statement]);
  await zhaoshang.get(`/api/v1/attachments/${statement.id}`).expect(200);
  const listed = (await zhaoshang.get(`/api/v1/requests/${requestId}/attachments`).expect(200)).body.items;
  expect(listed.map((item: { id: string }) => item.id)).toEqual([statement.id]);
  // Another enterprise still cannot read it.
  await (await stack.signIn('qiye2')).get(`/api/v1/attachments/${statement.id}`).expect(404);
});

it('refuses a file the applicant did not upload, or one another request holds, naming the field, and starts nothing', async () => {
  const others = await uploadInto(zhaoshang, '别人的文件.pdf');
  const before = await RequestProjectionModel.countDocuments();
  const refused = await apply(qiye, [others]).expect(422);
  expect(refused.body.error).toMatchObject({
    code: 'FORM_INVALID',
    fields: [
      { path: '/financialStatements/0', message: '“近三个月财务报表”中的文件不存在或已用于其他办件，请重新上传' },
    ],
  });
  // The file was not moved: its uploader still has it, waiting.
  await zhaoshang.get(`/api/v1/attachments/${others.id}`).expect(200);

  const statement = await uploadInto(qiye);
  await apply(qiye, [statement]).expect(201);
  const again = await apply(qiye, [statement]).set('Accept-Language', 'en').expect(422);
  expect(again.body.error.fields[0].message).toContain('"近三个月财务报表"');

  const invented = { ...statement, id: `att-${'0'.repeat(32)}` };
  expect((await apply(qiye, [invented]).expect(422)).body.error.fields[0].path).toBe('/financialStatements/0');
  expect(await RequestProjectionModel.countDocuments()).toBe(before + 1);
});

it('links a file the applicant adds when resubmitting after a return', async () => {
  const first = await uploadInto(qiye, '9月利润表.pdf');
  const requestId = (await apply(qiye, [first]).expect(201)).body.id as string;
  const inbox = (await zhaoshang.get('/api/v1/tasks?status=open').expect(200)).body.items as {
    id: string;
    requestId: string;
  }[];
  const taskId = inbox.find((task) => task.requestId === requestId)!.id;
  await zhaoshang
    .post(`/api/v1/tasks/${taskId}/actions`)
    .send({ action: 'return', to: 'applicant', comment: '请补充10月报表' })
    .expect(200);

  const added = await uploadInto(qiye, '10月利润表.pdf');
  await qiye
    .post(`/api/v1/requests/${requestId}/actions`)
    .send({ action: 'resubmit', data: { ...example, financialStatements: [first, added] } })
    .expect(200);
  const listed = (await zhaoshang.get(`/api/v1/requests/${requestId}/attachments`).expect(200)).body.items;
  expect(listed.map((item: { name: string }) => item.name).sort()).toEqual(['10月利润表.pdf', '9月利润表.pdf']);
});

it('caps how many files one person keeps waiting, and refuses uploads from those who fill no forms', async () => {
  const hoarder = await stack.signIn(
    await createUser({ username: `hoarder-${randomUUID().slice(0, 6)}`, roles: ['applicant'] }),
  );
  for (let index = 0; index < MAX_WAITING_FILES; index += 1) await uploadInto(hoarder, `${index}.pdf`);
  const refused = await hoarder
    .post('/api/v1/attachments?name=one-more.pdf')
    .set('Content-Type', 'application/pdf')
    .send(PDF)
    .expect(409);
  expect(refused.body.error.code).toBe('ATTACHMENTS_WAITING_LIMIT');

  const auditor = await stack.signIn(await createUser({ username: 'shenji-forms', roles: ['auditor'] }));
  const forbidden = await auditor
    .post('/api/v1/attachments?name=x.pdf')
    .set('Content-Type', 'application/pdf')
    .send(PDF)
    .expect(403);
  expect(forbidden.body.error.code).toBe('ATTACHMENT_NOT_ALLOWED');
});

it('lets the uploader take a waiting file back, never a submitted one, and frees the files of forms left unsent', async () => {
  const taken = await uploadInto(qiye, '传错了.pdf');
  await zhaoshang.delete(`/api/v1/attachments/${taken.id}`).expect(404);
  await qiye.delete(`/api/v1/attachments/${taken.id}`).expect(204);
  await qiye.get(`/api/v1/attachments/${taken.id}`).expect(404);
  await qiye.delete(`/api/v1/attachments/${taken.id}`).expect(404);
  expect((await apply(qiye, [taken]).expect(422)).body.error.fields[0].path).toBe('/financialStatements/0');

  const kept = await uploadInto(qiye);
  await apply(qiye, [kept]).expect(201);
  const refused = await qiye.delete(`/api/v1/attachments/${kept.id}`).expect(409);
  expect(refused.body.error.code).toBe('ATTACHMENT_SUBMITTED');
  await zhaoshang.get(`/api/v1/attachments/${kept.id}`).expect(200);

  // A form left unsent for longer than WAITING_FILE_DAYS: its file goes at the uploader's next upload.
  const forgotten = await uploadInto(qiye, '上个月的草稿.pdf');
  const files = mongoose.connection.db!.collection('attachments.files');
  await files.updateOne(
    { _id: forgotten.id as never },
    { $set: { uploadDate: new Date(Date.now() - (WAITING_FILE_DAYS + 1) * 86_400_000) } },
  );
  await uploadInto(qiye, '新的.pdf');
  await qiye.get(`/api/v1/attachments/${forgotten.id}`).expect(404);
  expect(
    await mongoose.connection.db!.collection('attachments.chunks').countDocuments({ files_id: forgotten.id }),
  ).toBe(0);
  // Files requests hold are never pruned, however old.
  await files.updateOne({ _id: kept.id as never }, { $set: { uploadDate: new Date(Date.now() - 365 * 86_400_000) } });
  await uploadInto(qiye, '再一个.pdf');
  await zhaoshang.get(`/api/v1/attachments/${kept.id}`).expect(200);
});
