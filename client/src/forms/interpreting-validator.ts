import { format, Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { CHINESE_FORMAT_CHECKS } from '@tongban/forms/formats';
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import processRawValidationErrors from '@rjsf/validator-ajv8/lib/processRawValidationErrors.js';
import type { ErrorObject } from 'ajv';
import enMessages from 'ajv-i18n/localize/en';
import zhMessages from 'ajv-i18n/localize/zh';
import type { Language } from '../i18n/language';

/**
 * An rjsf validator for pages whose Content-Security-Policy forbids `eval`
 * (the server's does), where ajv cannot compile schemas. It interprets the
 * schema with @cfworker/json-schema (draft 2020-12, no code generation) and
 * reshapes its findings into ajv's errors, so rjsf, ajv-i18n's messages and
 * `titledErrors` treat them exactly like ajv's. Conditionals (`if`/`then`)
 * therefore resolve on the data, and forms validate as one types.
 */
// @cfworker passes formats it does not know; the server's named formats are taught to it once.
Object.assign(format, CHINESE_FORMAT_CHECKS);

export function interpretingValidator(language: Language): ValidatorType {
  // rjsf hands over freshly built schema objects on every render (resolved conditions, options), so the
  // compiled validators are kept by content; identity alone would rebuild one per call and per keystroke.
  const byObject = new WeakMap<object, Validator>();
  const byContent = new Map<string, Validator>();
  const validatorFor = (schema: RJSFSchema, rootSchema?: RJSFSchema): Validator => {
    const known = byObject.get(schema);
    if (known) return known;
    // rjsf asks about subschemas (an `if`, a `oneOf` option) that may `$ref` into the root's `$defs`.
    const definitions = rootSchema && rootSchema !== schema && !schema.$defs ? rootSchema.$defs : undefined;
    const own = withoutDialect(definitions ? { ...schema, $defs: definitions } : schema);
    const key = JSON.stringify(own);
    let validator = byContent.get(key);
    if (!validator) {
      validator = new Validator(own as Schema, '2020-12', false);
      // A long session meets many subschemas; forget the oldest rather than grow without end.
      if (byContent.size >= MAX_CACHED) byContent.delete(byContent.keys().next().value as string);
      byContent.set(key, validator);
    }
    byObject.set(schema, validator);
    return validator;
  };
  const localize = language === 'zh-CN' ? zhMessages : enMessages;
  const rawErrors = (schema: RJSFSchema, formData: unknown): ErrorObject[] => {
    const result = validatorFor(schema).validate(formData ?? {});
    if (result.valid) return [];
    const errors = toAjvErrors(result.errors, schema, formData ?? {});
    localize(errors);
    return errors;
  };

  const validator: ValidatorType = {
    validateFormData(formData, schema, customValidate, transformErrors, uiSchema) {
      return processRawValidationErrors(
        validator,
        { errors: rawErrors(schema, formData) },
        formData,
        schema,
        customValidate,
        transformErrors,
        uiSchema,
      );
    },
    isValid(schema, formData, rootSchema) {
      try {
        return validatorFor(schema, rootSchema).validate(formData ?? {}).valid;
      } catch {
        return false;
      }
    },
    rawValidation<Result>(schema: RJSFSchema, formData?: unknown) {
      try {
        return { errors: rawErrors(schema, formData) as Result[] };
      } catch (error) {
        return { validationError: error as Error };
      }
    },
  };
  return validator;
}

const MAX_CACHED = 500;

/** The validator is told the draft; a `$schema` it does not know by URL would make it fetch nothing and fail. */
function withoutDialect(schema: RJSFSchema): RJSFSchema {
  if (!('$schema' in schema)) return schema;
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

/** Keywords that only report that something inside them failed; the inner failure is the one to show. */
const CONTAINER_KEYWORDS = new Set([
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'contains',
  'allOf',
  'if',
  'then',
  'else',
  '$ref',
  'dependentSchemas',
  'false',
]);

const LIMIT_KEYWORDS: Record<string, string | undefined> = {
  minLength: undefined,
  maxLength: undefined,
  minItems: undefined,
  maxItems: undefined,
  minProperties: undefined,
  maxProperties: undefined,
  minimum: '>=',
  maximum: '<=',
  exclusiveMinimum: '>',
  exclusiveMaximum: '<',
};

function pointerSegments(location: string): string[] {
  return location
    .replace(/^#/, '')
    .split('/')
    .slice(1)
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(schema: unknown, location: string): unknown {
  let node = schema;
  for (const segment of pointerSegments(location)) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

/** @cfworker's output units as ajv's `ErrorObject`s (keyword, instancePath, params), leaves only. */
export function toAjvErrors(units: readonly OutputUnit[], schema: RJSFSchema, formData: unknown): ErrorObject[] {
  const errors: ErrorObject[] = [];
  // Inside a oneOf/anyOf the options' own failures are noise: the oneOf error says it.
  const inChoice = (location: string) => /\/(oneOf|anyOf|not)\/\d+\//.test(location) || /\/not\//.test(location);
  const failedProperties = new Set(
    units
      .filter((unit) => unit.keyword !== 'false' && unit.instanceLocation !== '#')
      .map((unit) => unit.instanceLocation),
  );
  for (const unit of units) {
    if (CONTAINER_KEYWORDS.has(unit.keyword) || inChoice(unit.keywordLocation)) continue;
    const instancePath = pointerSegments(unit.instanceLocation)
      .map((segment) => `/${segment.replace(/~/g, '~0').replace(/\//g, '~1')}`)
      .join('');
    const keyword = unit.keyword;
    const value = valueAt(schema, unit.keywordLocation);
    const named = /property "(.*)"/.exec(unit.error)?.[1];
    let params: Record<string, unknown> = {};
    if (keyword === 'required') params = { missingProperty: named };
    else if (keyword === 'additionalProperties' || keyword === 'unevaluatedProperties') {
      const child = `${unit.instanceLocation}/${named ?? ''}`;
      // A declared property that failed its own schema does not count as evaluated; its own error says what is wrong.
      if ([...failedProperties].some((location) => location === child || location.startsWith(`${child}/`))) continue;
      params = keyword === 'additionalProperties' ? { additionalProperty: named } : { unevaluatedProperty: named };
    } else if (keyword in LIMIT_KEYWORDS) {
      const comparison = LIMIT_KEYWORDS[keyword];
      params = comparison ? { comparison, limit: value } : { limit: value };
    } else if (keyword === 'multipleOf') params = { multipleOf: value };
    else if (keyword === 'pattern') params = { pattern: value };
    else if (keyword === 'format') params = { format: value };
    else if (keyword === 'type') params = { type: value };
    else if (keyword === 'const') params = { allowedValue: value };
    else if (keyword === 'enum') params = { allowedValues: value };
    else if (keyword === 'oneOf' || keyword === 'anyOf') params = { passingSchemas: null };
    else if (keyword === 'uniqueItems') params = firstDuplicate(valueAt(formData, unit.instanceLocation));
    errors.push({
      keyword,
      instancePath,
      schemaPath: unit.keywordLocation,
      params,
      message: unit.error,
      parentSchema: valueAt(schema, unit.keywordLocation.replace(/\/[^/]+$/, '')) as ErrorObject['parentSchema'],
    });
  }
  return errors;
}

/** The pair ajv names for a repeated item: scanning from the end, an item and the nearest later one equal to it. */
function firstDuplicate(items: unknown): { i: number; j: number } {
  const list = Array.isArray(items) ? items.map((item) => JSON.stringify(item)) : [];
  const later = new Map<string | undefined, number>();
  for (let i = list.length - 1; i >= 0; i--) {
    const j = later.get(list[i]);
    if (j !== undefined) return { i, j };
    later.set(list[i], i);
  }
  return { i: 0, j: 0 };
}
