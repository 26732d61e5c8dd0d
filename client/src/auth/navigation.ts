import type { AppAbility } from '../api/types';

export type NavKey =
  | 'catalogue'
  | 'myRequests'
  | 'filedRequests'
  | 'inbox'
  | 'dashboard'
  | 'requestSearch'
  | 'audit'
  | 'forms'
  | 'processes'
  | 'dictionaries'
  | 'organisations'
  | 'users';

export const NAV_PATHS: Record<NavKey, string> = {
  catalogue: '/catalogue',
  myRequests: '/requests',
  filedRequests: '/requests/filed',
  inbox: '/inbox',
  dashboard: '/dashboard',
  requestSearch: '/requests/search',
  audit: '/audit',
  forms: '/admin/forms',
  processes: '/admin/processes',
  dictionaries: '/admin/dictionaries',
  organisations: '/admin/organisations',
  users: '/admin/users',
};

/**
 * Which sections a user sees, from their abilities rather than role names, so
 * a new role needs no client change: starting processes shows 办事大厅 and
 * 我的办件; handling tasks shows 我的待办.
 */
export function visibleSections(ability: Pick<AppAbility, 'can'>): NavKey[] {
  const sections: NavKey[] = [];
  if (ability.can('start', 'Process')) sections.push('catalogue');
  if (ability.can('create', 'Request')) sections.push('myRequests');
  // 我代办的: what a window clerk filed for enterprises.
  if (ability.can('file', 'Request')) sections.push('filedRequests');
  if (ability.can('read', 'Task')) sections.push('inbox');
  // Figures, 办件查询 across the city and the audit log are for those who oversee: supervisors,
  // auditors, administrators.
  if (ability.can('read', 'AuditEvent')) sections.push('dashboard', 'requestSearch', 'audit');
  if (ability.can('create', 'Form')) sections.push('forms');
  if (ability.can('create', 'Process')) sections.push('processes');
  // 数据字典 are kept by those who design forms, as the server allows (`manage Definition`).
  if (ability.can('manage', 'Definition')) sections.push('dictionaries');
  if (ability.can('create', 'Organisation')) sections.push('organisations');
  if (ability.can('create', 'User')) sections.push('users');
  return sections;
}

/**
 * Where `/` leads: the page each role works from. Supervisors land on the dashboard (their
 * inbox is mostly empty; its batch approve is not their job), handlers on their inbox,
 * applicants in the catalogue, an auditor on the audit log (their only section).
 */
export function homePath(ability: Pick<AppAbility, 'can'>): string {
  const sections = visibleSections(ability);
  if (ability.can('supervise', 'Request') && sections.includes('dashboard')) return NAV_PATHS.dashboard;
  if (sections.includes('inbox') && !sections.includes('catalogue')) return NAV_PATHS.inbox;
  if (sections.includes('audit') && !sections.includes('catalogue')) return NAV_PATHS.audit;
  const first = sections[0];
  return first ? NAV_PATHS[first] : NAV_PATHS.myRequests;
}

/** The section a path belongs to, to highlight it in the menu. */
export function sectionOf(pathname: string): NavKey | undefined {
  if (pathname.startsWith('/catalogue') || pathname.startsWith('/apply')) return 'catalogue';
  if (pathname.startsWith('/requests/search')) return 'requestSearch';
  if (pathname.startsWith('/requests/filed')) return 'filedRequests';
  if (pathname.startsWith('/requests')) return 'myRequests';
  if (pathname.startsWith('/inbox') || pathname.startsWith('/tasks')) return 'inbox';
  if (pathname.startsWith('/dashboard')) return 'dashboard';
  if (pathname.startsWith('/audit')) return 'audit';
  if (pathname.startsWith('/admin/forms')) return 'forms';
  if (pathname.startsWith('/admin/processes')) return 'processes';
  if (pathname.startsWith('/admin/dictionaries')) return 'dictionaries';
  if (pathname.startsWith('/admin/organisations')) return 'organisations';
  if (pathname.startsWith('/admin/users')) return 'users';
  return undefined;
}
