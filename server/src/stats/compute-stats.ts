import {
  allOf,
  countRequestsHeldBy,
  OrganisationModel,
  parseDefinition,
  percentilesByCount,
  ProcessVersionModel,
  readFormData,
  readStepData,
  RequestProjectionModel,
  TaskProjectionModel,
  type Filter,
} from '@tongban/store';
import {
  chinaDateOf,
  GROWTH_POINT_PROCESS_KEY,
  REQUEST_STATUSES,
  type ClockLevel,
  type ProcessDefinition,
} from '@tongban/workflows';
import type { z } from 'zod';
import { accessibleFilter } from '../auth/accessible-filter';
import type { AppAbility } from '../auth/define-abilities';
import type { statsQuery } from '../http/stats-schemas';
import { localized, type Language } from '../http/language';

const CLOCK_LEVELS: readonly ClockLevel[] = ['on_time', 'reminded', 'yellow', 'red'];
const GRADES = ['1', '2', '3', '4', '5'] as const;
/** What the list's `deadline=overdue` matches: 黄牌 and 红牌. */
const OVERDUE = { $in: ['yellow', 'red'] };

/**
 * Figures over the requests and tasks the caller may read: requests by status
 * and lateness; per accepting office (受理单位) how many it accepted and has
 * under way; per process how many finished and in how many working days
 * (median, p95) and their ratings; per handling organisation (办理部门) how
 * many requests it holds now, how many of those are overdue (黄牌 or 红牌),
 * and how fast it decided its tasks; the ratings (好差评) overall. Each count
 * of requests is what `GET /requests` lists under the same filters (the
 * dashboard's click-through), so it counts the same fields the list filters by.
 *
 * Every figure is an index count (durations by `percentilesByCount`), never a
 * read of the requests: the supervisor's landing page costs a few hundred
 * counts however many requests the city holds (reading them all took 8.3 s at
 * 10k). The offices, departments and processes counted are the directory's
 * departments and banks and the processes with a version: small tables.
 */
export async function computeStats(ability: AppAbility, query: z.output<typeof statsQuery>, language: Language) {
  const now = new Date().toISOString();
  const created: Record<string, string> = {};
  if (query.from) created.$gte = new Date(query.from).toISOString();
  if (query.to) created.$lt = new Date(query.to).toISOString();
  const narrow = {
    ...(query.processKey ? { processKey: query.processKey } : {}),
    ...(Object.keys(created).length > 0 ? { createdAt: created } : {}),
  };
  const requestScope = allOf(accessibleFilter(ability, 'read', 'Request'), narrow);
  const taskScope = allOf(accessibleFilter(ability, 'read', 'Task'), narrow);
  const countRequests = (condition: Filter = {}) =>
    RequestProjectionModel.countDocuments(allOf(requestScope, condition)).exec();
  const nonZero = async <K extends string>(keys: readonly K[], condition: (key: K) => Filter) => {
    const counts = await Promise.all(keys.map((key) => countRequests(condition(key))));
    return Object.fromEntries(keys.flatMap((key, index) => (counts[index] ? [[key, counts[index]]] : [])));
  };

  const [orgs, versions] = await Promise.all([
    OrganisationModel.find({ kind: { $in: ['department', 'bank'] } }, { name: 1, nameEn: 1 }).lean(),
    ProcessVersionModel.find(query.processKey ? { key: query.processKey } : {}, {
      key: 1,
      version: 1,
      definitionJson: 1,
    })
      .sort({ key: 1, version: -1 })
      .lean(),
  ]);
  const orgName = (org: (typeof orgs)[number]) => (language === 'en' ? (org.nameEn ?? org.name) : org.name);
  const processNames = new Map<string, string>();
  // Named as its newest version names it.
  for (const version of versions)
    if (!processNames.has(version.key))
      processNames.set(version.key, localized(parseDefinition<ProcessDefinition>(version).name, language));

  const [total, byStatus, byDeadline, byGrade, acceptingOrgs, departments, processes] = await Promise.all([
    countRequests(),
    nonZero(REQUEST_STATUSES, (status) => ({ status })),
    nonZero(CLOCK_LEVELS, (deadlineLevel) => ({ deadlineLevel })),
    Promise.all(GRADES.map((ratingGrade) => countRequests({ ratingGrade }))),
    Promise.all(
      orgs.map(async (org) => {
        const [accepted, inProgress] = await Promise.all([
          countRequests({ acceptingOrgId: org._id }),
          countRequests({ acceptingOrgId: org._id, status: 'in_progress' }),
        ]);
        return { orgId: org._id, orgName: orgName(org), total: accepted, inProgress };
      }),
    ),
    Promise.all(
      orgs.map(async (org) => {
        const [inProgress, overdue, decided] = await Promise.all([
          countRequestsHeldBy(requestScope, org._id),
          countRequestsHeldBy(allOf(requestScope, { deadlineLevel: OVERDUE }), org._id),
          percentilesByCount(
            TaskProjectionModel,
            allOf(taskScope, { assigneeOrgId: org._id, status: { $in: ['approved', 'rejected'] } }),
            'decidedWorkingDays',
            [50, 95],
          ),
        ]);
        const [medianWorkingDays, p95WorkingDays] = decided.values;
        return {
          orgId: org._id,
          orgName: orgName(org),
          decided: decided.count,
          medianWorkingDays: medianWorkingDays ?? null,
          p95WorkingDays: p95WorkingDays ?? null,
          inProgress,
          overdue,
        };
      }),
    ),
    Promise.all(
      [...processNames].map(async ([processKey, processName]) => {
        const processTotal = await countRequests({ processKey });
        if (processTotal === 0) return null;
        const [completed, durations, grades] = await Promise.all([
          countRequests({ processKey, status: 'completed' }),
          percentilesByCount(
            RequestProjectionModel,
            allOf(requestScope, { processKey, status: 'completed' }),
            'completedWorkingDays',
            [50, 95],
          ),
          Promise.all(GRADES.map((ratingGrade) => countRequests({ processKey, ratingGrade }))),
        ]);
        const [medianWorkingDays, p95WorkingDays] = durations.values;
        return {
          processKey,
          processName,
          total: processTotal,
          // As the list's status=completed counts them (the durations are of those that recorded theirs).
          completed,
          medianWorkingDays: medianWorkingDays ?? null,
          p95WorkingDays: p95WorkingDays ?? null,
          ratings: ratingSummary(grades),
        };
      }),
    ),
  ]);

  const readable = (processKey: string) => allOf(requestScope, { processKey });
  const [projects, reports] = await Promise.all([
    RequestProjectionModel.find(readable(PROJECT_PROCESS_KEY), { data: 1, createdAt: 1 }).lean(),
    RequestProjectionModel.find(readable(GROWTH_POINT_PROCESS_KEY), { data: 1, stepData: 1 }).lean(),
  ]);

  return {
    generatedAt: now,
    requests: { total, byStatus, byDeadline },
    acceptingOrgs: acceptingOrgs
      .filter((office) => office.total > 0)
      .sort((a, b) => b.total - a.total || a.orgId.localeCompare(b.orgId)),
    processes: processes.filter((process) => process !== null),
    departments: departments
      .filter((department) => department.inProgress > 0 || department.decided > 0)
      .sort((a, b) => b.overdue - a.overdue || b.inProgress - a.inProgress || a.orgId.localeCompare(b.orgId)),
    projects321: projects321(projects.map((project) => ({ ...project, data: readFormData(project.data) }))),
    growthPointReporting: growthPointReporting(
      reports.map((report) => ({ data: readFormData(report.data), stepData: readStepData(report.stepData) })),
    ),
    ratings: {
      ...ratingSummary(byGrade),
      byGrade: Object.fromEntries(GRADES.map((grade, index) => [grade, byGrade[index]!])),
    },
  };
}

/** The 项目并联审批 process whose form carries the project's “321” stage. */
const PROJECT_PROCESS_KEY = 'project-parallel-approval';
const STAGES = { signed: 'signed', started: 'started', 'in-production': 'inProduction' } as const;
type StageCounts = Record<(typeof STAGES)[keyof typeof STAGES], number>;

/** “321”: projects signed, started and in production, in all and per China day they were filed. */
function projects321(projects: { data: Record<string, unknown>; createdAt: string }[]) {
  const empty = (): StageCounts => ({ signed: 0, started: 0, inProduction: 0 });
  const byStage = empty();
  const byDay = new Map<string, StageCounts>();
  for (const project of projects) {
    const stage = STAGES[project.data.stage as keyof typeof STAGES];
    if (!stage) continue;
    byStage[stage] += 1;
    const date = chinaDateOf(project.createdAt);
    const day = byDay.get(date) ?? empty();
    day[stage] += 1;
    byDay.set(date, day);
  }
  return {
    byStage,
    byDay: [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, counts]) => ({ date, ...counts })),
  };
}

/** The monthly reports opened and submitted, per report month, newest first. */
function growthPointReporting(reports: { data: Record<string, unknown>; stepData?: Record<string, unknown> }[]) {
  const months = new Map<string, { expected: number; reported: number }>();
  for (const report of reports) {
    const month = typeof report.data.reportMonth === 'string' ? report.data.reportMonth : null;
    if (!month) continue;
    const counts = months.get(month) ?? { expected: 0, reported: 0 };
    counts.expected += 1;
    if (report.stepData && Object.keys(report.stepData).length > 0) counts.reported += 1;
    months.set(month, counts);
  }
  return [...months.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, { expected, reported }]) => ({
      month,
      expected,
      reported,
      rate: expected > 0 ? Math.round((reported / expected) * 100) / 100 : null,
    }));
}

/** How many ratings, and their average, from the number of each grade 1–5. */
function ratingSummary(perGrade: readonly number[]) {
  const count = perGrade.reduce((sum, n) => sum + n, 0);
  const points = perGrade.reduce((sum, n, index) => sum + n * (index + 1), 0);
  return { count, average: count > 0 ? Math.round((points / count) * 100) / 100 : null };
}
