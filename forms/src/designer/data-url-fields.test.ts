import { readCorpus } from '../corpus/read-corpus';
import { validateFormData } from '../validate-form-data';
import { compileFormModel } from './compile-form-model';
import { parseFormSchema } from './parse-form-schema';

// rjsf's file fields carried the file in the form data (base64): a 200 KB file made a megabyte of workflow history.
const files = readCorpus().find((entry) => entry.key === 'rjsf-files')!.definition;

describe('rjsf file fields (format: data-url) on import', () => {
  const model = parseFormSchema(files.schema, files.uiSchema);

  it('become attachment fields: one file, or as many as the array allows', () => {
    expect(model.fields.map(({ key, kind, title, maxItems }) => ({ key, kind, title, maxItems }))).toEqual([
      { key: 'file', kind: 'attachment', title: 'Single file', maxItems: 1 },
      { key: 'files', kind: 'attachment', title: 'Multiple files', maxItems: undefined },
      { key: 'filesAccept', kind: 'attachment', title: 'Single File with Accept attribute', maxItems: 1 },
    ]);
  });

  it('so the published form holds references to the attachment store, never a file', () => {
    const { schema, uiSchema } = compileFormModel(model);
    expect(uiSchema.file).toEqual({ 'ui:field': 'attachments' });
    const form = { ...files, key: 'files-imported', version: 1, schema, uiSchema };
    const reference = { id: 'att-1', name: 'scan.pdf', size: 204_800, contentType: 'application/pdf' };
    expect(validateFormData(form, { file: [reference], files: [reference, { ...reference, id: 'att-2' }] })).toEqual({
      valid: true,
    });
    expect(validateFormData(form, { file: 'data:application/pdf;base64,JVBERi0xLjQK' }).valid).toBe(false);
  });

  it('asks for at least one file where the file was required, in sections and 明细表 rows too', () => {
    const nested = parseFormSchema({
      type: 'object',
      properties: {
        rows: {
          type: 'array',
          items: {
            type: 'object',
            required: ['scan'],
            additionalProperties: false,
            properties: { scan: { type: 'string', format: 'data-url', title: '扫描件' } },
          },
        },
      },
    });
    expect(nested.fields[0]?.children?.[0]).toMatchObject({
      key: 'scan',
      kind: 'attachment',
      required: true,
      minItems: 1,
      maxItems: 1,
    });
  });
});
