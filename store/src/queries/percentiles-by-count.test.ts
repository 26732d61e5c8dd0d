import { useStore } from '../../test/store-lifecycle';
import { TaskProjectionModel } from '../models/task-projection';
import { percentilesByCount, workingDaysKey } from './percentiles-by-count';

useStore();

/** Nearest rank, read off the sorted values themselves: what counting must give. */
function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function decided(orgId: string, days: number[]) {
  await TaskProjectionModel.collection.insertMany(
    days.map((day, index) => ({
      _id: `${orgId}.${index}` as never,
      requestId: `${orgId}-r${index}`,
      assigneeOrgId: orgId,
      status: 'approved',
      createdAt: '2026-11-02T01:00:00.000Z',
      decidedWorkingDays: workingDaysKey(day),
    })),
  );
}

describe('workingDaysKey', () => {
  it('orders as the days do', () => {
    const keys = [0, 3, 10, 12, 99, 1000].map(workingDaysKey);
    expect([...keys].sort()).toEqual(keys);
    expect(workingDaysKey(3)).toBe('00003');
  });
});

describe('percentilesByCount', () => {
  it('finds the nearest-rank percentiles the sorted values give, by counting', async () => {
    // Seeded so every run holds the same values.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const samples: Record<string, number[]> = {
      'org-one': [4],
      'org-same': [2, 2, 2, 2],
      'org-spread': Array.from({ length: 57 }, () => Math.floor(next() * 40)),
      'org-skewed': [...Array.from({ length: 30 }, () => 0), 1, 2, 90],
    };
    for (const [orgId, days] of Object.entries(samples)) await decided(orgId, days);
    for (const [orgId, days] of Object.entries(samples)) {
      const found = await percentilesByCount(
        TaskProjectionModel,
        { assigneeOrgId: orgId },
        'decidedWorkingDays',
        [0, 50, 95, 100],
      );
      expect(found).toEqual({ count: days.length, values: [0, 50, 95, 100].map((p) => nearestRank(days, p)) });
    }
    expect(
      await percentilesByCount(TaskProjectionModel, { assigneeOrgId: 'org-none' }, 'decidedWorkingDays', [50]),
    ).toEqual({ count: 0, values: [null] });
  });
});
