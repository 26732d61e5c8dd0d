import { DESIGNER_FIELDS } from './designer/form-model';
import type { FormDefinition } from './form-definition';

/** One uploaded file a form's data names: where it sits (JSON Pointer of the item) and the server's id for it. */
export interface AttachmentReference {
  path: string;
  /** JSON Pointer of the attachment field itself, for messages that name the field. */
  fieldPath: string;
  id: string;
}

/**
 * The files a form's data refers to. A field holds files when its uiSchema
 * says `ui:field: attachments` (the designer's 附件, and any imported form
 * that uses the same field); the data carries references `{ id, name }`,
 * never bytes. The uiSchema mirrors the data's shape, so walking both
 * together finds them in sections and detail tables alike.
 */
export function attachmentReferences(
  form: Pick<FormDefinition, 'uiSchema'>,
  data: Record<string, unknown>,
): AttachmentReference[] {
  const found: AttachmentReference[] = [];
  collect(form.uiSchema, data, '', found);
  return found;
}

function collect(ui: unknown, value: unknown, pointer: string, found: AttachmentReference[]): void {
  if (!isObject(ui)) return;
  if (ui['ui:field'] === DESIGNER_FIELDS.attachments) {
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => {
      if (isObject(item) && typeof item.id === 'string')
        found.push({ path: `${pointer}/${index}`, fieldPath: pointer, id: item.id });
    });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collect(ui.items, item, `${pointer}/${index}`, found));
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) collect(ui[key], child, `${pointer}/${escapePointer(key)}`, found);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
