import { compileField } from './compile-form-model';
import { isJsonObject, type JsonObject } from './json-value';

/**
 * react-jsonschema-form's file fields (`format: "data-url"`, one file or an
 * array of them) carry the file itself, base64 in the form data: a 200 KB
 * scan became a megabyte of workflow history, copied into every later step.
 * The designer's import turns each into an attachment field (files uploaded to
 * the attachment store while filling, the data holding only references), one
 * file or as many as the array allowed, required files at least one. Its title,
 * description and uiSchema help stay; rjsf's `ui:widget: file` and `accept`
 * go (the attachments field has its own). Nested sections and 明细表 rows are
 * read too. Anything else comes back as it was (the same objects).
 */
export function withDataUrlsAsAttachments(
  schema: JsonObject,
  uiSchema: JsonObject,
): { schema: JsonObject; uiSchema: JsonObject } {
  if (!isJsonObject(schema.properties)) return { schema, uiSchema };
  const required = Array.isArray(schema.required) ? schema.required : [];
  let properties: JsonObject | undefined;
  let ui: JsonObject | undefined;
  for (const [key, property] of Object.entries(schema.properties)) {
    if (!isJsonObject(property)) continue;
    const fieldUi = isJsonObject(uiSchema[key]) ? uiSchema[key] : {};
    const converted = asAttachmentField(key, property, fieldUi, required.includes(key)) ?? nested(property, fieldUi);
    if (!converted) continue;
    properties ??= { ...schema.properties };
    ui ??= { ...uiSchema };
    properties[key] = converted.schema;
    ui[key] = converted.uiSchema;
  }
  return properties ? { schema: { ...schema, properties }, uiSchema: ui ?? uiSchema } : { schema, uiSchema };
}

function isDataUrl(schema: unknown): boolean {
  return isJsonObject(schema) && schema.type === 'string' && schema.format === 'data-url';
}

function asAttachmentField(
  key: string,
  property: JsonObject,
  ui: JsonObject,
  required: boolean,
): { schema: JsonObject; uiSchema: JsonObject } | undefined {
  const many = property.type === 'array' && isDataUrl(property.items);
  if (!many && !isDataUrl(property)) return undefined;
  const counts = many
    ? {
        ...(typeof property.minItems === 'number' ? { minItems: property.minItems } : {}),
        ...(typeof property.maxItems === 'number' ? { maxItems: property.maxItems } : {}),
      }
    : { maxItems: 1 };
  const compiled = compileField({
    uid: key,
    key,
    kind: 'attachment',
    title: typeof property.title === 'string' ? property.title : '',
    required,
    ...(required && !counts.minItems ? { minItems: 1 } : {}),
    ...counts,
    ...(typeof ui['ui:help'] === 'string' ? { help: ui['ui:help'] } : {}),
  });
  const description = typeof property.description === 'string' ? { description: property.description } : {};
  return { schema: { ...compiled.schema, ...description }, uiSchema: compiled.ui };
}

/** A section or 明细表 whose own fields may hold files. */
function nested(property: JsonObject, ui: JsonObject): { schema: JsonObject; uiSchema: JsonObject } | undefined {
  if (isJsonObject(property.properties)) {
    const inner = withDataUrlsAsAttachments(property, ui);
    return inner.schema === property ? undefined : inner;
  }
  if (property.type === 'array' && isJsonObject(property.items) && isJsonObject(property.items.properties)) {
    const itemsUi = isJsonObject(ui.items) ? ui.items : {};
    const inner = withDataUrlsAsAttachments(property.items, itemsUi);
    if (inner.schema === property.items) return undefined;
    return { schema: { ...property, items: inner.schema }, uiSchema: { ...ui, items: inner.uiSchema } };
  }
  return undefined;
}
