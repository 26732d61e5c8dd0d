import { parsePointer, parseProperty } from './field-path';

describe('parseProperty', () => {
  it('reads every path style rjsf produces', () => {
    expect(parseProperty('.loanAmount')).toEqual(['loanAmount']);
    expect(parseProperty('loanAmount')).toEqual(['loanAmount']);
    expect(parseProperty('.guarantors.0.name')).toEqual(['guarantors', '0', 'name']);
    expect(parseProperty('.guarantors[0].name')).toEqual(['guarantors', '0', 'name']);
    expect(parseProperty("['first-name']")).toEqual(['first-name']);
  });

  it('treats a missing path as the root', () => {
    expect(parseProperty(undefined)).toEqual([]);
    expect(parseProperty('')).toEqual([]);
  });
});

describe('parsePointer', () => {
  it('unescapes JSON Pointer segments', () => {
    expect(parsePointer('/loanAmount')).toEqual(['loanAmount']);
    expect(parsePointer('/a~1b/0/c~0d')).toEqual(['a/b', '0', 'c~d']);
  });

  it('reads the root as no segments', () => {
    expect(parsePointer('/')).toEqual([]);
    expect(parsePointer('')).toEqual([]);
  });
});
