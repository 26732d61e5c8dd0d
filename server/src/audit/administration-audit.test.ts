import request from 'supertest';
import {
  ADMINISTRATION_CHAIN,
  AdministrationIntentModel,
  auditEventId,
  AuditEventModel,
  beginAdministrationIntent,
  STALE_INTENT_MS,
} from '@tongban/store';
import { CENTRE, createUser } from '../../test/factories';
import { useTestStack } from '../../test/test-stack';
import { DEMO_PASSWORD, demoUserId } from '../seed/demo-data';

// The administration chain through HTTP on the real stack: each administrative change writes one entry
// saying who changed what and how (never a password), the log and CSV show them, the chain stays one
// under concurrent changes, and verify finds an edited entry.
const stack = useTestStack();
type Agent = Awaited<ReturnType<typeof stack.signIn>>;
let admin: Agent;
let auditor: Agent;

interface Entry {
  id: string;
  chain: string;
  seq: number;
  action: string;
  actor: { userId: string } | null;
  object?: { kind: string; id: string; name: string };
  detail?: Record<string, unknown>;
  requestId?: string;
  processKey?: string;
  hash: string;
  prevHash: string;
}

/** The administrative entries about one object, oldest first. */
async function entriesAbout(objectId: string): Promise<Entry[]> {
  const page = await auditor
    .get(`/api/v1/audit?chain=administration&objectId=${encodeURIComponent(objectId)}&pageSize=100`)
    .expect(200);
  return (page.body.items as Entry[]).reverse();
}

const chainLength = () => AuditEventModel.countDocuments({ requestId: ADMINISTRATION_CHAIN });

const ADMIN = demoUserId('admin');
const NEW_PASSWORD = 'Zhang-Wei-2026!';

beforeAll(async () => {
  admin = await stack.signIn('admin');
  auditor = await stack.signIn(await createUser({ username: 'shenji', displayName: '审计员', roles: ['auditor'] }));
});

describe('administrative changes on the audit chain', () => {
  it('records creating, changing and deleting an organisation, with the fields before and after', async () => {
    await admin
      .post('/api/v1/organisations')
      .send({ id: 'org-audit-tax', name: '云梦县税务局', kind: 'department' })
      .expect(201);
    await admin
      .patch('/api/v1/organisations/org-audit-tax')
      .send({ name: '国家税务总局云梦县税务局', nameEn: 'Yunmeng Tax Bureau' })
      .expect(200);
    // Nothing changed, or refused: no entry.
    await admin.patch('/api/v1/organisations/org-audit-tax').send({ name: '国家税务总局云梦县税务局' }).expect(200);
    await admin.post('/api/v1/organisations').send({ id: 'org-audit-tax', name: 'x', kind: 'bank' }).expect(409);
    await admin.delete('/api/v1/organisations/org-audit-tax').expect(204);

    const entries = await entriesAbout('org-audit-tax');
    expect(entries.map((entry) => entry.action)).toEqual([
      'organisation_created',
      'organisation_updated',
      'organisation_deleted',
    ]);
    expect(entries[0]).toMatchObject({
      chain: 'administration',
      actor: { userId: ADMIN },
      object: { kind: 'organisation', id: 'org-audit-tax', name: '云梦县税务局' },
      detail: {
        changes: {
          name: { before: null, after: '云梦县税务局' },
          kind: { before: null, after: 'department' },
        },
      },
    });
    expect(entries[0]).not.toHaveProperty('requestId');
    expect(entries[1]!.detail).toEqual({
      changes: {
        name: { before: '云梦县税务局', after: '国家税务总局云梦县税务局' },
        nameEn: { before: null, after: 'Yunmeng Tax Bureau' },
      },
    });
    expect(entries[2]).toMatchObject({
      object: { name: '国家税务总局云梦县税务局' },
      detail: { changes: { name: { before: '国家税务总局云梦县税务局', after: null } } },
    });
    // Consecutive positions of the one chain.
    expect(entries[1]!.seq).toBe(entries[0]!.seq + 1);
  });

  it('records accounts: created, roles changed, password reset and deactivated — never a password or its hash', async () => {
    const created = await admin
      .post('/api/v1/users')
      .send({
        username: 'zhangwei-audit',
        displayName: '张伟',
        orgId: 'org-yunmeng-investment-centre',
        roles: ['handler'],
        password: 'First-Password-1',
      })
      .expect(201);
    const id = created.body.id as string;
    await admin
      .patch(`/api/v1/users/${id}`)
      .send({ roles: ['handler', 'leader'] })
      .expect(200);
    await admin.patch(`/api/v1/users/${id}`).send({ password: NEW_PASSWORD }).expect(200);
    await admin.patch(`/api/v1/users/${id}`).send({ active: false }).expect(200);
    await admin.patch(`/api/v1/users/${id}`).send({ active: false }).expect(200); // already: no entry

    const entries = await entriesAbout(id);
    expect(entries.map((entry) => entry.action)).toEqual([
      'user_created',
      'user_updated',
      'user_password_reset',
      'user_deactivated',
    ]);
    expect(entries[0]).toMatchObject({
      object: { kind: 'user', id, name: '张伟' },
      detail: {
        passwordChanged: true,
        changes: {
          username: { before: null, after: 'zhangwei-audit' },
          roles: { before: null, after: ['handler'] },
          active: { before: null, after: true },
        },
      },
    });
    expect(entries[1]!.detail).toEqual({ changes: { roles: { before: ['handler'], after: ['handler', 'leader'] } } });
    expect(entries[2]!.detail).toEqual({ passwordChanged: true });
    expect(entries[3]!.detail).toEqual({ changes: { active: { before: true, after: false } } });

    const stored = JSON.stringify(await AuditEventModel.find({ 'object.id': id }).lean());
    for (const secret of ['First-Password-1', NEW_PASSWORD, '$argon2', 'passwordHash'])
      expect(stored).not.toContain(secret);
    const csv = await auditor.get(`/api/v1/audit/export.csv?objectId=${id}`).buffer(true).expect(200);
    expect(csv.text).not.toContain(NEW_PASSWORD);
    expect(csv.text).toContain(',重置密码,user_password_reset,系统管理员,');
  });

  it('records a definition version from draft to archived, a deleted draft and an import', async () => {
    const form = {
      key: 'audit-visit',
      title: { zh: '走访记录', en: 'Visit record' },
      schema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        required: ['visitor'],
        properties: { visitor: { type: 'string', minLength: 1, title: '走访人' } },
      },
      uiSchema: {},
      example: { visitor: '张伟' },
    };
    const forms = '/api/v1/definitions/forms';
    await admin.post(forms).send({ definition: form }).expect(201);
    const v1 = `${forms}/audit-visit/versions/1`;
    await admin
      .put(v1)
      .set('If-Match', '"r1"')
      .send({ definition: { ...form, title: { zh: '现场走访记录', en: 'Site visit record' } } })
      .expect(200);
    await admin.post(`${v1}/publish`).set('If-Match', '"r2"').expect(200);
    await admin.post(`${v1}/archive`).set('If-Match', '"r3"').expect(200);
    await admin.post(forms).send({ definition: form }).expect(201);
    await admin.delete(`${forms}/audit-visit/versions/2`).set('If-Match', '"r1"').expect(204);
    const file = (await admin.get(`${v1}/export`).expect(200)).body;
    await admin.post(`${forms}/import`).send(file).expect(201);

    const first = await entriesAbout('audit-visit@1');
    expect(first.map((entry) => entry.action)).toEqual([
      'definition_draft_created',
      'definition_draft_updated',
      'definition_published',
      'definition_archived',
    ]);
    expect(first[0]!.object).toEqual({ kind: 'form', id: 'audit-visit@1', name: '走访记录' });
    expect(first[1]!.detail).toEqual({
      revision: { before: 1, after: 2 },
      changedKeys: ['title'],
      changes: {
        title: {
          before: { zh: '走访记录', en: 'Visit record' },
          after: { zh: '现场走访记录', en: 'Site visit record' },
        },
      },
    });
    expect(first[2]!.detail).toMatchObject({ changes: { status: { before: 'draft', after: 'published' } } });
    expect(first[3]!.detail).toMatchObject({ changes: { status: { before: 'published', after: 'archived' } } });
    // Version 2 was deleted, and the import took its number again.
    expect((await entriesAbout('audit-visit@2')).map((entry) => [entry.action, entry.detail])).toEqual([
      ['definition_draft_created', { revision: 1 }],
      ['definition_draft_deleted', { revision: 1 }],
      ['definition_imported', { format: 'tongban.form/v1', sourceVersion: 1, revision: 1 }],
    ]);
    const forForms = await auditor.get('/api/v1/audit?objectKind=form&pageSize=100').expect(200);
    expect(forForms.body.total).toBe(7);
  });

  it('records a person naming and clearing their substitute, since it changes who gets their tasks', async () => {
    const zhaoshang = await stack.signIn('zhaoshang');
    const colleague = await createUser({
      username: 'centre-stand-in',
      roles: ['leader'],
      org: CENTRE,
    });
    const substitute = { userId: demoUserId(colleague), from: '2026-12-01', to: '2026-12-05' };
    await zhaoshang.put('/api/v1/me/substitute').send(substitute).expect(200);
    await zhaoshang.delete('/api/v1/me/substitute').expect(204);
    await zhaoshang.delete('/api/v1/me/substitute').expect(204); // none left: no entry
    const entries = await entriesAbout(demoUserId('zhaoshang'));
    expect(entries.map((entry) => [entry.action, entry.actor?.userId, entry.detail])).toEqual([
      [
        'substitute_set',
        demoUserId('zhaoshang'),
        { changes: { substitute: { before: null, after: substitute } }, substituteName: expect.any(String) },
      ],
      ['substitute_cleared', demoUserId('zhaoshang'), { changes: { substitute: { before: substitute, after: null } } }],
    ]);
  });

  it('records a locked account once, by the system; a username that names nobody is not recorded', async () => {
    const username = await createUser({ username: 'suoding', displayName: '锁定测试', roles: ['handler'] });
    const before = await chainLength();
    const logIn = (name: string, password: string) =>
      request(stack.app)
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', '203.0.113.77')
        .send({ username: name, password });
    for (let i = 0; i < 5; i += 1) await logIn(username, 'wrong').expect(401);
    await logIn(username, DEMO_PASSWORD).expect(429);
    for (let i = 0; i < 5; i += 1) await logIn('my-Secret-Passw0rd', 'wrong').expect(401);
    const entries = await entriesAbout(demoUserId('suoding'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: 'login_locked',
      actor: null,
      object: { kind: 'user', name: '锁定测试' },
      detail: { failures: 5, windowMinutes: 15, lockedUntil: expect.any(String) },
    });
    expect(await chainLength()).toBe(before + 1);
  });
});

describe('reading the administration chain', () => {
  it('filters administrative from request entries, and exports them with their object', async () => {
    const administration = (await auditor.get('/api/v1/audit?chain=administration&pageSize=100').expect(200)).body;
    expect(administration.total).toBe(await chainLength());
    expect(administration.items.every((entry: Entry) => entry.chain === 'administration' && entry.object)).toBe(true);
    const requests = (await auditor.get('/api/v1/audit?chain=request').expect(200)).body;
    expect(requests.items.every((entry: Entry) => entry.chain === 'request')).toBe(true);
    expect((await auditor.get('/api/v1/audit?chain=other')).status).toBe(400);
    expect((await auditor.get('/api/v1/audit?objectKind=password')).status).toBe(400);
    const zhaoshang = await stack.signIn('zhaoshang');
    expect((await zhaoshang.get('/api/v1/audit?chain=administration')).status).toBe(403);

    const csv = await auditor
      .get('/api/v1/audit/export.csv?chain=administration&objectId=org-audit-tax')
      .buffer(true)
      .expect(200);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).toContain(',记录类别,对象类型,对象编号,对象名称,');
    expect(lines[1]).toContain(',新建单位,organisation_created,系统管理员,');
    expect(lines[1]).toContain(',管理操作,单位,org-audit-tax,云梦县税务局,');
  });
});

describe('a change and its entry', () => {
  it('leaves nothing under way once changes are done or refused', async () => {
    expect(await AdministrationIntentModel.countDocuments()).toBe(0);
  });

  it('records a change whose API stopped before its entry, unconfirmed, at the next change', async () => {
    // As if an API process wrote its intent and the change, then died before the entry.
    const object = { kind: 'organisation' as const, id: 'org-audit-crashed', name: '断电单位' };
    const intent = await beginAdministrationIntent({ actor: null, action: 'organisation_created', object });
    await AdministrationIntentModel.updateOne(
      { _id: intent },
      { $set: { startedAt: new Date(Date.now() - 2 * STALE_INTENT_MS) } },
    );
    await admin.post('/api/v1/organisations').send({ id: 'org-audit-next', name: '下一家', kind: 'bank' }).expect(201);
    const [recovered] = await entriesAbout('org-audit-crashed');
    const [next] = await entriesAbout('org-audit-next');
    expect(recovered).toMatchObject({ action: 'organisation_created', object, detail: { unconfirmed: true } });
    expect(next!.seq).toBe(recovered!.seq + 1);
    expect(await AdministrationIntentModel.countDocuments()).toBe(0);
  });
});

describe('the administration chain under concurrent changes', () => {
  it('stays one chain when administrators change many things at the same moment', async () => {
    const before = await chainLength();
    const other = await stack.signIn('admin');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? admin : other)
          .post('/api/v1/organisations')
          .send({ id: `org-audit-burst-${i}`, name: `并发单位${i}`, kind: 'enterprise' }),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(Array(12).fill(201));
    expect(await chainLength()).toBe(before + 12);
    const seqs = (await AuditEventModel.find({ requestId: ADMINISTRATION_CHAIN }, { seq: 1 }).lean())
      .map((entry) => entry.seq)
      .sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: before + 12 }, (_, i) => i + 1));
    const verified = (await auditor.get('/api/v1/audit/verify').expect(200)).body;
    expect(verified).toMatchObject({ ok: true, administration: { ok: true, entries: before + 12 } });
  });
});

describe('verifying the administration chain', () => {
  it('says at which entry an edited administrative entry breaks it', async () => {
    const at = 3;
    await AuditEventModel.collection.updateOne(
      { _id: auditEventId(ADMINISTRATION_CHAIN, at) as never },
      { $set: { 'detail.changes.name.after': '别的单位' } },
    );
    const all = (await auditor.get('/api/v1/audit/verify').expect(200)).body;
    expect(all).toMatchObject({
      ok: false,
      broken: [],
      administration: { ok: false, brokenAtSeq: at, reason: 'hash_mismatch', entries: await chainLength() },
    });
    const only = (await auditor.get('/api/v1/audit/verify?chain=administration').expect(200)).body;
    expect(only).toEqual({
      ok: false,
      requests: 0,
      entries: 0,
      broken: [],
      administration: { ok: false, entries: await chainLength(), brokenAtSeq: at, reason: 'hash_mismatch' },
    });
    // A deleted entry is found too, where it was.
    await AuditEventModel.collection.deleteOne({ _id: auditEventId(ADMINISTRATION_CHAIN, 2) as never });
    const gap = (await auditor.get('/api/v1/audit/verify?chain=administration').expect(200)).body;
    expect(gap.administration).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'gap' });
  });
});
