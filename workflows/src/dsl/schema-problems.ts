import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { DEFINITION_ID_PATTERN, processDefinitionSchema } from './process-definition.schema';
import {
  fieldPath,
  isRecord,
  locate,
  pointerSegments,
  pointerTo,
  say,
  show,
  type DefinitionLanguage,
  type ProcessDefinitionProblem,
  type ProcessDefinitionProblemCode,
} from './process-definition-problem';

/**
 * One ajv for the process: strict, so a mistake in the schema fails loudly;
 * every error at once; `discriminator` so a step is checked only against the
 * schema of its own `type` (and reports that schema's errors, not three
 * sets); union types for `when` (object or boolean).
 */
const ajv = new Ajv2020({ allErrors: true, strict: true, discriminator: true, allowUnionTypes: true });

/**
 * Compiled on first use, once: ajv generates code with `new Function`, which
 * is work every importer of `@tongban/workflows` (the worker too) would
 * otherwise pay at start without ever validating a definition.
 */
let compiled: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  compiled ??= ajv.compile(processDefinitionSchema);
  return compiled;
}

/** What the JSON Schema refuses, each as a problem with a message in `language`. */
export function schemaProblems(definition: unknown, language: DefinitionLanguage): ProcessDefinitionProblem[] {
  const validate = schemaValidator();
  if (validate(definition)) return [];
  return (validate.errors ?? []).map((error) => describe(definition, error, language));
}

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  string: { zh: '字符串', en: 'a string' },
  integer: { zh: '整数', en: 'an integer' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '布尔值（true 或 false）', en: 'a boolean (true or false)' },
  null: { zh: 'null', en: 'null' },
};

function describe(definition: unknown, error: ErrorObject, language: DefinitionLanguage): ProcessDefinitionProblem {
  const problem = (
    path: string,
    code: ProcessDefinitionProblemCode,
    zh: (field: Field) => string,
    en: (field: Field) => string,
    title?: string,
  ): ProcessDefinitionProblem => {
    const field = describeField(definition, path, language, title);
    return { path, code, message: say(language, zh(field), en(field)) };
  };
  const { params } = error;

  switch (error.keyword) {
    case 'required':
      return missing(pointerTo(error.instancePath, String(params.missingProperty)));

    case 'discriminator': {
      const typePath = pointerTo(error.instancePath, 'type');
      const type = locate(definition, typePath, language).value;
      // Without a type the schema cannot tell which kind of step this is, nor the field's title.
      if (type === undefined) return missing(typePath, '步骤类型');
      return problem(
        typePath,
        'UNKNOWN_STEP_TYPE',
        ({ owner, value }) =>
          `${owner}的类型“${show(value)}”不受支持：应当是 approval（审批）、fill（填报）、wait（等待）、parallel（并联）、branch（条件分支）、cc（抄送）、notify（通知）或 webhook（外部接口）`,
        ({ owner, value }) =>
          `the type "${show(value)}" of ${owner} is not supported: use approval, fill, wait, parallel, branch, cc, notify or webhook`,
      );
    }

    case 'additionalProperties':
      return problem(
        pointerTo(error.instancePath, String(params.additionalProperty)),
        'UNKNOWN_PROPERTY',
        ({ owner, path }) => `${owner}中有未知属性“${path}”`,
        ({ owner, path }) => `${owner} has the unknown property "${path}"`,
      );

    case 'type': {
      const types = ([] as string[]).concat(params.type as string | string[]);
      const names = types.map((type) => TYPE_NAMES[type] ?? { zh: type, en: type });
      return problem(
        error.instancePath,
        'WRONG_TYPE',
        ({ of }) => `${of}应当是${names.map((name) => name.zh).join('或')}`,
        ({ of }) => `${of} must be ${names.map((name) => name.en).join(' or ')}`,
      );
    }

    case 'pattern':
      if (params.pattern === DEFINITION_ID_PATTERN) {
        return problem(
          error.instancePath,
          'INVALID_ID',
          ({ of, value }) =>
            `${of}“${show(value)}”无效：只能使用小写字母、数字和连字符（-），以字母或数字开头，最多 63 个字符`,
          ({ of, value }) =>
            `${of} ("${show(value)}") must be lowercase letters, digits and hyphens, start with a letter or digit and be at most 63 characters long`,
        );
      }
      return empty(error.instancePath);

    case 'minLength':
      return empty(error.instancePath);

    case 'minimum':
      return problem(
        error.instancePath,
        'OUT_OF_RANGE',
        ({ of }) => `${of}应当不小于 ${String(params.limit)}`,
        ({ of }) => `${of} must be at least ${String(params.limit)}`,
      );

    case 'maximum':
      return problem(
        error.instancePath,
        'OUT_OF_RANGE',
        ({ of }) => `${of}应当不大于 ${String(params.limit)}`,
        ({ of }) => `${of} must be at most ${String(params.limit)}`,
      );

    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(show);
      return problem(
        error.instancePath,
        'INVALID_VALUE',
        ({ of, value }) => `${of}“${show(value)}”无效：应当是 ${allowed.join('、')} 之一`,
        ({ of, value }) => `${of} ("${show(value)}") must be one of ${allowed.join(', ')}`,
      );
    }

    default:
      return problem(
        error.instancePath,
        'SCHEMA_VIOLATION',
        ({ of }) => `${of}不符合流程定义的格式（${error.keyword}）`,
        ({ of }) => `${of} is invalid: ${error.message ?? error.keyword}`,
      );
  }

  function missing(path: string, title?: string): ProcessDefinitionProblem {
    return problem(
      path,
      'REQUIRED',
      ({ owner, label }) => `${owner}缺少${label}`,
      ({ owner, label }) => `${owner} is missing ${label}`,
      title,
    );
  }

  function empty(path: string): ProcessDefinitionProblem {
    return problem(
      path,
      'EMPTY_VALUE',
      ({ of }) => `${of}不能为空`,
      ({ of }) => `${of} must not be empty`,
    );
  }
}

/** The words a message needs about the place a problem is. */
interface Field {
  /** The step, branch or definition it is in. */
  owner: string;
  /** The field below the owner, `assignees.users[0]`; empty for the owner itself. */
  path: string;
  /** The field as a reader knows it: its schema title and path in zh-CN (`“处理人”（assignees）`), the path in English. */
  label: string;
  /** "the owner's field", or just the owner when the problem is the owner itself. */
  of: string;
  value: unknown;
}

function describeField(definition: unknown, pointer: string, language: DefinitionLanguage, knownTitle?: string): Field {
  const { owner, relative, value } = locate(definition, pointer, language);
  const path = fieldPath(relative);
  const title = knownTitle ?? schemaTitleAt(definition, pointer);
  const label = say(language, title ? `“${title}”（${path}）` : `“${path}”`, `"${path}"`);
  const of = path === '' ? owner : say(language, `${owner}的${label}`, `${label} of ${owner}`);
  return { owner, path, label, of, value };
}

type SchemaNode = Record<string, unknown>;

/** Resolves a local `$ref`, and a discriminated `oneOf` by the data's `type`. */
function resolve(node: SchemaNode, data: unknown): SchemaNode {
  let current = node;
  for (let hops = 0; hops < 8; hops++) {
    if (typeof current.$ref === 'string') {
      const name = current.$ref.replace('#/$defs/', '');
      current = (processDefinitionSchema.$defs as Record<string, SchemaNode>)[name] ?? {};
    } else if (Array.isArray(current.oneOf)) {
      const type = isRecord(data) ? data.type : undefined;
      const match = (current.oneOf as SchemaNode[])
        .map((option) => resolve(option, data))
        .find((option) => isRecord(option.properties) && (option.properties.type as SchemaNode)?.const === type);
      return match ?? current;
    } else return current;
  }
  return current;
}

/** The `title` the schema gives the field at `pointer`, if any (the one beside a `$ref` wins). */
export function schemaTitleAt(definition: unknown, pointer: string): string | undefined {
  let node: SchemaNode = processDefinitionSchema;
  let data = definition;
  for (const segment of pointerSegments(pointer)) {
    const resolved = resolve(node, data);
    const properties = resolved.properties as Record<string, SchemaNode> | undefined;
    const next =
      /^\d+$/.test(segment) && isRecord(resolved.items)
        ? resolved.items
        : properties && Object.hasOwn(properties, segment)
          ? properties[segment]
          : undefined;
    if (!next) return undefined;
    node = next;
    data = Array.isArray(data) || isRecord(data) ? (data as Record<string, unknown>)[segment] : undefined;
  }
  const title = node.title ?? resolve(node, data).title;
  return typeof title === 'string' ? title : undefined;
}
