import type { TFunction } from 'i18next';

/**
 * antd Table pagination's `showTotal`: "共 N 条" under a list, N being the
 * server's count of the whole list (its `total`), not the rows on this page.
 */
export function showTotalOf(t: TFunction) {
  return (total: number) => t('common.total', { count: total });
}

/** A count for a tab or a menu badge: nothing until the server has answered. */
export function countSuffix(count: number | undefined): string {
  return count === undefined ? '' : ` (${count})`;
}
