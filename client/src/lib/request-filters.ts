/** How late a running request is, as the list filters it: `overdue` is 黄牌 and 红牌 together. */
export const DEADLINE_FILTERS = ['on_time', 'reminded', 'yellow', 'red', 'overdue'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

export const REQUEST_STATUSES = ['in_progress', 'returned', 'completed', 'rejected', 'withdrawn'] as const;

/**
 * The filters of `GET /requests` (办件查询, 我的办件, 我代办的): what the page's
 * address holds, so a dashboard figure can link to the list it counts and a
 * filtered list can be bookmarked or shared.
 */
export interface RequestFilters {
  processKey?: string;
  status?: string;
  /** The accepting office (受理单位). */
  orgId?: string;
  applicantOrgId?: string;
  /** 办理部门: an organisation holding an open task of the request now. */
  handlingOrgId?: string;
  deadline?: DeadlineFilter;
  /** Created at or after / before: ISO instants. */
  from?: string;
  to?: string;
  /** 办件编号, 统一社会信用代码 or enterprise name. */
  q?: string;
  /** `me`: 我代办的. */
  filedBy?: 'me';
  /** `me`: 我发起 (filed by the caller, for themselves or at a window). */
  started?: 'me';
}

const FILTER_KEYS = [
  'processKey',
  'status',
  'orgId',
  'applicantOrgId',
  'handlingOrgId',
  'deadline',
  'from',
  'to',
  'q',
  'filedBy',
  'started',
] as const satisfies readonly (keyof RequestFilters)[];

/** The filters an address's query string names; unknown keys and values the server would refuse are left out. */
export function filtersFromSearch(search: URLSearchParams): RequestFilters {
  const filters: RequestFilters = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key)?.trim();
    if (!value) continue;
    if (key === 'deadline') {
      if ((DEADLINE_FILTERS as readonly string[]).includes(value)) filters.deadline = value as DeadlineFilter;
    } else if (key === 'filedBy' || key === 'started') {
      if (value === 'me') filters[key] = 'me';
    } else if (key === 'status') {
      if ((REQUEST_STATUSES as readonly string[]).includes(value)) filters.status = value;
    } else {
      filters[key] = value;
    }
  }
  return filters;
}

/** The query string of the filters set (empty ones left out), in a stable order. */
export function searchOfFilters(filters: RequestFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key]?.trim();
    if (value) search.set(key, value);
  }
  return search;
}

/** The filters as plain parameters, for the list's query and its export. */
export function paramsOfFilters(filters: RequestFilters): Record<string, string> {
  return Object.fromEntries(searchOfFilters(filters));
}

/** What the dashboard was narrowed to when a figure was clicked. */
export interface DashboardScope {
  processKey?: string;
  from?: string;
  to?: string;
}

/** A figure of the dashboard that counts requests, and so opens the list it counts. */
export type DashboardFigure =
  | { kind: 'total' }
  | { kind: 'status'; status: string }
  | { kind: 'deadline'; deadline: DeadlineFilter }
  | { kind: 'process'; processKey: string; status?: string }
  | { kind: 'acceptingOrg'; orgId: string; status?: string }
  /** 办理部门: the requests an organisation holds now; `overdue`: of those, the 黄牌 and 红牌 ones. */
  | { kind: 'handlingOrg'; orgId: string; overdue?: boolean };

/**
 * The list filters that reproduce a dashboard figure: the figure's own
 * condition within the dashboard's process and period. The server computes
 * each figure over exactly these fields, so the list's 共 N 条 is the figure.
 */
export function filtersOfFigure(figure: DashboardFigure, scope: DashboardScope): RequestFilters {
  const narrowed: RequestFilters = {
    ...(scope.processKey ? { processKey: scope.processKey } : {}),
    ...(scope.from ? { from: scope.from } : {}),
    ...(scope.to ? { to: scope.to } : {}),
  };
  switch (figure.kind) {
    case 'total':
      return narrowed;
    case 'status':
      return { ...narrowed, status: figure.status };
    case 'deadline':
      return { ...narrowed, deadline: figure.deadline };
    case 'process':
      return { ...narrowed, processKey: figure.processKey, ...(figure.status ? { status: figure.status } : {}) };
    case 'acceptingOrg':
      return { ...narrowed, orgId: figure.orgId, ...(figure.status ? { status: figure.status } : {}) };
    case 'handlingOrg':
      return { ...narrowed, handlingOrgId: figure.orgId, ...(figure.overdue ? { deadline: 'overdue' } : {}) };
  }
}

/** Where the 办件查询 page lives. */
export const REQUEST_SEARCH_PATH = '/requests/search';

/** The address of the 办件查询 list a dashboard figure opens. */
export function searchPathOfFigure(figure: DashboardFigure, scope: DashboardScope): string {
  const search = searchOfFilters(filtersOfFigure(figure, scope)).toString();
  return search ? `${REQUEST_SEARCH_PATH}?${search}` : REQUEST_SEARCH_PATH;
}
