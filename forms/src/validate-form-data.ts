import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import localize from 'ajv-i18n';
import type { FieldError, FormDefinition, FormLanguage, JsonSchema } from './form-definition';
import { CHINESE_FORMAT_CHECKS, formatMessage } from './formats/chinese-formats';
import { computedValueErrors } from './formulas/form-formulas';
import { regionErrors } from './regions/region-errors';
import { arrayItemSchema, asDraft2020 } from './schema-dialect';

// multipleOfPrecision as rjsf's browser validator has it: ajv divides in floating point, and 19.99 / 0.01 is not whole there.
const ajv = new Ajv2020({ allErrors: true, strict: false, multipleOfPrecision: 8 });
addFormats(ajv);
for (const [name, check] of Object.entries(CHINESE_FORMAT_CHECKS)) ajv.addFormat(name, check);

/**
 * Compiled validators by `key@version`. A published form version never
 * changes, so its validator is compiled once per process.
 */
const compiled = new Map<string, ValidateFunction>();

export type FormValidation = { valid: true } | { valid: false; errors: FieldError[] };

/** Validates `data` against the form; errors name each field by its title, in `language`. */
export function validateFormData(
  form: FormDefinition,
  data: unknown,
  language: FormLanguage = 'zh-CN',
): FormValidation {
  const cacheKey = `${form.key}@${form.version}`;
  let validate = compiled.get(cacheKey);
  if (!validate) {
    validate = ajv.compile(asDraft2020(form.schema));
    compiled.set(cacheKey, validate);
  }
  if (validate(data)) {
    // A region's code and names are checked against the division table, which no schema keyword can consult.
    const regions = isRecord(data) ? regionErrors(form, data, language, (path) => fieldTitle(form.schema, path)) : [];
    // A computed field must hold what its formula gives: the browser computes it, so another value was changed on the way.
    const computed = isRecord(data) ? computedValueErrors(form.schema, data, language) : [];
    const problems = [...regions, ...computed];
    return problems.length > 0 ? { valid: false, errors: problems } : { valid: true };
  }
  // ajv reuses its errors array between calls: copy before localizing.
  const errors = (validate.errors ?? []).map((error) => ({ ...error }));
  if (language === 'zh-CN') localize.zh(errors);
  return { valid: false, errors: readableErrors(form.schema, errors, language) };
}

/**
 * One message per problem a person can fix: an `if` rule's own failure only
 * repeats the `then` errors beside it, and a choice (`oneOf` of `const`
 * options) fails once per option — both collapse to what the field needs.
 */
function readableErrors(schema: JsonSchema, errors: ErrorObject[], language: FormLanguage): FieldError[] {
  const choicePaths = new Set(errors.filter((error) => error.keyword === 'oneOf').map((error) => error.instancePath));
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const inChoice = choicePaths.has(error.instancePath) && (error.keyword === 'const' || error.keyword === 'oneOf');
    const described = inChoice
      ? describeChoice(schema, error.instancePath, language)
      : describeError(schema, error, language);
    const key = `${described.path}\n${described.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      result.push(described);
    }
  }
  return result;
}

function describeChoice(schema: JsonSchema, instancePath: string, language: FormLanguage): FieldError {
  const path = instancePath || '/';
  const title = fieldTitle(schema, path);
  return {
    path,
    message: language === 'zh-CN' ? `请从“${title}”的选项中选择` : `choose one of the options of "${title}"`,
  };
}

function describeError(schema: JsonSchema, error: ErrorObject, language: FormLanguage): FieldError {
  const zh = language === 'zh-CN';
  if (error.keyword === 'required') {
    const path = `${error.instancePath}/${String(error.params.missingProperty)}`;
    const title = fieldTitle(schema, path);
    return { path, message: zh ? `请填写“${title}”` : `"${title}" is required` };
  }
  if (error.keyword === 'additionalProperties') {
    const path = `${error.instancePath}/${String(error.params.additionalProperty)}`;
    return {
      path,
      message: zh ? `表单中没有字段“${lastSegment(path)}”` : `the form has no field "${lastSegment(path)}"`,
    };
  }
  const path = error.instancePath || '/';
  const title = fieldTitle(schema, path);
  // A Chinese identifier says what is wrong with it (its length, its check character).
  if (error.keyword === 'format') {
    const message = formatMessage(error.params.format, title, language);
    if (message) return { path, message };
  }
  // A regular expression means nothing to the person filling the form.
  if (error.keyword === 'pattern') {
    return { path, message: zh ? `“${title}”的格式不正确` : `"${title}" is not in the expected format` };
  }
  return { path, message: zh ? `“${title}”${error.message ?? '无效'}` : `"${title}" ${error.message ?? 'is invalid'}` };
}

/** The `title` of the schema node at a JSON Pointer into the data, falling back to the field name. */
export function fieldTitle(schema: JsonSchema, pointer: string): string {
  let node: JsonSchema | undefined = schema;
  for (const segment of pointer.split('/').slice(1).map(unescapePointer)) {
    if (!node) break;
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    node =
      /^\d+$/.test(segment) && (node.items || node.prefixItems)
        ? arrayItemSchema(node, Number(segment))
        : properties?.[segment];
  }
  const title = node?.title;
  return typeof title === 'string' ? title : lastSegment(pointer) || '表单';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lastSegment(pointer: string): string {
  return unescapePointer(pointer.split('/').pop() ?? '');
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
