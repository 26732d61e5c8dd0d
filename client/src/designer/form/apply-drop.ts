import { canHold, createField, findField, groupFields, insertField, moveField } from '@tongban/forms/designer';
import type { FieldKind, FormModel } from '@tongban/forms/designer';

/** What is being dragged: a kind from the palette, or a field already on the canvas. */
export type DragSource = { type: 'palette'; kind: Exclude<FieldKind, 'raw'> } | { type: 'field'; uid: string };

/** Where it was dropped: onto a group's empty area (its end), or onto a field (its place). */
export type DropSpot = { type: 'group'; parent: string | null } | { type: 'field'; uid: string };

/**
 * The model after a drop, and the field to select: a palette kind becomes a
 * new field there; a field moves there (onto a field of its own group it takes
 * that field's place, as a sortable list does). Drops a group cannot take
 * (a section into a table) leave the model as it was.
 */
export function applyDrop(
  model: FormModel,
  source: DragSource,
  spot: DropSpot,
): { model: FormModel; selected?: string } {
  let parent: string | null;
  let index: number;
  if (spot.type === 'group') {
    parent = spot.parent;
    index = groupFields(model, parent).length;
  } else {
    const target = findField(model, spot.uid);
    if (!target) return { model };
    parent = target.parent;
    index = target.index;
  }
  if (source.type === 'palette') {
    if (!canHold(model, parent, source.kind)) return { model };
    const field = createField(model, source.kind);
    return { model: insertField(model, field, parent, index), selected: field.uid };
  }
  if (spot.type === 'field' && spot.uid === source.uid) return { model };
  const from = findField(model, source.uid);
  // Moving to the end of its own group: after it leaves, the group is one shorter.
  if (spot.type === 'group' && from?.parent === parent) index -= 1;
  return { model: moveField(model, source.uid, parent, index), selected: source.uid };
}
