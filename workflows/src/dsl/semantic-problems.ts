import { jsonLogicProblems } from './json-logic-problems';
import {
  branchLabel,
  isRecord,
  pointerTo,
  say,
  stepLabel,
  type DefinitionLanguage,
  type ProcessDefinitionProblem,
} from './process-definition-problem';

/** The assignee fields that say which organisation handles a step; at most one may be given. */
const ORG_SOURCES = ['org', 'orgFromField', 'applicantOrg'] as const;

interface Context {
  language: DefinitionLanguage;
  problems: ProcessDefinitionProblem[];
  /** The label of the first step seen with each id. */
  stepIds: Map<string, string>;
}

/**
 * The rules a JSON Schema cannot express. Runs on whatever shape arrives (the
 * schema layer reports wrong shapes), looking only at the parts that have the
 * shape a rule needs, so both layers' problems come back together.
 */
export function semanticProblems(definition: unknown, language: DefinitionLanguage): ProcessDefinitionProblem[] {
  const context: Context = { language, problems: [], stepIds: new Map() };
  if (!isRecord(definition)) return [];
  if (Array.isArray(definition.steps) && definition.steps.length === 0) {
    context.problems.push({
      path: '/steps',
      code: 'NO_STEPS',
      message: say(language, '流程至少需要一个步骤', 'a process needs at least one step'),
    });
  }
  checkSteps(definition.steps, '/steps', context);
  const processLabel = say(language, '流程', 'the process');
  if (isRecord(definition.sla) && definition.sla.workingDays === undefined && definition.sla.untilField === undefined) {
    context.problems.push({
      path: '/sla',
      code: 'EMPTY_REQUEST_SLA',
      message: say(
        language,
        '办结时限需要工作日数（workingDays）或期限字段（untilField）',
        'a whole-request time limit needs workingDays or untilField',
      ),
    });
  }
  if (isRecord(definition.sla)) {
    checkAssignees(definition.sla.escalateTo, '/sla/escalateTo', processLabel, ESCALATION, context);
  }
  if (isRecord(definition.rating)) {
    for (const part of ['rectification', 'followUp'] as const) {
      const aftercare = definition.rating[part];
      if (isRecord(aftercare)) {
        checkAssignees(aftercare.assignees, `/rating/${part}/assignees`, processLabel, HANDLERS, context);
      }
    }
  }
  return context.problems;
}

function checkSteps(steps: unknown, pointer: string, context: Context): void {
  if (!Array.isArray(steps)) return;
  steps.forEach((step, index) => checkStep(step, pointerTo(pointer, index), context));
}

function checkStep(step: unknown, pointer: string, context: Context): void {
  if (!isRecord(step)) return;
  const { language, problems } = context;
  const label = stepLabel(step, pointer, language);
  if (typeof step.id === 'string') {
    const first = context.stepIds.get(step.id);
    if (first === undefined) context.stepIds.set(step.id, label);
    else
      problems.push({
        path: pointerTo(pointer, 'id'),
        code: 'DUPLICATE_STEP_ID',
        message: say(
          language,
          `${label}的 id “${step.id}” 与${first}重复`,
          `${label} has the id "${step.id}", already used by ${first}`,
        ),
      });
  }
  if (isRecord(step.when)) problems.push(...jsonLogicProblems(step.when, pointerTo(pointer, 'when'), label, language));
  if (step.type === 'cc' || step.type === 'notify') {
    checkAssignees(step.assignees, pointerTo(pointer, 'assignees'), label, HANDLERS, context);
  }
  if (step.type === 'approval' || step.type === 'fill') {
    checkAssignees(step.assignees, pointerTo(pointer, 'assignees'), label, HANDLERS, context);
    // An escalation rule naming nobody would match every active user.
    if (isRecord(step.sla)) {
      const at = pointerTo(pointerTo(pointer, 'sla'), 'escalateTo');
      checkAssignees(step.sla.escalateTo, at, label, ESCALATION, context);
    }
  }
  if (step.type === 'parallel' || step.type === 'branch') checkBranches(step, pointer, label, context);
}

/** How messages name an assignee rule: what it is for, and where. */
interface RuleName {
  zh: string;
  en: string;
  path: string;
}

const HANDLERS: RuleName = { zh: '处理人规则', en: 'assignee rule', path: 'assignees' };
const ESCALATION: RuleName = { zh: '超时上报规则', en: 'escalation rule', path: 'sla.escalateTo' };

function checkAssignees(rule: unknown, pointer: string, label: string, name: RuleName, context: Context): void {
  if (!isRecord(rule)) return;
  const { language, problems } = context;
  const named =
    rule.org !== undefined ||
    rule.orgFromField !== undefined ||
    rule.applicantOrg === true ||
    rule.role !== undefined ||
    rule.users !== undefined;
  if (!named) {
    problems.push({
      path: pointer,
      code: 'EMPTY_ASSIGNEE_RULE',
      message: say(
        language,
        `${label}的${name.zh}（${name.path}）没有指定由谁办理：至少填写 org、orgFromField、applicantOrg、role、users 中的一项`,
        `the ${name.en} (${name.path}) of ${label} names nobody: give at least one of org, orgFromField, applicantOrg, role, users`,
      ),
    });
  }
  if (Array.isArray(rule.users) && rule.users.length === 0) {
    problems.push({
      path: pointerTo(pointer, 'users'),
      code: 'EMPTY_USERS',
      message: say(
        language,
        `${label}的指定用户（${name.path}.users）是空列表：至少列出一个用户，或删去这一项`,
        `${name.path}.users of ${label} is empty: list at least one user or leave it out`,
      ),
    });
  }
  // `applicantOrg: false` is the same as leaving it out.
  const sources = ORG_SOURCES.filter((field) =>
    field === 'applicantOrg' ? rule[field] === true : rule[field] !== undefined,
  );
  if (sources.length > 1) {
    problems.push({
      path: pointer,
      code: 'CONFLICTING_ORG_SOURCES',
      message: say(
        language,
        `${label}的${name.zh}（${name.path}）同时指定了 ${sources.join('、')}：机构只能来自其中一项`,
        `the ${name.en} (${name.path}) of ${label} gives ${sources.slice(0, -1).join(', ')} and ${sources.at(-1)}: the organisation comes from one of them only`,
      ),
    });
  }
}

function checkBranches(step: Record<string, unknown>, pointer: string, label: string, context: Context): void {
  const { language, problems } = context;
  const branchesPointer = pointerTo(pointer, 'branches');
  if (!Array.isArray(step.branches)) return;
  const branches: unknown[] = step.branches;
  const parallel = step.type === 'parallel';
  const minimum = parallel ? 2 : 1;
  if (branches.length < minimum) {
    problems.push({
      path: branchesPointer,
      code: 'TOO_FEW_BRANCHES',
      message: parallel
        ? say(
            language,
            `并联${label}至少需要 2 个分支，现在有 ${branches.length} 个`,
            `parallel ${label} needs at least 2 branches, it has ${branches.length}`,
          )
        : say(language, `条件分支${label}至少需要 1 个分支`, `branch ${label} needs at least 1 branch`),
    });
  }

  const branchIds = new Map<string, string>();
  branches.forEach((branch, index) => {
    if (!isRecord(branch)) return;
    const at = pointerTo(branchesPointer, index);
    const branchName = branchLabel(branch, at, label, language);
    if (typeof branch.id === 'string') {
      const first = branchIds.get(branch.id);
      if (first === undefined) branchIds.set(branch.id, branchName);
      else
        problems.push({
          path: pointerTo(at, 'id'),
          code: 'DUPLICATE_BRANCH_ID',
          message: say(
            language,
            `${branchName}的 id “${branch.id}” 与${first}重复`,
            `${branchName} has the id "${branch.id}", already used by ${first}`,
          ),
        });
    }
    // A `when` on a parallel lane is an unknown property, reported by the schema.
    if (!parallel && isRecord(branch.when)) {
      problems.push(...jsonLogicProblems(branch.when, pointerTo(at, 'when'), branchName, language));
    }
    checkSteps(branch.steps, pointerTo(at, 'steps'), context);
  });

  if (parallel && typeof step.leadBranchId === 'string' && !branchIds.has(step.leadBranchId)) {
    const known = [...branchIds.keys()];
    problems.push({
      path: pointerTo(pointer, 'leadBranchId'),
      code: 'UNKNOWN_LEAD_BRANCH',
      message: say(
        language,
        `${label}的牵头分支（leadBranchId）“${step.leadBranchId}”不是本步骤的分支${known.length > 0 ? `，应当是 ${known.join('、')} 之一` : ''}`,
        `the lead branch (leadBranchId) "${step.leadBranchId}" of ${label} is not one of its branches${known.length > 0 ? ` (${known.join(', ')})` : ''}`,
      ),
    });
  }
}
