import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationFormV2 } from '@tongban/forms';
import { definitionVersionRecord, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import { CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { demoUserId } from '../seed/demo-data';

// A step's hidden fields and the staff's internal opinions, on every path that carries a
// request's data, through HTTP on the real stack: the request's detail, the task's page, the
// answer to an action, the request lists, its attachments (a file a hidden field holds).
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const example = loanRenewalApplicationFormV2.example as Record<string, unknown>;
const PHONE = example.contactPhone as string;
const TRANSFER_NOTE = '内部：该企业去年有逾期记录，请负责人把关';

const screened: ProcessDefinition = {
  key: 'screened-renewal',
  version: 1,
  name: { zh: '续贷审查（字段权限测试）' },
  form: { key: loanRenewalApplicationFormV2.key, version: loanRenewalApplicationFormV2.version },
  steps: [
    {
      type: 'approval',
      id: 'centre-review',
      name: { zh: '中心审查' },
      assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
    },
    {
      type: 'approval',
      id: 'bank-review',
      name: { zh: '银行审查' },
      assignees: { org: 'org-abc-yunmeng', role: 'bank_officer' },
      fieldPermissions: { contactPhone: 'hidden', financialStatements: 'hidden' },
    },
  ],
};

let qiye: Agent;
let zhaoshang: Agent;
let leader: Agent;
let yinhang: Agent;
let duban: Agent;
let requestId: string;
let statementId: string;
let bankTaskId: string;

async function openTaskOf(agent: Agent, id: string): Promise<string> {
  const inbox = await agent.get('/api/v1/tasks?status=open').expect(200);
  return (inbox.body.items as { id: string; requestId: string }[]).find((task) => task.requestId === id)!.id;
}

beforeAll(async () => {
  await ProcessVersionModel.create(definitionVersionRecord(screened, 'published', new Date()));
  qiye = await stack.signIn('qiye');
  zhaoshang = await stack.signIn('zhaoshang');
  leader = await stack.signIn(
    await createUser({
      username: 'centre-leader-fields',
      displayName: '中心负责人',
      roles: ['leader'],
      org: CENTRE,
    }),
  );
  yinhang = await stack.signIn('yinhang');
  duban = await stack.signIn(await createUser({ username: 'duban-fields', roles: ['supervisor'] }));

  const upload = await qiye
    .post(`/api/v1/attachments?name=${encodeURIComponent('2026年10月资产负债表.pdf')}`)
    .set('Content-Type', 'application/pdf')
    .send(PDF)
    .expect(201);
  statementId = upload.body.id;
  const statement = {
    id: statementId,
    name: '2026年10月资产负债表.pdf',
    size: PDF.length,
    contentType: 'application/pdf',
  };
  requestId = (
    await qiye
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: screened.key, data: { ...example, financialStatements: [statement] } })
      .expect(201)
  ).body.id;

  // The centre hands its step to its leader with a note between colleagues; the leader approves.
  const centreTask = await openTaskOf(zhaoshang, requestId);
  await zhaoshang
    .post(`/api/v1/tasks/${centreTask}/actions`)
    .send({ action: 'transfer', targetUserId: demoUserId('centre-leader-fields'), comment: TRANSFER_NOTE })
    .expect(200);
  await leader
    .post(`/api/v1/tasks/${await openTaskOf(leader, requestId)}/actions`)
    .send({ action: 'approve', comment: '同意' })
    .expect(200);
  bankTaskId = await openTaskOf(yinhang, requestId);
});

describe("the bank's step hides the phone number and the statements", () => {
  it('from the request detail and the task page', async () => {
    for (const detail of [
      (await yinhang.get(`/api/v1/requests/${requestId}`).expect(200)).body,
      (await yinhang.get(`/api/v1/tasks/${bankTaskId}`).expect(200)).body.request,
    ]) {
      expect(detail.data).not.toHaveProperty('contactPhone');
      expect(detail.data).not.toHaveProperty('financialStatements');
      expect(detail.form.schema.properties).not.toHaveProperty('contactPhone');
      expect(JSON.stringify(detail)).not.toContain(PHONE);
      expect(detail.data.loanContractNo).toBe(example.loanContractNo);
    }
  });

  it('from its attachments: not listed, not downloadable', async () => {
    const listed = (await yinhang.get(`/api/v1/requests/${requestId}/attachments`).expect(200)).body.items;
    expect(listed.map((item: { id: string }) => item.id)).not.toContain(statementId);
    const download = await yinhang.get(`/api/v1/attachments/${statementId}`);
    expect([download.status, download.body.error?.code]).toEqual([404, 'ATTACHMENT_NOT_FOUND']);
  });

  it('from the lists of requests', async () => {
    const rows = (await yinhang.get(`/api/v1/requests?q=${requestId}`).expect(200)).body.items;
    expect(rows.map((row: { id: string }) => row.id)).toEqual([requestId]);
    expect(JSON.stringify(rows)).not.toContain(PHONE);
  });

  it("from the answer to the bank's own action", async () => {
    const answer = await yinhang
      .post(`/api/v1/tasks/${bankTaskId}/actions`)
      .send({ action: 'comment', comment: '请补充近三月流水' })
      .expect(200);
    expect(answer.body.request.data).not.toHaveProperty('contactPhone');
    expect(JSON.stringify(answer.body)).not.toContain(PHONE);
    expect(answer.body.request.data.loanContractNo).toBe(example.loanContractNo);
  });
});

describe('those whose steps show the fields, the applicant and the supervisor see them', () => {
  it.each([
    ['the centre, whose step shows them', () => zhaoshang],
    ['the applicant', () => qiye],
    ['a supervisor', () => duban],
  ])('%s', async (_who, agent) => {
    const detail = (await agent().get(`/api/v1/requests/${requestId}`).expect(200)).body;
    expect(detail.data.contactPhone).toBe(PHONE);
    expect(detail.data.financialStatements.map((file: { id: string }) => file.id)).toEqual([statementId]);
    await agent().get(`/api/v1/attachments/${statementId}`).expect(200);
  });
});

describe('internal opinions', () => {
  const transferOf = (detail: { timeline: { action: string; comment?: string; internal?: boolean }[] }) =>
    detail.timeline.find((entry) => entry.action === 'transfer')!;

  it('reach staff marked as internal', async () => {
    for (const agent of [zhaoshang, yinhang, duban]) {
      const detail = (await agent.get(`/api/v1/requests/${requestId}`).expect(200)).body;
      expect(transferOf(detail)).toMatchObject({ comment: TRANSFER_NOTE, internal: true });
    }
  });

  it("never reach the applicant's side: the hand-over shows, its note does not", async () => {
    const detail = (await qiye.get(`/api/v1/requests/${requestId}`).expect(200)).body;
    expect(transferOf(detail)).toBeDefined();
    expect(JSON.stringify(detail)).not.toContain(TRANSFER_NOTE);
    // The opinions that decide are the applicant's to read.
    expect(detail.timeline.find((entry: { action: string }) => entry.action === 'approve').comment).toBe('同意');
  });
});
