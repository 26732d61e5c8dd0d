import { allFields } from './edit-form-model';
import type { DesignerField, FormModel } from './form-model';
import { jsonEqual } from './json-value';

/** One difference between two versions of a form, on a field addressed by its key path (`items.amount`). */
export interface FormChange {
  path: string;
  change: 'added' | 'removed' | 'changed' | 'moved';
  /** The field's title in the newer version (the older one for a removal). */
  title: string;
  /** For `changed`: which properties differ (`title`, `required`, `options`, …). */
  properties?: string[];
}

/** Every field with its key path, so fields of a section or table compare with their namesakes. */
function byPath(model: FormModel): Map<string, { field: DesignerField; index: number; parent: string }> {
  const found = new Map<string, { field: DesignerField; index: number; parent: string }>();
  const walk = (fields: readonly DesignerField[], prefix: string) =>
    fields.forEach((field, index) => {
      const path = prefix ? `${prefix}.${field.key}` : field.key;
      found.set(path, { field, index, parent: prefix });
      if (field.children) walk(field.children, path);
    });
  walk(model.fields, '');
  return found;
}

/** Properties compared; `uid` is the designer's own and `children` are compared field by field. */
const IGNORED = new Set(['uid', 'children', 'key']);

/**
 * What changed from `older` to `newer`, field by field (designers' 版本对比):
 * fields added and removed, properties changed, and fields that kept their
 * properties but moved into another group; a new order within a group is an
 * `order` change of that group. The form itself is the path ''.
 */
export function diffFormModels(older: FormModel, newer: FormModel): FormChange[] {
  const before = byPath(older);
  const after = byPath(newer);
  const changes: FormChange[] = [];
  const formProperties = (['title', 'description', 'closed', 'extraSchema', 'extraUi'] as const).filter(
    (name) => !jsonEqual(older[name], newer[name]),
  );
  if (formProperties.length > 0)
    changes.push({ path: '', change: 'changed', title: newer.title, properties: [...formProperties] });
  for (const [path, { field, parent }] of after) {
    const old = before.get(path);
    if (!old) {
      changes.push({ path, change: 'added', title: field.title });
      continue;
    }
    const names = new Set([...Object.keys(field), ...Object.keys(old.field)].filter((name) => !IGNORED.has(name)));
    const differing = [...names].filter(
      (name) =>
        !jsonEqual(
          (field as unknown as Record<string, unknown>)[name],
          (old.field as unknown as Record<string, unknown>)[name],
        ),
    );
    if (differing.length > 0)
      changes.push({ path, change: 'changed', title: field.title, properties: differing.sort() });
    else if (old.parent !== parent) changes.push({ path, change: 'moved', title: field.title });
  }
  // Reordering within a group is one change of that group, not a move of every field that shifted.
  const order = (map: ReturnType<typeof byPath>, group: string) =>
    [...map]
      .filter(([, place]) => place.parent === group)
      .sort((a, b) => a[1].index - b[1].index)
      .map(([path]) => path);
  const groups = new Set([...after.values()].map((place) => place.parent));
  for (const group of groups) {
    const common = (paths: string[]) => paths.filter((path) => before.has(path) && after.has(path));
    if (!jsonEqual(common(order(before, group)), common(order(after, group)))) {
      const title = group === '' ? newer.title : (after.get(group)?.field.title ?? group);
      const existing = changes.find((candidate) => candidate.path === group && candidate.change === 'changed');
      if (existing) existing.properties = [...(existing.properties ?? []), 'order'].sort();
      else changes.push({ path: group, change: 'changed', title, properties: ['order'] });
    }
  }
  for (const [path, { field }] of before)
    if (!after.has(path)) changes.push({ path, change: 'removed', title: field.title });
  return changes;
}

/** How many fields a model has, nested ones included (for a version's summary line). */
export function fieldCount(model: FormModel): number {
  return allFields(model.fields).length;
}
