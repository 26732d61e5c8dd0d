import { compileFormModel, parseFormSchema } from '../designer';
import { validateFormData } from '../validate-form-data';
import { readCorpus } from './read-corpus';

// Public JSON Schema forms (forms/corpus): what the designer's import makes of each, and whether its example is
// valid for the form as published and as the designer writes it back. The server test publishes them over HTTP;
// e2e/src/forms-corpus.e2e.test.ts fills each in Chromium.
const corpus = readCorpus();
const publishable = corpus.filter((entry) => entry.publishes === true);

it('holds forty-odd public forms, each with its source and licence', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(38);
  for (const entry of corpus) {
    expect(entry.source).toMatch(/^https:\/\/github\.com\//);
    expect(['Apache-2.0', 'CC0-1.0']).toContain(entry.licence);
  }
});

describe.each(publishable.map((entry) => [entry.key, entry] as const))('%s', (_key, entry) => {
  const form = { ...entry.definition, version: 1 };

  it('accepts its own example', () => {
    expect(validateFormData(form, form.example, 'en')).toEqual({ valid: true });
  });

  it('stays the same form through the designer (import, then compile)', () => {
    const compiled = compileFormModel(parseFormSchema(form.schema, form.uiSchema));
    const designed = { ...form, key: `${form.key}-designed`, schema: compiled.schema, uiSchema: compiled.uiSchema };
    expect(validateFormData(designed, form.example, 'en')).toEqual({ valid: true });
    expect(validateFormData(designed, { notAField: 1, ...form.example }, 'en').valid).toBe(
      validateFormData(form, { notAField: 1, ...form.example }, 'en').valid,
    );
  });
});
