import { filtersFromSearch, filtersOfFigure, searchOfFilters, searchPathOfFigure } from './request-filters';

describe('request list filters', () => {
  it('reads the filters an address names, leaving out values the server would refuse', () => {
    const search = new URLSearchParams(
      'processKey=loan-renewal&status=in_progress&deadline=overdue&orgId=org-a&handlingOrgId=org-h&q=%20易普乐%20&page=3&filedBy=me',
    );
    expect(filtersFromSearch(search)).toEqual({
      processKey: 'loan-renewal',
      status: 'in_progress',
      deadline: 'overdue',
      orgId: 'org-a',
      handlingOrgId: 'org-h',
      q: '易普乐',
      filedBy: 'me',
    });
    expect(filtersFromSearch(new URLSearchParams('status=late&deadline=soon&filedBy=others&q='))).toEqual({});
  });

  it('writes them back in a stable order, empty ones left out', () => {
    expect(searchOfFilters({ q: '英联', status: 'completed', orgId: '' }).toString()).toBe(
      `status=completed&q=${encodeURIComponent('英联')}`,
    );
    const filters = {
      applicantOrgId: 'org-b',
      handlingOrgId: 'org-h',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    };
    expect(filtersFromSearch(searchOfFilters(filters))).toEqual(filters);
    // Clearing the 办理部门 select leaves the others.
    expect(searchOfFilters({ ...filters, handlingOrgId: undefined }).has('handlingOrgId')).toBe(false);
  });
});

describe('a dashboard figure as the list it counts', () => {
  const scope = { processKey: 'loan-renewal', from: '2026-11-01T00:00:00.000Z', to: undefined };

  it('keeps the dashboard’s process and period and adds the figure’s own condition', () => {
    expect(filtersOfFigure({ kind: 'total' }, scope)).toEqual({
      processKey: 'loan-renewal',
      from: '2026-11-01T00:00:00.000Z',
    });
    expect(filtersOfFigure({ kind: 'status', status: 'completed' }, {})).toEqual({ status: 'completed' });
    expect(filtersOfFigure({ kind: 'deadline', deadline: 'overdue' }, scope)).toMatchObject({ deadline: 'overdue' });
    expect(filtersOfFigure({ kind: 'acceptingOrg', orgId: 'org-c', status: 'in_progress' }, {})).toEqual({
      orgId: 'org-c',
      status: 'in_progress',
    });
  });

  it('opens a department’s bar as the requests it holds now, or of those the overdue ones', () => {
    expect(filtersOfFigure({ kind: 'handlingOrg', orgId: 'org-fgw' }, scope)).toEqual({
      processKey: 'loan-renewal',
      from: '2026-11-01T00:00:00.000Z',
      handlingOrgId: 'org-fgw',
    });
    expect(searchPathOfFigure({ kind: 'handlingOrg', orgId: 'org-fgw', overdue: true }, {})).toBe(
      '/requests/search?handlingOrgId=org-fgw&deadline=overdue',
    );
  });

  it('lets a process figure name its own process, whatever the dashboard chose', () => {
    expect(filtersOfFigure({ kind: 'process', processKey: 'subsidy-application' }, scope)).toEqual({
      processKey: 'subsidy-application',
      from: '2026-11-01T00:00:00.000Z',
    });
  });

  it('links to the 办件查询 page with those filters', () => {
    expect(searchPathOfFigure({ kind: 'total' }, {})).toBe('/requests/search');
    expect(searchPathOfFigure({ kind: 'status', status: 'in_progress' }, { processKey: 'loan-renewal' })).toBe(
      '/requests/search?processKey=loan-renewal&status=in_progress',
    );
  });
});
