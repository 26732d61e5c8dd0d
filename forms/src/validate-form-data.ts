import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import localize from 'ajv-i18n';
import type { FieldError, FormDefinition, FormLanguage, JsonSchema } from './form-definition';
import { withExactMultipleOf } from './exact-multiple-of';
import { CHINESE_FORMAT_CHECKS, formatMessage } from './formats/chinese-formats';
import { computedValueErrors } from './formulas/form-formulas';
import { regionErrors } from './regions/region-errors';
import { arrayItemSchema, asDraft2020 } from './schema-dialect';
import { titleInLanguage } from './title-in-language';

/**
 * A validator that reads form schemas as submissions are checked: draft 2020-12,
 * the standard formats, the Chinese identifiers and rjsf's `data-url`. Publishing
 * checks a form's example with one of these, so an example is accepted exactly
 * when a submission of it would be.
 */
export function createFormAjv(): Ajv2020 {
  const formAjv = withExactMultipleOf(new Ajv2020({ allErrors: true, strict: false }));
  addFormats(formAjv);
  for (const [name, check] of Object.entries(CHINESE_FORMAT_CHECKS)) formAjv.addFormat(name, check);
  // react-jsonschema-form's file fields: the browser's validator knows the format, so the server checks it too.
  formAjv.addFormat('data-url', /^data:(?:[a-z]+\/[a-z0-9.+-]+)?(?:;[^;,]*)*;base64,[A-Za-z0-9+/]*={0,2}$/i);
  return formAjv;
}

const ajv = createFormAjv();

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
    const regions = isRecord(data)
      ? regionErrors(form, data, language, (path) =>
          fieldTitle(form.schema, path, { uiSchema: form.uiSchema, language }),
        )
      : [];
    // A computed field must hold what its formula gives: the browser computes it, so another value was changed on the way.
    const computed = isRecord(data) ? computedValueErrors(form.schema, data, language) : [];
    const problems = [...regions, ...computed];
    return problems.length > 0 ? { valid: false, errors: problems } : { valid: true };
  }
  // ajv reuses its errors array between calls: copy before localizing.
  const errors = (validate.errors ?? []).map((error) => ({ ...error }));
  if (language === 'zh-CN') localize.zh(errors);
  return { valid: false, errors: readableErrors(form, errors, language) };
}

/**
 * One message per problem a person can fix. An `if` rule's own failure only
 * repeats the `then` errors beside it; alternatives (`oneOf` / `anyOf`) that
 * all fail are one problem, not one per alternative (a choice of `const`
 * options fails once per option); and a field that fails the same keyword in
 * several branches (`allOf`, `then`) hears it once.
 */
function readableErrors(form: FormDefinition, errors: ErrorObject[], language: FormLanguage): FieldError[] {
  const title = (path: string) => fieldTitle(form.schema, path, { uiSchema: form.uiSchema, language });
  const alternatives = errors
    .filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf')
    .map((error) => `${error.schemaPath}/`);
  const insideAlternative = (error: ErrorObject) => alternatives.some((prefix) => error.schemaPath.startsWith(prefix));
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    if (error.keyword === 'if' || insideAlternative(error)) continue;
    const isChoice =
      (error.keyword === 'oneOf' || error.keyword === 'anyOf') &&
      errors.some(
        (other) =>
          (other.keyword === 'const' || other.keyword === 'enum') &&
          other.schemaPath.startsWith(`${error.schemaPath}/`),
      );
    const described = isChoice ? describeChoice(error, title, language) : describeError(error, title, language);
    const key = `${described.path}\n${error.keyword}`;
    if (!seen.has(key)) {
      seen.add(key);
      result.push(described);
    }
  }
  return result;
}

type TitleOf = (path: string) => string;

function describeChoice(error: ErrorObject, title: TitleOf, language: FormLanguage): FieldError {
  const path = error.instancePath || '/';
  return {
    path,
    message:
      language === 'zh-CN' ? `请从“${title(path)}”的选项中选择` : `choose one of the options of "${title(path)}"`,
  };
}

function describeError(error: ErrorObject, titleOf: TitleOf, language: FormLanguage): FieldError {
  const zh = language === 'zh-CN';
  if (error.keyword === 'required') {
    const path = `${error.instancePath}/${escapePointer(String(error.params.missingProperty))}`;
    const title = titleOf(path);
    return { path, message: zh ? `请填写“${title}”` : `"${title}" is required` };
  }
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const name = String(error.params.additionalProperty ?? error.params.unevaluatedProperty);
    const path = `${error.instancePath}/${escapePointer(name)}`;
    return { path, message: zh ? `表单中没有字段“${name}”` : `the form has no field "${name}"` };
  }
  const path = error.instancePath || '/';
  const title = titleOf(path);
  // A Chinese identifier says what is wrong with it (its length, its check character).
  if (error.keyword === 'format') {
    const message = formatMessage(error.params.format, title, language);
    if (message) return { path, message };
  }
  // A regular expression means nothing to the person filling the form.
  if (error.keyword === 'pattern') {
    return { path, message: zh ? `“${title}”的格式不正确` : `"${title}" is not in the expected format` };
  }
  if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
    return {
      path,
      message: zh ? `“${title}”不符合任何一种可选的填写方式` : `"${title}" fits none of the allowed forms`,
    };
  }
  return { path, message: zh ? `“${title}”${error.message ?? '无效'}` : `"${title}" ${error.message ?? 'is invalid'}` };
}

/**
 * The title of the field at a JSON Pointer into the data, as a message in
 * `language` names it (`titleInLanguage`: the label's `ui:title` or the
 * schema's `title`), falling back to the field name. A field shown only under a
 * condition is found in its `then` / `else` / `allOf`; array items by position.
 */
export function fieldTitle(
  schema: JsonSchema,
  pointer: string,
  labels: { uiSchema?: Record<string, unknown>; language?: FormLanguage } = {},
): string {
  let node: JsonSchema | undefined = schema;
  let ui: unknown = labels.uiSchema;
  for (const segment of pointer.split('/').slice(1).map(unescapePointer)) {
    if (!node) break;
    const isIndex: boolean = /^\d+$/.test(segment) && Boolean(node.items || node.prefixItems);
    node = isIndex ? arrayItemSchema(node, Number(segment)) : propertySchema(node, segment);
    ui = isRecord(ui) ? ui[isIndex ? 'items' : segment] : undefined;
  }
  const uiOptions = isRecord(ui) && isRecord(ui['ui:options']) ? ui['ui:options'] : {};
  const uiTitle = isRecord(ui) ? (ui['ui:title'] ?? uiOptions.title) : undefined;
  const title = titleInLanguage({ uiTitle, schemaTitle: node?.title }, labels.language ?? 'zh-CN');
  return title ?? (lastSegment(pointer) || '表单');
}

/** Property `name` of an object schema: declared in `properties`, or in a condition's `then` / `else` / `allOf`. */
function propertySchema(node: JsonSchema, name: string): JsonSchema | undefined {
  const own = isRecord(node.properties) ? node.properties[name] : undefined;
  if (isRecord(own)) return own;
  const branches = [node.then, node.else, ...(Array.isArray(node.allOf) ? node.allOf : [])];
  for (const branch of branches) {
    if (!isRecord(branch)) continue;
    const found = propertySchema(branch, name);
    if (found) return found;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lastSegment(pointer: string): string {
  return unescapePointer(pointer.split('/').pop() ?? '');
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
