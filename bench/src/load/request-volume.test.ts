import {
  allocateRequestNumber,
  connectStore,
  disconnectStore,
  OrganisationModel,
  RequestNumberModel,
  RequestProjectionModel,
  requestNumberOf,
} from '@tongban/store';
import { insertClones, readRequestTemplate } from './request-volume';

// The bench's clones on the harness's database: each one claims a 办件编号 of its own, and real
// requests filed between two rounds of clones (the approves at each volume level) neither take
// a clone's position nor are taken by the next round.
const ORG = 'org-clone-numbers';
const SUBMITTED_AT = '2026-03-02T02:00:00.000Z';
const created: string[] = [];

beforeAll(async () => {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set: run under the integration harness');
  await connectStore(uri);
  await OrganisationModel.create({ _id: ORG, name: '克隆编号测试中心', kind: 'department', numberPrefix: 'KLCS' });
});

afterAll(async () => {
  await RequestProjectionModel.collection.deleteMany({ _id: { $in: created as never[] } });
  await RequestNumberModel.deleteMany({ requestId: { $in: created } });
  await OrganisationModel.deleteOne({ _id: ORG });
  await disconnectStore();
});

async function fileRequest(requestId: string): Promise<string> {
  created.push(requestId);
  await RequestProjectionModel.collection.insertOne({ _id: requestId as never, status: 'in_progress' });
  return allocateRequestNumber({ requestId, orgId: ORG, submittedAt: SUBMITTED_AT });
}

const clone = (requestId: string) => {
  created.push(requestId);
  return { requestId, createdAt: SUBMITTED_AT };
};

it('gives each clone the day’s next position, after the real requests filed between rounds', async () => {
  expect(await fileRequest('req-clone-template')).toBe('KLCS-20260302-0001');
  const template = await readRequestTemplate('req-clone-template');

  await insertClones(template, [clone('req-clone-1'), clone('req-clone-2')]);
  expect(await fileRequest('req-clone-real')).toBe('KLCS-20260302-0004');
  await insertClones(template, [clone('req-clone-3')]);

  expect(await requestNumberOf('req-clone-1')).toBe('KLCS-20260302-0002');
  expect(await requestNumberOf('req-clone-2')).toBe('KLCS-20260302-0003');
  expect(await requestNumberOf('req-clone-3')).toBe('KLCS-20260302-0005');
  expect(await requestNumberOf('req-clone-template')).toBe('KLCS-20260302-0001');
});
