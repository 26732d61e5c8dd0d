import { z } from 'zod';

/** `page` (from 1) and `pageSize` (1–100, default `defaultPageSize`): every paged list takes these. */
export function pagingFieldsOf(defaultPageSize: number) {
  return {
    page: z.coerce.number().int().min(1).max(10_000).default(1).meta({ description: 'Page number, from 1' }),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(defaultPageSize)
      .meta({ description: `Items per page (1–100, default ${defaultPageSize})` }),
  };
}

export const pagingFields = pagingFieldsOf(20);

export interface Paging {
  page: number;
  pageSize: number;
}

/** A page of a list and how many items there are in all. */
export interface Page<T> extends Paging {
  items: T[];
  total: number;
}

/** `skip`/`limit` of a page. */
export function pageWindow(paging: Paging): { skip: number; limit: number } {
  return { skip: (paging.page - 1) * paging.pageSize, limit: paging.pageSize };
}
