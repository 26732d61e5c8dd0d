import { useStore } from '../../test/store-lifecycle';
import { OrganisationModel, RequestNumberModel } from '../models';
import { allocateRequestNumber, numberPrefixOf, requestNumberOf } from './allocate-request-number';

useStore();

beforeAll(async () => {
  await RequestNumberModel.createIndexes();
  await OrganisationModel.create([
    { _id: 'org-zhaoshang', name: '云梦县招商服务中心', kind: 'department', numberPrefix: '云梦招商' },
    { _id: 'org-unnamed-prefix', name: '高新区 管委会|综合服务窗口', kind: 'department' },
  ]);
});

// 2026-12-02 in China: 08:00 there is 00:00 UTC.
const DECEMBER_SECOND = '2026-12-02T00:00:00.000Z';

describe('allocateRequestNumber', () => {
  it('gives twenty requests submitted at once distinct, consecutive numbers of their office and day', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        allocateRequestNumber({
          requestId: `req-parallel-${index}`,
          orgId: 'org-zhaoshang',
          submittedAt: DECEMBER_SECOND,
        }),
      ),
    );
    expect(new Set(numbers).size).toBe(20);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 20 }, (_, index) => `云梦招商-20261202-${String(index + 1).padStart(4, '0')}`),
    );
  });

  it('keeps the number a request has, however often and however concurrently it asks again', async () => {
    const claim = { requestId: 'req-retried', orgId: 'org-zhaoshang', submittedAt: '2026-12-05T02:00:00.000Z' };
    const first = await allocateRequestNumber(claim);
    const retries = await Promise.all(Array.from({ length: 5 }, () => allocateRequestNumber(claim)));
    expect(retries).toEqual(Array(5).fill(first));
    expect(await requestNumberOf('req-retried')).toBe(first);
    expect(await RequestNumberModel.countDocuments({ requestId: 'req-retried' })).toBe(1);
  });

  it('races of one request with itself still claim one position', async () => {
    const claim = { requestId: 'req-self-race', orgId: 'org-zhaoshang', submittedAt: '2026-12-06T02:00:00.000Z' };
    const numbers = await Promise.all(Array.from({ length: 6 }, () => allocateRequestNumber(claim)));
    expect(new Set(numbers)).toEqual(new Set(['云梦招商-20261206-0001']));
    expect(await allocateRequestNumber({ ...claim, requestId: 'req-after-self-race' })).toBe('云梦招商-20261206-0002');
  });

  it('counts days by the China calendar: 16:00 UTC is the next day, which starts at 0001', async () => {
    const claim = (requestId: string, submittedAt: string) => ({ requestId, orgId: 'org-zhaoshang', submittedAt });
    expect(await allocateRequestNumber(claim('req-late-evening', '2026-12-03T15:59:59.000Z'))).toBe(
      '云梦招商-20261203-0001',
    );
    expect(await allocateRequestNumber(claim('req-after-midnight', '2026-12-03T16:00:00.000Z'))).toBe(
      '云梦招商-20261204-0001',
    );
    expect(await allocateRequestNumber(claim('req-same-day', '2026-12-03T08:00:00.000Z'))).toBe(
      '云梦招商-20261203-0002',
    );
  });

  it('numbers each office on its own, and goes past 9999 in order', async () => {
    await RequestNumberModel.create({
      _id: '云梦招商|20261210|009999',
      requestId: 'req-busy-day',
      number: '云梦招商-20261210-9999',
      prefix: '云梦招商',
      date: '20261210',
      seq: 9999,
      orgId: 'org-zhaoshang',
      createdAt: new Date(),
    });
    const at = '2026-12-10T02:00:00.000Z';
    expect(await allocateRequestNumber({ requestId: 'req-10000', orgId: 'org-zhaoshang', submittedAt: at })).toBe(
      '云梦招商-20261210-10000',
    );
    expect(await allocateRequestNumber({ requestId: 'req-10001', orgId: 'org-zhaoshang', submittedAt: at })).toBe(
      '云梦招商-20261210-10001',
    );
    expect(
      await allocateRequestNumber({ requestId: 'req-other-office', orgId: 'org-unnamed-prefix', submittedAt: at }),
    ).toBe('高新区管委会综合-20261210-0001');
  });
});

describe('numberPrefixOf', () => {
  it("takes the administrators' prefix, else the start of the name without spaces or |, else the id", async () => {
    expect(await numberPrefixOf('org-zhaoshang')).toBe('云梦招商');
    expect(await numberPrefixOf('org-unnamed-prefix')).toBe('高新区管委会综合');
    expect(await numberPrefixOf('org-gone')).toBe('org-gone');
  });
});
