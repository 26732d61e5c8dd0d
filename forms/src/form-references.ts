import { DESIGNER_FIELDS, DESIGNER_WIDGETS, ORG_PICKER_KINDS, type OrgPickerKind } from './designer/form-model';
import type { FormDefinition } from './form-definition';
import { DEFAULT_REGION_DEPTH, isRegionDepth, type RegionDepth } from './regions/region-depth';

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
 * never bytes.
 */
export function attachmentReferences(
  form: Pick<FormDefinition, 'uiSchema'>,
  data: Record<string, unknown>,
): AttachmentReference[] {
  const found: AttachmentReference[] = [];
  walkFields(form.uiSchema, data, '', (ui, value, pointer) => {
    if (ui['ui:field'] !== DESIGNER_FIELDS.attachments) return false;
    if (Array.isArray(value))
      value.forEach((item, index) => {
        if (isObject(item) && typeof item.id === 'string')
          found.push({ path: `${pointer}/${index}`, fieldPath: pointer, id: item.id });
      });
    return true;
  });
  return found;
}

/** One organisation or person a picker field of the form's data names. */
export interface DirectoryReference {
  path: string;
  kind: 'organisation' | 'user';
  id: string;
  /** An organisation picker limited to one kind (`ui:options.orgKind`). */
  orgKind?: OrgPickerKind;
}

/** The organisations and people a form's data names in its picker fields (`ui:widget: orgPicker` / `userPicker`). */
export function directoryReferences(
  form: Pick<FormDefinition, 'uiSchema'>,
  data: Record<string, unknown>,
): DirectoryReference[] {
  const found: DirectoryReference[] = [];
  walkFields(form.uiSchema, data, '', (ui, value, pointer) => {
    const widget = ui['ui:widget'];
    if (widget !== DESIGNER_WIDGETS.orgPicker && widget !== DESIGNER_WIDGETS.userPicker) return false;
    if (typeof value !== 'string' || value === '') return true;
    if (widget === DESIGNER_WIDGETS.userPicker) {
      found.push({ path: pointer, kind: 'user', id: value });
      return true;
    }
    const options = isObject(ui['ui:options']) ? ui['ui:options'] : {};
    const orgKind = ORG_PICKER_KINDS.find((kind) => kind === options.orgKind);
    found.push({ path: pointer, kind: 'organisation', id: value, ...(orgKind ? { orgKind } : {}) });
    return true;
  });
  return found;
}

/** What a region picker field (`ui:field: region`) of a form's data holds, and how far down it asks. */
export interface RegionReference {
  path: string;
  depth: RegionDepth;
  value: unknown;
}

/** The regions a form's data holds, in sections and detail tables alike; empty fields are left out. */
export function regionReferences(
  form: Pick<FormDefinition, 'uiSchema'>,
  data: Record<string, unknown>,
): RegionReference[] {
  const found: RegionReference[] = [];
  walkFields(form.uiSchema, data, '', (ui, value, pointer) => {
    if (ui['ui:field'] !== DESIGNER_FIELDS.region) return false;
    if (value === undefined || value === null) return true;
    const depth = isObject(ui['ui:options']) ? ui['ui:options'].depth : undefined;
    found.push({ path: pointer, depth: isRegionDepth(depth) ? depth : DEFAULT_REGION_DEPTH, value });
    return true;
  });
  return found;
}

/**
 * Walks the data along its uiSchema (which mirrors the data's shape, array
 * items under `items`), so fields are found in sections and detail tables
 * alike. `visit` returns true when it took the field, which stops the walk there.
 */
function walkFields(
  ui: unknown,
  value: unknown,
  pointer: string,
  visit: (ui: Record<string, unknown>, value: unknown, pointer: string) => boolean,
): void {
  if (!isObject(ui) || visit(ui, value, pointer)) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkFields(ui.items, item, `${pointer}/${index}`, visit));
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value))
    walkFields(ui[key], child, `${pointer}/${escapePointer(key)}`, visit);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
