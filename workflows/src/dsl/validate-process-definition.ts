import type { ProcessDefinition } from './process-definition';
import {
  pointerTo,
  say,
  type DefinitionLanguage,
  type ProcessDefinitionValidation,
} from './process-definition-problem';
import { schemaProblems } from './schema-problems';
import { semanticProblems } from './semantic-problems';

/**
 * How deeply a definition may nest, in JSON levels. Each level of steps
 * inside a parallel or branch step takes four, so this allows over twenty;
 * the limit keeps a hostile body (`[[[[…]]]]`) or a circular object from
 * exhausting the stack of the validators below.
 */
export const MAX_DEFINITION_DEPTH = 100;

/**
 * Checks a process definition that arrives as JSON (an administrator saving
 * or publishing one) and reports every problem at once, each with a JSON
 * Pointer, a stable code and a message in `language` (default zh-CN) that
 * names the step by its name.
 *
 * Two layers: the JSON Schema (`processDefinitionSchema`: shapes, ids,
 * versions, no unknown fields) and the rules across fields (unique step and
 * branch ids, enough branches, a lead branch that exists, a usable assignee
 * rule, at least one step, `when` conditions in supported JSON Logic). Both
 * always run, so fixing one problem does not reveal another.
 *
 * Never throws; anything that is not a definition (null, arrays, strings,
 * `{"$where": …}`) yields problems. Server-side only: ajv compiles with
 * `new Function`, so nothing under `src/engine` or `src/workflows` may
 * import this (it would break the workflow sandbox bundle).
 */
export function validateProcessDefinition(
  definition: unknown,
  language: DefinitionLanguage = 'zh-CN',
): ProcessDefinitionValidation<ProcessDefinition> {
  const tooDeep = firstTooDeep(definition);
  if (tooDeep !== undefined) {
    return {
      valid: false,
      problems: [
        {
          path: tooDeep,
          code: 'TOO_DEEP',
          message: say(
            language,
            `流程定义嵌套超过 ${MAX_DEFINITION_DEPTH} 层（或者引用了自身），未再检查其他问题`,
            `the process definition nests more than ${MAX_DEFINITION_DEPTH} levels deep (or refers to itself); nothing else was checked`,
          ),
        },
      ],
    };
  }
  const problems = [...schemaProblems(definition, language), ...semanticProblems(definition, language)];
  return problems.length === 0
    ? { valid: true, definition: definition as ProcessDefinition }
    : { valid: false, problems };
}

/** The pointer of the first object or array deeper than `MAX_DEFINITION_DEPTH`, if any. */
function firstTooDeep(root: unknown): string | undefined {
  // Levels of objects and arrays in subtrees already walked (a node's own level
  // included), so an object shared many times is walked once.
  const heights = new WeakMap<object, number>();
  let found: string | undefined;
  const visit = (node: unknown, depth: number, pointer: string): number => {
    if (found !== undefined || typeof node !== 'object' || node === null) return 0;
    const known = heights.get(node);
    if (known !== undefined) {
      if (depth + known > MAX_DEFINITION_DEPTH) found = pointer;
      return known;
    }
    if (depth >= MAX_DEFINITION_DEPTH) {
      found = pointer;
      return 0;
    }
    let height = 1;
    for (const [key, child] of Object.entries(node)) {
      height = Math.max(height, 1 + visit(child, depth + 1, pointerTo(pointer, key)));
    }
    heights.set(node, height);
    return height;
  };
  visit(root, 0, '');
  return found;
}
