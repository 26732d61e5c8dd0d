import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it('follows local paths', () => {
    expect(safeNextPath('/requests/r-1?x=1')).toBe('/requests/r-1?x=1');
  });

  it('goes home for anything leaving the site or looping back to login', () => {
    for (const next of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/login?next=/x']) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
