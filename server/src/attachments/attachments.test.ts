import { createHash, randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { RequestProjectionModel } from '@tongban/store';
import mongoose from 'mongoose';
import { createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';

// Attachments in GridFS through HTTP on the real stack: what may be stored, by whom, and who may download it.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let qiye: Agent;
let requestId: string;

/** The smallest real files of each kind: their first bytes are what sniffing reads. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a7e6d3d50000000049454e44ae426082',
  'hex',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200)]);
const HTML = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');

const upload = (agent: Agent, name: string, content: Buffer, type = 'application/octet-stream', id = requestId) =>
  agent
    .post(`/api/v1/requests/${id}/attachments?name=${encodeURIComponent(name)}`)
    .set('Content-Type', type)
    .send(content);

async function storedFiles(): Promise<number> {
  return mongoose.connection.db!.collection('attachments.files').countDocuments();
}

beforeAll(async () => {
  qiye = await stack.signIn('qiye');
  requestId = (
    await qiye
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
      .expect(201)
  ).body.id;
});

it('stores a file the applicant and the handler attach, and lets those who may read the request download it', async () => {
  const pdf = await upload(qiye, '营业执照.pdf', PDF, 'application/pdf').expect(201);
  expect(pdf.body).toMatchObject({
    name: '营业执照.pdf',
    contentType: 'application/pdf',
    size: PDF.length,
    sha256: createHash('sha256').update(PDF).digest('hex'),
    uploadedBy: { displayName: '王丽' },
  });
  expect(pdf.headers.location).toBe(`/api/v1/attachments/${pdf.body.id}`);
  const zhaoshang = await stack.signIn('zhaoshang');
  const photo = await upload(zhaoshang, 'site photo.PNG', PNG).expect(201);
  expect(photo.body.contentType).toBe('image/png');

  const listed = (await zhaoshang.get(`/api/v1/requests/${requestId}/attachments`).expect(200)).body.items;
  expect(listed.map((item: { name: string }) => item.name)).toEqual(['营业执照.pdf', 'site photo.PNG']);

  const download = await zhaoshang
    .get(`/api/v1/attachments/${photo.body.id}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);
  expect(Buffer.compare(download.body as Buffer, PNG)).toBe(0);
  expect(download.headers).toMatchObject({
    'content-type': 'image/png',
    'content-disposition': 'attachment; filename="site photo.PNG"',
    'x-content-type-options': 'nosniff',
  });
  const chinese = await qiye.get(`/api/v1/attachments/${pdf.body.id}`).expect(200);
  expect(chinese.headers['content-disposition']).toContain("filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf");

  // Another enterprise: neither the request nor its files exist for it.
  const qiye2 = await stack.signIn('qiye2');
  await qiye2.get(`/api/v1/attachments/${pdf.body.id}`).expect(404);
  await qiye2.get(`/api/v1/requests/${requestId}/attachments`).expect(404);
  await upload(qiye2, 'x.pdf', PDF).expect(404);
  // A supervisor reads everything but attaches nothing.
  const duban = await stack.signIn(await createUser({ username: 'duban', roles: ['supervisor'] }));
  await duban.get(`/api/v1/attachments/${pdf.body.id}`).expect(200);
  expect((await upload(duban, 'y.pdf', PDF)).body.error.code).toBe('ATTACHMENT_NOT_ALLOWED');
});

it('refuses what is not an allowed kind, or not what it says it is, and stores nothing', async () => {
  const before = await storedFiles();
  const refusals = [
    await upload(qiye, 'setup.exe', EXE),
    await upload(qiye, 'invoice.pdf', EXE, 'application/pdf'),
    await upload(qiye, 'page.html', HTML, 'text/html'),
    await upload(qiye, 'scan.pdf', PNG), // a PNG named .pdf
    await upload(qiye, 'scan.png', PNG, 'application/pdf'), // says PDF, is PNG
    await upload(qiye, 'noextension', PDF),
  ];
  expect(refusals.map((response) => [response.status, response.body.error.code])).toEqual(
    refusals.map(() => [415, 'ATTACHMENT_TYPE_NOT_ALLOWED']),
  );
  expect((await upload(qiye, 'empty.pdf', Buffer.alloc(0))).body.error.code).toBe('ATTACHMENT_EMPTY');
  expect((await upload(qiye, '../../etc/passwd.pdf', PDF)).status).toBe(400);
  const tooLarge = await upload(qiye, 'big.pdf', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]));
  expect([tooLarge.status, tooLarge.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  expect(await storedFiles()).toBe(before);
});

it('answers 404, not a cut connection, when the file goes between finding it and reading its bytes', async () => {
  const pdf = await upload(qiye, '撤回中的文件.pdf', PDF, 'application/pdf').expect(201);
  // What a take-back leaves for a read already past the lookup: the description is still found, the bytes are gone.
  const { deletedCount } = await mongoose.connection
    .db!.collection('attachments.chunks')
    .deleteMany({ files_id: pdf.body.id });
  expect(deletedCount).toBeGreaterThan(0);
  const response = await qiye.get(`/api/v1/attachments/${pdf.body.id}`);
  expect([response.status, response.body.error?.code]).toEqual([404, 'ATTACHMENT_NOT_FOUND']);
});

it('answers a database failure while checking who may read a file as a failure, not as "no such file"', async () => {
  const pdf = await upload(qiye, '年报.pdf', PDF, 'application/pdf').expect(201);
  const lookup = jest.spyOn(RequestProjectionModel, 'findById').mockImplementationOnce(() => {
    throw new mongoose.mongo.MongoNetworkError('connection reset by the database');
  });
  try {
    const response = await qiye.get(`/api/v1/attachments/${pdf.body.id}`);
    expect(lookup).toHaveBeenCalledWith(requestId, expect.anything());
    expect([response.status, response.body.error.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
  } finally {
    lookup.mockRestore();
  }
  await qiye.get(`/api/v1/attachments/${pdf.body.id}`).expect(200);
});
