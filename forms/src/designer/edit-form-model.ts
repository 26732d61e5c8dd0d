import { DEFAULT_REGION_DEPTH } from '../regions/region-depth';
import { renameConditionReferences } from './conditions';
import { renameFormulaReferences } from './rename-formula-references';
import { CHOICE_KINDS, CONTAINER_KINDS, type DesignerField, type FieldKind, type FormModel } from './form-model';

/**
 * Pure edits of a `FormModel`, each returning a new model (the old one is
 * untouched, so a UI can keep it for undo and React sees a new object).
 * Fields are addressed by `uid`; `parent` is the uid of a section or table,
 * or null for the top level.
 */

export interface FieldPlace {
  field: DesignerField;
  parent: string | null;
  index: number;
}

/** Every field, depth first, in display order. */
export function allFields(fields: readonly DesignerField[]): DesignerField[] {
  return fields.flatMap((field) => [field, ...allFields(field.children ?? [])]);
}

/** Where a field is, or undefined. */
export function findField(model: FormModel, uid: string): FieldPlace | undefined {
  const search = (fields: readonly DesignerField[], parent: string | null): FieldPlace | undefined => {
    for (const [index, field] of fields.entries()) {
      if (field.uid === uid) return { field, parent, index };
      const inside = search(field.children ?? [], field.uid);
      if (inside) return inside;
    }
    return undefined;
  };
  return search(model.fields, null);
}

/** The fields of a group: the top level for null. */
export function groupFields(model: FormModel, parent: string | null): readonly DesignerField[] {
  if (parent === null) return model.fields;
  return findField(model, parent)?.field.children ?? [];
}

/** Default titles of new fields, in Chinese like the forms themselves. */
export const NEW_FIELD_TITLES: Record<Exclude<FieldKind, 'raw'>, string> = {
  text: '单行文本',
  textarea: '多行文本',
  number: '数字',
  amount: '金额（元）',
  date: '日期',
  dateRange: '日期范围',
  select: '下拉选择',
  radio: '单选',
  checkbox: '多选',
  boolean: '勾选确认',
  orgPicker: '选择单位',
  userPicker: '选择人员',
  region: '所在地区',
  attachment: '附件',
  table: '明细表',
  section: '分组',
  staticText: '说明文字',
};

/**
 * A new field of `kind` whose key and uid are unused anywhere in `model`:
 * `text1`, `text2`, … (keys are what the data is stored under, so they are
 * short ASCII an administrator may rename).
 */
export function createField(model: FormModel, kind: Exclude<FieldKind, 'raw'>): DesignerField {
  const used = allFields(model.fields);
  const keys = new Set(used.map((field) => field.key));
  const uids = new Set(used.map((field) => field.uid));
  let n = 1;
  while (keys.has(`${kind}${n}`) || uids.has(`f${kind}${n}`)) n++;
  const field: DesignerField = {
    uid: `f${kind}${n}`,
    key: `${kind}${n}`,
    kind,
    title: NEW_FIELD_TITLES[kind],
    required: false,
  };
  if (CHOICE_KINDS.includes(kind)) {
    field.options = [
      { value: 'option1', label: '选项1' },
      { value: 'option2', label: '选项2' },
    ];
  }
  if (kind === 'amount') field.minimum = 0;
  if (kind === 'staticText') field.text = '请在此填写说明';
  if (kind === 'region') field.regionDepth = DEFAULT_REGION_DEPTH;
  if (CONTAINER_KINDS.includes(kind)) field.children = [];
  if (kind === 'table') field.minItems = 1;
  return field;
}

function mapGroup(
  fields: readonly DesignerField[],
  parent: string | null,
  target: string | null,
  edit: (fields: DesignerField[]) => DesignerField[],
): DesignerField[] {
  if (parent === target) return edit([...fields]);
  return fields.map((field) =>
    field.children ? { ...field, children: mapGroup(field.children, field.uid, target, edit) } : field,
  );
}

/** Puts `field` into group `parent` at `index` (clamped). Containers cannot go inside containers. */
export function insertField(model: FormModel, field: DesignerField, parent: string | null, index: number): FormModel {
  if (parent !== null && !canHold(model, parent, field.kind)) return model;
  return {
    ...model,
    fields: mapGroup(model.fields, null, parent, (fields) => {
      fields.splice(Math.max(0, Math.min(index, fields.length)), 0, field);
      return fields;
    }),
  };
}

/** Whether the group `parent` may hold a field of `kind`: sections hold anything but containers, tables only columns. */
export function canHold(model: FormModel, parent: string | null, kind: FieldKind): boolean {
  if (parent === null) return true;
  const container = findField(model, parent)?.field;
  if (!container || !CONTAINER_KINDS.includes(container.kind)) return false;
  if (CONTAINER_KINDS.includes(kind)) return false;
  if (container.kind === 'table') return !['dateRange', 'attachment', 'staticText'].includes(kind);
  return true;
}

/** Takes a field (and what it holds) out of the model. */
export function removeField(model: FormModel, uid: string): FormModel {
  const place = findField(model, uid);
  if (!place) return model;
  return {
    ...model,
    fields: mapGroup(model.fields, null, place.parent, (fields) => fields.filter((field) => field.uid !== uid)),
  };
}

/** Moves a field to group `parent` at `index` (counted after the field left its old place). */
export function moveField(model: FormModel, uid: string, parent: string | null, index: number): FormModel {
  const place = findField(model, uid);
  if (!place || uid === parent || !canHold(model, parent, place.field.kind)) return model;
  return insertField(removeField(model, uid), place.field, parent, index);
}

/**
 * Changes a field's properties. Renaming a key also renames what conditions
 * read of it (anywhere in the form), so 显示条件 and 必填条件 keep working.
 */
export function updateField(model: FormModel, uid: string, patch: Partial<Omit<DesignerField, 'uid'>>): FormModel {
  const place = findField(model, uid);
  if (!place) return model;
  const fields = mapGroup(model.fields, null, place.parent, (group) =>
    group.map((field) => (field.uid === uid ? dropUndefined({ ...field, ...patch }) : field)),
  );
  if (patch.key === undefined || patch.key === place.field.key) return { ...model, fields };
  const parent = place.parent === null ? undefined : findField(model, place.parent)?.field.key;
  const path = (key: string) => (parent === undefined ? key : `${parent}.${key}`);
  const [from, to] = [path(place.field.key), path(patch.key)];
  return { ...model, fields: renameFormulaReferences(renameConditionReferences(fields, from, to), from, to) };
}

function dropUndefined(field: DesignerField): DesignerField {
  return Object.fromEntries(
    Object.entries(field).filter(([, value]) => value !== undefined),
  ) as unknown as DesignerField;
}
