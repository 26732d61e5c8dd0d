import {
  DESIGNER_FIELDS,
  DESIGNER_WIDGETS,
  type ChoiceOption,
  type CompiledForm,
  type DesignerField,
  type FormModel,
} from './form-model';
import { crossSectionRequiredRules, crossSectionVisibilityRules, groupConditionRules } from './condition-rules';
import { withFormula } from './formula-schema';
import { compact, mergeExtra, type JsonObject } from './json-value';
import { compileRegionField } from './region-field';
import { withDictionary } from './dictionary-choices';

/** The JSON Schema dialect designed forms declare, like the seed forms. */
export const FORM_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Amounts in yuan are kept to the fen; this is also how the parser recognises one. */
export const AMOUNT_STEP = 0.01;

/** What an uploaded file is in the form data: a reference to the server's copy, never the bytes. */
export const ATTACHMENT_ITEM_SCHEMA: JsonObject = {
  type: 'object',
  required: ['id', 'name'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', minLength: 1 },
    name: { type: 'string', minLength: 1 },
    size: { type: 'integer', minimum: 0 },
    contentType: { type: 'string' },
  },
};

/** The two dates of a date range, with their fixed keys and labels. */
export const DATE_RANGE_PARTS = { start: '开始日期', end: '结束日期' } as const;

/**
 * Compiles the designer's model into the JSON Schema (draft 2020-12) and the
 * uiSchema react-jsonschema-form renders. Deterministic: the same model gives
 * the same documents, so saving an unchanged form changes nothing.
 */
export function compileFormModel(model: FormModel): CompiledForm {
  const group = compileGroup(model.fields, model.closed);
  const schema = compact({
    $schema: FORM_SCHEMA_DIALECT,
    type: 'object',
    title: model.title || undefined,
    description: model.description || undefined,
    ...group.schema,
  });
  return {
    schema: withExtraRules(schema, model.extraSchema),
    uiSchema: mergeExtra(group.ui, model.extraUi),
  };
}

/** One field's schema and uiSchema node (its `required` flag belongs to the group around it); `home` is that group's key path. */
export function compileField(
  field: DesignerField,
  home: readonly string[] = [],
): { schema: JsonObject; ui: JsonObject } {
  const { schema, ui } = compileFieldBase(field, [...home, field.key]);
  return {
    schema: withExtraRules(withFormula(withDictionary(field, schema), field.formula), field.extraSchema),
    ui: mergeExtra(ui, field.extraUi),
  };
}

/** `path`: the field's key path, where the conditions of its columns or section fields are read from. */
function compileFieldBase(field: DesignerField, path: readonly string[]): { schema: JsonObject; ui: JsonObject } {
  const common = { title: field.title || undefined, default: field.default };
  const ui = compact({
    'ui:help': field.help || undefined,
    'ui:placeholder': field.placeholder || undefined,
    'ui:options':
      (field.kind === 'text' || field.kind === 'textarea') && field.prefill ? { prefill: field.prefill } : undefined,
  });
  const text = { minLength: field.minLength, maxLength: field.maxLength, pattern: field.pattern || undefined };
  const bounds = { minimum: field.minimum, maximum: field.maximum };
  const items = { minItems: field.minItems, maxItems: field.maxItems };
  switch (field.kind) {
    case 'text':
      return { schema: compact({ type: 'string', ...common, ...text, format: field.format }), ui };
    case 'textarea':
      return { schema: compact({ type: 'string', ...common, ...text }), ui: { 'ui:widget': 'textarea', ...ui } };
    case 'number':
      return { schema: compact({ type: field.integer ? 'integer' : 'number', ...common, ...bounds }), ui };
    case 'amount':
      return { schema: compact({ type: 'number', ...common, ...bounds, multipleOf: AMOUNT_STEP }), ui };
    case 'date':
      return { schema: compact({ type: 'string', ...common, format: 'date' }), ui };
    case 'dateRange':
      return {
        schema: compact({
          type: 'object',
          ...common,
          required: ['start', 'end'],
          additionalProperties: false,
          properties: {
            start: { type: 'string', title: DATE_RANGE_PARTS.start, format: 'date' },
            end: { type: 'string', title: DATE_RANGE_PARTS.end, format: 'date' },
          },
        }),
        ui: { 'ui:order': ['start', 'end'], ...ui },
      };
    case 'select':
      return { schema: compact({ type: 'string', ...common, oneOf: choices(field.options) }), ui };
    case 'radio':
      return {
        schema: compact({ type: 'string', ...common, oneOf: choices(field.options) }),
        ui: { 'ui:widget': 'radio', ...ui },
      };
    case 'checkbox':
      return {
        schema: compact({
          type: 'array',
          ...common,
          uniqueItems: true,
          ...items,
          items: { type: 'string', oneOf: choices(field.options) },
        }),
        ui: { 'ui:widget': 'checkboxes', ...ui },
      };
    case 'boolean':
      return { schema: compact({ type: 'boolean', ...common, enum: field.mustAccept ? [true] : undefined }), ui };
    case 'orgPicker':
    case 'userPicker':
      return {
        schema: compact({ type: 'string', ...common }),
        ui: {
          'ui:widget': DESIGNER_WIDGETS[field.kind],
          ...ui,
          ...(field.kind === 'orgPicker' && field.orgKind ? { 'ui:options': { orgKind: field.orgKind } } : {}),
        },
      };
    case 'region':
      return compileRegionField(field, common, ui);
    case 'attachment':
      return {
        schema: compact({ type: 'array', ...common, ...items, items: structuredClone(ATTACHMENT_ITEM_SCHEMA) }),
        ui: { 'ui:field': DESIGNER_FIELDS.attachments, ...ui },
      };
    case 'table': {
      const group = compileGroup(field.children ?? [], true, path);
      return {
        schema: compact({ type: 'array', ...common, ...items, items: { type: 'object', ...group.schema } }),
        ui: { ...ui, items: group.ui },
      };
    }
    case 'section': {
      const group = compileGroup(field.children ?? [], true, path);
      return { schema: compact({ type: 'object', ...common, ...group.schema }), ui: { ...group.ui, ...ui } };
    }
    case 'staticText':
      return {
        schema: compact({ type: 'null', title: field.title || undefined, description: field.text || undefined }),
        ui: {},
      };
    case 'raw':
      return { schema: {}, ui: {} };
  }
}

function choices(options: readonly ChoiceOption[] | undefined): JsonObject[] {
  return (options ?? []).map((option) => ({ const: option.value, title: option.label }));
}

/**
 * A group of fields (the form, a section, a table line) at key path `home`:
 * properties in the model's order, `ui:order` the same, required fields, and
 * the `allOf` entries of its fields' 显示条件 and 必填条件 (see
 * `condition-rules.ts`), a field shown under a condition being declared in
 * its entry's `then` only. A closed group refuses undeclared properties; with
 * conditional fields it must use `unevaluatedProperties`, which sees the
 * `then` too.
 */
export function compileGroup(
  fields: readonly DesignerField[],
  closed: boolean,
  home: readonly string[] = [],
): { schema: JsonObject; ui: JsonObject } {
  const properties: JsonObject = {};
  const required: string[] = [];
  const ui: JsonObject = { 'ui:order': fields.map((field) => field.key) };
  const schemas = new Map<string, JsonObject>();
  for (const field of fields) {
    const compiled = compileField(field, home);
    if (Object.keys(compiled.ui).length > 0) ui[field.key] = compiled.ui;
    schemas.set(field.key, compiled.schema);
  }
  const rules = groupConditionRules(fields, home, schemas);
  for (const field of fields) {
    if (rules.conditional.has(field.key) || rules.hoisted.has(field.key)) continue;
    properties[field.key] = schemas.get(field.key);
    if (field.required && field.kind !== 'staticText') required.push(field.key);
  }
  const fromRoot =
    home.length === 0 ? [...crossSectionVisibilityRules(fields), ...crossSectionRequiredRules(fields)] : [];
  const allOf = [...rules.rules, ...fromRoot];
  // A section with fields the root shows is closed by the names it may hold: no keyword here sees the root's `then`.
  const open = rules.hoisted.size > 0;
  const schema = compact({
    required: required.length > 0 ? required : undefined,
    additionalProperties: closed && !open && rules.conditional.size === 0 ? false : undefined,
    unevaluatedProperties: closed && !open && rules.conditional.size > 0 ? false : undefined,
    propertyNames: closed && open ? { enum: fields.map((field) => field.key) } : undefined,
    properties,
    allOf: allOf.length > 0 ? allOf : undefined,
  });
  return { schema, ui };
}

/** `extra` laid over `schema`, except that `allOf` rules add to the visibility rules instead of replacing them. */
function withExtraRules(schema: JsonObject, extra: JsonObject | undefined): JsonObject {
  if (!extra) return schema;
  const { allOf: extraRules, ...rest } = extra;
  const merged = mergeExtra(schema, rest);
  if (Array.isArray(extraRules)) {
    const own = Array.isArray(schema.allOf) ? schema.allOf : [];
    merged.allOf = [...own, ...structuredClone(extraRules)];
  }
  return merged;
}
