import {
  allOf,
  OrganisationModel,
  readFormData,
  readStepData,
  RequestProjectionModel,
  TaskProjectionModel,
} from '@tongban/store';
import { chinaDateOf, createWorkingCalendar, GROWTH_POINT_PROCESS_KEY } from '@tongban/workflows';
import type { z } from 'zod';
import { accessibleFilter } from '../auth/accessible-filter';
import type { AppAbility } from '../auth/define-abilities';
import type { statsQuery } from '../http/stats-schemas';
import { localized, type Language } from '../http/language';

/** The official calendar (调休 included): durations are counted in working days, as the SLAs are. */
const calendar = createWorkingCalendar();

/** Nearest-rank percentile of sorted numbers; null for none. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summary(durations: number[]) {
  const sorted = [...durations].sort((a, b) => a - b);
  return { medianWorkingDays: percentile(sorted, 50), p95WorkingDays: percentile(sorted, 95) };
}

/**
 * Figures over the requests and tasks the caller may read, computed from the
 * projections: requests by status; per process how many finished and in how
 * many working days (median, p95) and their ratings; per handling
 * organisation (办理部门) how many requests it holds now and how many of those
 * are overdue (黄牌 or 红牌), and how fast it decided its tasks; the ratings
 * (好差评) overall. Each count of
 * requests is what `GET /requests` lists under the same filters (the
 * dashboard's click-through), so it counts the same fields the list filters by.
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

  const requests = await RequestProjectionModel.find(allOf(accessibleFilter(ability, 'read', 'Request'), narrow), {
    status: 1,
    processKey: 1,
    processName: 1,
    createdAt: 1,
    completedAt: 1,
    rating: 1,
    acceptingOrgId: 1,
    deadlineLevel: 1,
    handlingOrgIds: 1,
  }).lean();

  const byStatus: Record<string, number> = {};
  const departments = new Map<string, { durations: number[]; inProgress: number; overdue: number }>();
  const department = (orgId: string) => {
    const found = departments.get(orgId) ?? { durations: [], inProgress: 0, overdue: 0 };
    departments.set(orgId, found);
    return found;
  };
  const byDeadline: Record<string, number> = {};
  const accepting = new Map<string, { total: number; inProgress: number }>();
  const processes = new Map<string, { name: string; durations: number[]; grades: number[]; total: number }>();
  const grades: number[] = [];
  for (const request of requests) {
    byStatus[request.status] = (byStatus[request.status] ?? 0) + 1;
    if (request.deadlineLevel) byDeadline[request.deadlineLevel] = (byDeadline[request.deadlineLevel] ?? 0) + 1;
    if (request.acceptingOrgId) {
      const office = accepting.get(request.acceptingOrgId) ?? { total: 0, inProgress: 0 };
      office.total += 1;
      if (request.status === 'in_progress') office.inProgress += 1;
      accepting.set(request.acceptingOrgId, office);
    }
    const process = processes.get(request.processKey) ?? {
      name: localized(request.processName, language),
      durations: [],
      grades: [],
      total: 0,
    };
    process.total += 1;
    if (request.status === 'completed' && request.completedAt)
      process.durations.push(calendar.elapsedWorkingDays(request.createdAt, request.completedAt));
    if (request.rating) {
      process.grades.push(request.rating.grade);
      grades.push(request.rating.grade);
    }
    processes.set(request.processKey, process);
    // 办理部门: as the list's `handlingOrgId` filter (and, overdue, its `deadline=overdue`) counts it.
    for (const orgId of request.handlingOrgIds ?? []) {
      const holder = department(orgId);
      holder.inProgress += 1;
      if (request.deadlineLevel === 'yellow' || request.deadlineLevel === 'red') holder.overdue += 1;
    }
  }

  // How fast each department decided: its decided tasks the caller may read.
  const decided = await TaskProjectionModel.find(
    allOf(accessibleFilter(ability, 'read', 'Task'), narrow, { status: { $in: ['approved', 'rejected'] } }),
    { assigneeOrgId: 1, createdAt: 1, decidedAt: 1 },
  ).lean();
  for (const task of decided) {
    if (task.decidedAt)
      department(task.assigneeOrgId).durations.push(calendar.elapsedWorkingDays(task.createdAt, task.decidedAt));
  }
  const orgs = await OrganisationModel.find(
    { _id: { $in: [...new Set([...departments.keys(), ...accepting.keys()])] } },
    { name: 1, nameEn: 1 },
  ).lean();
  const readable = (processKey: string) => allOf(accessibleFilter(ability, 'read', 'Request'), narrow, { processKey });
  const projects = await RequestProjectionModel.find(readable(PROJECT_PROCESS_KEY), { data: 1, createdAt: 1 }).lean();
  const reports = await RequestProjectionModel.find(readable(GROWTH_POINT_PROCESS_KEY), {
    data: 1,
    stepData: 1,
  }).lean();
  const orgName = new Map(orgs.map((org) => [org._id, language === 'en' ? (org.nameEn ?? org.name) : org.name]));

  return {
    generatedAt: now,
    requests: { total: requests.length, byStatus, byDeadline },
    acceptingOrgs: [...accepting.entries()]
      .map(([orgId, office]) => ({ orgId, orgName: orgName.get(orgId) ?? orgId, ...office }))
      .sort((a, b) => b.total - a.total || a.orgId.localeCompare(b.orgId)),
    processes: [...processes.entries()]
      .map(([processKey, process]) => ({
        processKey,
        processName: process.name,
        total: process.total,
        completed: process.durations.length,
        ...summary(process.durations),
        ratings: ratingSummary(process.grades),
      }))
      .sort((a, b) => a.processKey.localeCompare(b.processKey)),
    departments: [...departments.entries()]
      .map(([orgId, department]) => ({
        orgId,
        orgName: orgName.get(orgId) ?? orgId,
        decided: department.durations.length,
        ...summary(department.durations),
        inProgress: department.inProgress,
        overdue: department.overdue,
      }))
      .sort((a, b) => b.overdue - a.overdue || b.inProgress - a.inProgress || a.orgId.localeCompare(b.orgId)),
    projects321: projects321(projects.map((project) => ({ ...project, data: readFormData(project.data) }))),
    growthPointReporting: growthPointReporting(
      reports.map((report) => ({ data: readFormData(report.data), stepData: readStepData(report.stepData) })),
    ),
    ratings: {
      ...ratingSummary(grades),
      byGrade: Object.fromEntries(
        [1, 2, 3, 4, 5].map((grade) => [String(grade), grades.filter((g) => g === grade).length]),
      ),
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

function ratingSummary(grades: number[]) {
  return {
    count: grades.length,
    average:
      grades.length > 0
        ? Math.round((grades.reduce((sum, grade) => sum + grade, 0) / grades.length) * 100) / 100
        : null,
  };
}
