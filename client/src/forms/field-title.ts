import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { titleInLanguage } from '@tongban/forms/title-in-language';
import type { Language } from '../i18n/language';

/**
 * The title a message in `language` names the field at `segments` by: the
 * label (the uiSchema's `ui:title` if set, else the schema's `title`), or in
 * English whichever of the two is English (`titleInLanguage`, as the server
 * words its messages); else the field's own name. Array indices step into
 * `items`.
 */
export function fieldTitle(
  schema: RJSFSchema,
  uiSchema: UiSchema | undefined,
  segments: readonly string[],
  language: Language = 'zh-CN',
): string {
  let node: RJSFSchema | undefined = schema;
  let ui: UiSchema | undefined = uiSchema;
  for (const segment of segments) {
    const isIndex = /^\d+$/.test(segment);
    node = isIndex ? itemSchema(node, Number(segment)) : propertySchema(node, segment);
    ui = isIndex ? (ui?.items as UiSchema | undefined) : (ui?.[segment] as UiSchema | undefined);
  }
  const uiTitle = ui?.['ui:title'] ?? (ui?.['ui:options'] as { title?: unknown } | undefined)?.title;
  const schemaTitle = segments.length > 0 ? node?.title : undefined;
  return titleInLanguage({ uiTitle, schemaTitle }, language) ?? segments.at(-1) ?? '';
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
