import { createMongoAbility } from '@casl/ability';
import { homePath, sectionOf, visibleSections } from './navigation';

// The rules the server sends for each role (see server/src/auth/define-abilities.ts).
const applicant = createMongoAbility([
  { action: 'read', subject: 'Process' },
  { action: 'start', subject: 'Process' },
  { action: 'create', subject: 'Request' },
  { action: 'read', subject: 'Request', conditions: { applicantOrgId: 'org-yipule' } },
]);
const handler = createMongoAbility([
  { action: 'read', subject: 'Task', conditions: { assigneeId: 'u-zhaoshang' } },
  { action: 'act', subject: 'Task', conditions: { assigneeId: 'u-zhaoshang' } },
  { action: 'read', subject: 'Request', conditions: { participantIds: { $in: ['u-zhaoshang'] } } },
]);
const admin = createMongoAbility([{ action: 'manage', subject: 'all' }]);

describe('visibleSections', () => {
  it('gives applicants the catalogue and their requests', () => {
    expect(visibleSections(applicant)).toEqual(['catalogue', 'myRequests']);
  });

  it('gives handlers and bank officers their inbox', () => {
    expect(visibleSections(handler)).toEqual(['inbox']);
  });

  it('gives administrators everything', () => {
    expect(visibleSections(admin)).toEqual([
      'catalogue',
      'myRequests',
      'filedRequests',
      'inbox',
      'dashboard',
      'requestSearch',
      'audit',
      'forms',
      'processes',
      'dictionaries',
      'organisations',
      'users',
    ]);
  });

  it('gives supervisors their inbox, the dashboard, 办件查询 and the audit log, and no designers', () => {
    const supervisor = createMongoAbility([
      { action: 'read', subject: ['Request', 'Task', 'AuditEvent', 'Process', 'Form', 'Definition', 'Organisation'] },
      { action: 'supervise', subject: 'Request' },
    ]);
    expect(visibleSections(supervisor)).toEqual(['inbox', 'dashboard', 'requestSearch', 'audit']);
  });

  it('gives a window clerk the catalogue and 我代办的', () => {
    const clerk = createMongoAbility([
      { action: ['read', 'start'], subject: 'Process' },
      { action: 'file', subject: 'Request' },
      { action: 'read', subject: 'Request', conditions: { 'filedBy.userId': 'u-chuangkou' } },
    ]);
    expect(visibleSections(clerk)).toEqual(['catalogue', 'filedRequests']);
  });
});

describe('homePath', () => {
  it('lands applicants in the catalogue and handlers in their inbox', () => {
    expect(homePath(applicant)).toBe('/catalogue');
    expect(homePath(handler)).toBe('/inbox');
  });

  it('lands a supervisor on the dashboard, not an inbox offering batch approve, and an auditor on the audit log', () => {
    const supervisor = createMongoAbility([
      { action: 'read', subject: ['Request', 'Task', 'AuditEvent', 'Process', 'Form', 'Definition', 'Organisation'] },
      { action: 'supervise', subject: 'Request' },
      { action: 'act', subject: 'Task', conditions: { assigneeId: 'u-duban' } },
    ]);
    const auditor = createMongoAbility([{ action: 'read', subject: ['Request', 'AuditEvent'] }]);
    expect(homePath(supervisor)).toBe('/dashboard');
    expect(homePath(auditor)).toBe('/audit');
  });
});

describe('sectionOf', () => {
  it('highlights the section of nested pages', () => {
    expect(sectionOf('/apply/loan-renewal')).toBe('catalogue');
    expect(sectionOf('/requests/r-1')).toBe('myRequests');
    expect(sectionOf('/requests/search')).toBe('requestSearch');
    expect(sectionOf('/requests/filed')).toBe('filedRequests');
    expect(sectionOf('/tasks/t-1')).toBe('inbox');
    expect(sectionOf('/elsewhere')).toBeUndefined();
  });
});
