import type { RJSFSchema, UiSchema } from '@rjsf/utils';

/**
 * The label a user sees for the field at `segments`: the uiSchema's
 * `ui:title` if set, else the schema's `title`, else the field's own name.
 * Array indices step into `items`.
 */
export function fieldTitle(schema: RJSFSchema, uiSchema: UiSchema | undefined, segments: readonly string[]): string {
  let node: RJSFSchema | undefined = schema;
  let ui: UiSchema | undefined = uiSchema;
  for (const segment of segments) {
    const isIndex = /^\d+$/.test(segment);
    node = isIndex ? itemSchema(node, Number(segment)) : propertySchema(node, segment);
    ui = isIndex ? (ui?.items as UiSchema | undefined) : (ui?.[segment] as UiSchema | undefined);
  }
  const uiTitle = ui?.['ui:title'] ?? (ui?.['ui:options'] as { title?: unknown } | undefined)?.title;
  if (typeof uiTitle === 'string' && uiTitle) return uiTitle;
  if (segments.length > 0 && typeof node?.title === 'string' && node.title) return node.title;
  return segments.at(-1) ?? '';
}

/**
 * The schema of property `name`: declared in `properties`, or, for a field
 * shown only under a condition, in a `then`/`else` (directly or in `allOf`).
 */
function propertySchema(node: RJSFSchema | undefined, name: string): RJSFSchema | undefined {
  const property = node?.properties?.[name];
  if (typeof property === 'object') return property;
  if (!node) return undefined;
  const branches = [node.then, node.else, ...(node.allOf ?? [])];
  for (const branch of branches) {
    if (typeof branch !== 'object') continue;
    const found = propertySchema(branch, name);
    if (found) return found;
  }
  return undefined;
}

/** The schema of item `index`: its own position's in a tuple (rjsf's fixed array), else every item's. */
function itemSchema(node: RJSFSchema | undefined, index: number): RJSFSchema | undefined {
  const items = node?.items;
  const item = Array.isArray(items) ? (index < items.length ? items[index] : node?.additionalItems) : items;
  return typeof item === 'object' ? item : undefined;
}
