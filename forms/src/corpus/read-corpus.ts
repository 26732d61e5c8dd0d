import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FormDefinition } from '../form-definition';

/** One public form of the compatibility corpus (`forms/corpus/manifest.json`). */
export interface CorpusEntry {
  key: string;
  title: { zh: string; en: string };
  /** Where the schema was copied from, and under which licence. */
  source: string;
  licence: string;
  /** Where its example came from, or what was changed in it. */
  example: string;
  /** `true`, or where publishing refuses it and why (docs/forms-compatibility.md lists both). */
  publishes: true | { refusedAt: string; because: string };
  /** What the form's own data needs in the browser beyond filling in its example, if anything. */
  browser?: string;
  /** The definition as the designer imports it: key, Chinese title, schema, uiSchema and example. */
  definition: Omit<FormDefinition, 'version'>;
}

const CORPUS_DIR = path.resolve(__dirname, '..', '..', 'corpus');

/**
 * The public JSON Schema forms Tongban is tried against: Node only (tests of
 * forms, server and e2e read it), never part of the browser's bundle.
 */
export function readCorpus(): CorpusEntry[] {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as (Omit<
    CorpusEntry,
    'definition'
  > & { file: string })[];
  return manifest.map(({ file, ...entry }) => {
    const form = JSON.parse(readFileSync(path.join(CORPUS_DIR, file), 'utf8')) as Pick<
      FormDefinition,
      'schema' | 'uiSchema' | 'example'
    >;
    return {
      ...entry,
      definition: {
        key: `corpus-${entry.key}`,
        title: { zh: entry.title.zh, en: entry.title.en },
        schema: form.schema,
        uiSchema: form.uiSchema,
        example: form.example,
      },
    };
  });
}
