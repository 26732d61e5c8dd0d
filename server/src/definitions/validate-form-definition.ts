import { asDraft2020, createFormAjv, isObjectRoot, type FieldError, type FormDefinition } from '@tongban/forms';
import { computedValueErrors, formulaDefinitionProblems } from '@tongban/forms/formulas';
import type { Language } from '../http/language';

/**
 * Checks a form definition before it is published: the fields every form has,
 * a schema that compiles as JSON Schema 2020-12 (as `validateFormData` will
 * compile it), formulas that read and do not feed each other in a circle, and
 * an example that the schema accepts and whose computed fields hold what the
 * formulas give. Each problem names where it is (a JSON Pointer into the
 * definition) in the caller's language.
 *
 * A fresh validator instance per check: `validateFormData` caches compiled
 * schemas by key@version, which is only right once a version is published.
 */
export function validateFormDefinition(definition: Record<string, unknown>, language: Language): FieldError[] {
  const say = (zh: string, en: string) => (language === 'en' ? en : zh);
  const problems: FieldError[] = [];
  const add = (path: string, zh: string, en: string) => problems.push({ path, message: say(zh, en) });

  for (const field of Object.keys(definition)) {
    if (!KNOWN_FIELDS.has(field))
      add(`/${escape(field)}`, '表单定义中没有这个字段', 'a form definition has no such field');
  }
  const title = definition.title;
  if (!isRecord(title) || typeof title.zh !== 'string' || title.zh.trim() === '')
    add('/title/zh', '请填写表单的中文名称', 'the form needs a Chinese title');
  else if (title.en !== undefined && typeof title.en !== 'string')
    add('/title/en', '英文名称须为文本', 'the English title must be text');
  if (!isRecord(definition.uiSchema)) add('/uiSchema', 'uiSchema 须为对象', 'uiSchema must be an object');
  if (!isRecord(definition.example))
    add('/example', '请提供一份示例数据（对象）', 'the form needs example data (an object)');

  const schema = definition.schema;
  if (!isRecord(schema) || !isObjectRoot(schema)) {
    add(
      '/schema',
      '表单的 JSON Schema 须描述一个对象（type 为 object，或不写 type 而列出 properties）',
      'the form’s JSON Schema must describe an object (type "object", or properties without a type)',
    );
    return problems;
  }
  const ajv = createFormAjv();
  let validate;
  try {
    // Older drafts' tuples and exclusive bounds read as validateFormData will read them.
    validate = ajv.compile(asDraft2020(schema));
  } catch (error) {
    add('/schema', `JSON Schema 无效：${(error as Error).message}`, `invalid JSON Schema: ${(error as Error).message}`);
    return problems;
  }
  // A formula that cannot be computed would refuse every submission of the form.
  const formulaProblems = formulaDefinitionProblems(schema, language);
  for (const problem of formulaProblems) problems.push({ ...problem, path: `/schema${problem.path}` });
  if (isRecord(definition.example) && formulaProblems.length === 0 && validate(definition.example)) {
    for (const problem of computedValueErrors(schema, definition.example, language))
      problems.push({ ...problem, path: `/example${problem.path}` });
  }
  if (isRecord(definition.example) && !validate(definition.example)) {
    for (const error of validate.errors ?? []) {
      add(
        `/example${error.instancePath}`,
        `示例数据不符合表单：${error.message ?? error.keyword}`,
        `the example does not fit the form: ${error.message ?? error.keyword}`,
      );
    }
  }
  return problems;
}

const KNOWN_FIELDS = new Set<string>([
  'key',
  'version',
  'title',
  'schema',
  'uiSchema',
  'example',
] satisfies (keyof FormDefinition)[]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
