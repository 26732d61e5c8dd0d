import type { Model } from 'mongoose';
import type { Filter } from './all-of';

/**
 * Working days as stored for figures (`00003`): a string of fixed width, so
 * that they order as numbers do and a range of them is counted in PostgreSQL
 * under FerretDB, which counts and orders strings by index but numbers only
 * by reading every document.
 */
export function workingDaysKey(days: number): string {
  return String(Math.max(0, Math.floor(days))).padStart(WIDTH, '0');
}

const WIDTH = 5;

/** How many documents hold the figure, and its percentiles (null where none does). */
export interface CountedPercentiles {
  count: number;
  values: (number | null)[];
}

/**
 * Nearest-rank percentiles (`ps`, 0–100) of the working days held in `field`
 * (`workingDaysKey`) by the documents `filter` matches, found by counting,
 * never by reading the documents: the total, the largest value (one row by
 * index), then for each percentile a binary search over whole days of "how
 * many took at most d days", the percentiles sharing the counts they both
 * ask. Its cost is a few index counts (about log2 of the largest value per
 * percentile), whatever the number of documents.
 */
export async function percentilesByCount<T>(
  model: Model<T>,
  filter: Filter,
  field: string,
  ps: readonly number[],
): Promise<CountedPercentiles> {
  const having = { ...filter, [field]: { $gte: workingDaysKey(0) } };
  const [count, largest] = await Promise.all([
    model.countDocuments(having),
    model
      .findOne(having, { [field]: 1 })
      .sort({ [field]: -1 })
      .lean<Record<string, unknown>>(),
  ]);
  if (count === 0 || !largest) return { count, values: ps.map(() => null) };
  const counted = new Map<number, Promise<number>>();
  const atMost = (days: number) => {
    let answer = counted.get(days);
    if (!answer) {
      answer = model
        .countDocuments({ ...filter, [field]: { $gte: workingDaysKey(0), $lte: workingDaysKey(days) } })
        .exec();
      counted.set(days, answer);
    }
    return answer;
  };
  const values: number[] = [];
  for (const p of ps) {
    const rank = Math.min(count, Math.max(1, Math.ceil((p / 100) * count)));
    // The least d with at least `rank` documents at d days or fewer.
    let low = 0;
    let high = Number(largest[field]);
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if ((await atMost(middle)) >= rank) high = middle;
      else low = middle + 1;
    }
    values.push(low);
  }
  return { count, values };
}
