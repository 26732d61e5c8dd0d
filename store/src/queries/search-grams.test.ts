import { containsLooseText, containsText, searchGramFilter, searchGramsOf } from './search-grams';

describe('searchGramsOf', () => {
  it('holds every character and every pair of neighbours, letters in lower case, full-width as ASCII', () => {
    expect(searchGramsOf('英联科技')).toEqual(['英', '英联', '联', '联科', '科', '科技', '技']);
    expect(searchGramsOf('ＡＢ c')).toEqual(['a', 'ab', 'b', 'b ', ' c', 'c']);
    expect(searchGramsOf(undefined, '')).toEqual([]);
  });
});

describe('searchGramFilter', () => {
  it('looks up a pair of the text that names do not commonly share, else its first pair or character', () => {
    expect(searchGramFilter('g', '英联科技')).toEqual({ g: '英联' });
    expect(searchGramFilter('g', '科技有限公司英联')).toEqual({ g: '司英' });
    expect(searchGramFilter('g', '有限公司')).toEqual({ g: '有限' });
    expect(searchGramFilter('g', '英')).toEqual({ g: '英' });
    expect(searchGramFilter('g', ' Yun ')).toEqual({ g: 'yu' });
    expect(searchGramFilter('g', '   ')).toBeNull();
  });

  it('finds, for any text a name contains, a gram the name holds (so the index never hides a match)', () => {
    const names = ['孝感英联科技有限公司', 'Yunmeng Investment Centre', '91420902MA4D8LW6XW', '农行云梦支行'];
    for (const name of names) {
      const chars = [...name];
      for (let start = 0; start < chars.length; start++)
        for (let end = start + 1; end <= chars.length; end++) {
          const text = chars.slice(start, end).join('');
          const filter = searchGramFilter('g', text);
          if (!text.trim()) continue;
          expect(searchGramsOf(name)).toContain(filter?.g);
          expect(containsText(text).test(name)).toBe(true);
        }
    }
  });
});

describe('containsText', () => {
  it('matches the text literally, whatever characters a regular expression would read', () => {
    expect(containsText('a.b(c)*').test('xA.B(C)*y')).toBe(true);
    expect(containsText('a.b').test('axb')).toBe(false);
  });
});

describe('containsLooseText', () => {
  it('matches full-width and ASCII forms either way, literally, in any case', () => {
    const name = '孝感英联科技（集团）有限公司';
    for (const typed of ['（集团）', '(集团)', '科技(集', '英联科技（集团）有限'])
      expect([typed, containsLooseText(typed).test(name)]).toEqual([typed, true]);
    expect(containsLooseText('Ｔａｘ bureau').test('Yunmeng Tax Bureau')).toBe(true);
    expect(containsLooseText('tax').test('Ｙｕｎｍｅｎｇ ＴＡＸ')).toBe(true);
    expect(containsLooseText('a.b').test('axb')).toBe(false);
    expect(containsLooseText('(集团)').test('孝感英联科技集团')).toBe(false);
  });
});
