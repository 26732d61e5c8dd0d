/**
 * What `validateProcessDefinition` reports, and the wording shared by its two
 * layers: problems name the step or branch they are in by its zh-CN name (or
 * its English one in English), so an administrator finds it in the designer.
 */

/** The languages problem messages are written in. */
export type DefinitionLanguage = 'zh-CN' | 'en';

/** Stable codes for what is wrong with a process definition; clients may branch on them. */
export type ProcessDefinitionProblemCode =
  // From the JSON Schema:
  /** A required field is missing. */
  | 'REQUIRED'
  /** A field the language does not have (often a typo, or an operator such as `$where`). */
  | 'UNKNOWN_PROPERTY'
  /** A value of the wrong JSON type. */
  | 'WRONG_TYPE'
  /** An id or key that is not 1–63 lowercase letters, digits and hyphens. */
  | 'INVALID_ID'
  /** An empty (or blank) name, organisation, role, field or user id. */
  | 'EMPTY_VALUE'
  /** A version below 1, or an SLA count below 0 or above `MAX_SLA_WORKING_DAYS`. */
  | 'OUT_OF_RANGE'
  /** A value outside a fixed list, such as an approval `mode`. */
  | 'INVALID_VALUE'
  /** A step `type` other than `approval`, `parallel`, `branch`. */
  | 'UNKNOWN_STEP_TYPE'
  /** Anything else the schema refuses (not produced by today's schema; kept so nothing is lost). */
  | 'SCHEMA_VIOLATION'
  // From the rules across fields:
  /** Nested more deeply than any real definition (or circular); nothing else is checked. */
  | 'TOO_DEEP'
  /** The process has no step at all. */
  | 'NO_STEPS'
  /** Two steps share an id; ids are unique across the whole definition, nested steps included. */
  | 'DUPLICATE_STEP_ID'
  /** Two branches of one step share an id. */
  | 'DUPLICATE_BRANCH_ID'
  /** A parallel step's `leadBranchId` names none of its branches. */
  | 'UNKNOWN_LEAD_BRANCH'
  /** A parallel step with fewer than 2 branches, or a branch step with none. */
  | 'TOO_FEW_BRANCHES'
  /** An assignee rule with none of `org`, `orgFromField`, `applicantOrg`, `role`, `users`. */
  | 'EMPTY_ASSIGNEE_RULE'
  /** An assignee rule whose `users` list is empty. */
  | 'EMPTY_USERS'
  /** An assignee rule with more than one of `org`, `orgFromField`, `applicantOrg`. */
  | 'CONFLICTING_ORG_SOURCES'
  /** A `when` (or part of one) that is not JSON Logic: an object must have exactly one key, the operator. */
  | 'INVALID_LOGIC'
  /** A `when` using an operator the engine does not support. */
  | 'UNKNOWN_LOGIC_OPERATOR'
  /** A whole-request `sla` with neither `workingDays` nor `untilField`. */
  | 'EMPTY_REQUEST_SLA';

/** One problem: where (a JSON Pointer into the definition), a stable code, and a message in the caller's language. */
export interface ProcessDefinitionProblem {
  path: string;
  code: ProcessDefinitionProblemCode;
  message: string;
}

export type ProcessDefinitionValidation<Definition> =
  { valid: true; definition: Definition } | { valid: false; problems: ProcessDefinitionProblem[] };

/** Picks the message in `language`. */
export function say(language: DefinitionLanguage, zh: string, en: string): string {
  return language === 'zh-CN' ? zh : en;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base` extended by one JSON Pointer segment (RFC 6901 escaping). */
export function pointerTo(base: string, segment: string | number): string {
  return `${base}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** The segments of a JSON Pointer, unescaped. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A value as it appears in a message: strings bare, anything else as short JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  const text = json ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function localName(name: unknown, language: DefinitionLanguage): string | undefined {
  if (!isRecord(name)) return undefined;
  const zh = typeof name.zh === 'string' && name.zh.trim() !== '' ? name.zh : undefined;
  const en = typeof name.en === 'string' && name.en.trim() !== '' ? name.en : undefined;
  return language === 'en' ? (en ?? zh) : zh;
}

/** How messages name the definition itself. */
export function definitionLabel(language: DefinitionLanguage): string {
  return say(language, '流程定义', 'the process definition');
}

/** How messages name a step: by its name, else by where it is. */
export function stepLabel(step: unknown, pointer: string, language: DefinitionLanguage): string {
  const name = isRecord(step) ? localName(step.name, language) : undefined;
  if (name !== undefined) return say(language, `步骤“${name}”`, `step "${name}"`);
  return say(language, `步骤（${pointer}）`, `step ${pointer}`);
}

/** How messages name a branch: by its name within its step's label, else by where it is. */
export function branchLabel(branch: unknown, pointer: string, ownerStep: string, language: DefinitionLanguage): string {
  const name = isRecord(branch) ? localName(branch.name, language) : undefined;
  if (name !== undefined) return say(language, `${ownerStep}的分支“${name}”`, `branch "${name}" of ${ownerStep}`);
  return say(language, `分支（${pointer}）`, `branch ${pointer}`);
}

/** Where a pointer leads: the innermost step or branch it is inside, and the fields below that. */
export interface Location {
  owner: string;
  /** Segments from the owner down to the pointer; empty when the pointer is the owner itself. */
  relative: string[];
  /** The value at the pointer (undefined when missing). */
  value: unknown;
}

/** Walks `pointer` through `definition`, noting each step and branch it passes. */
export function locate(definition: unknown, pointer: string, language: DefinitionLanguage): Location {
  type Kind = 'definition' | 'steps' | 'step' | 'branches' | 'branch' | 'field';
  let kind: Kind = 'definition';
  let owner = definitionLabel(language);
  let currentStep = owner;
  let relative: string[] = [];
  let value = definition;
  let at = '';
  for (const segment of pointerSegments(pointer)) {
    value = Array.isArray(value) || isRecord(value) ? (value as Record<string, unknown>)[segment] : undefined;
    at = pointerTo(at, segment);
    relative.push(segment);
    if ((kind === 'definition' || kind === 'branch') && segment === 'steps') kind = 'steps';
    else if (kind === 'step' && segment === 'branches') kind = 'branches';
    else if (kind === 'steps' && /^\d+$/.test(segment)) {
      kind = 'step';
      owner = currentStep = stepLabel(value, at, language);
      relative = [];
    } else if (kind === 'branches' && /^\d+$/.test(segment)) {
      kind = 'branch';
      owner = branchLabel(value, at, currentStep, language);
      relative = [];
    } else kind = 'field';
  }
  return { owner, relative, value };
}

/** Field segments as people write them: `assignees.users[0]`. */
export function fieldPath(relative: readonly string[]): string {
  return relative
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}
