import { defineEndpoint } from '../http/endpoint';
import { computeStats } from './compute-stats';
import { z } from 'zod';
import { statsQuery } from '../http/stats-schemas';

const days = z
  .number()
  .nullable()
  .meta({ description: 'Working days (official calendar); null when there is nothing to measure' });
const ratings = z.strictObject({
  count: z.number().int(),
  average: z.number().nullable().meta({ description: '1–5, two decimals; null without ratings' }),
});

export const statsSchema = z
  .strictObject({
    generatedAt: z.iso.datetime({ offset: true }),
    requests: z.strictObject({
      total: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()).meta({ description: 'in_progress, returned, completed, …' }),
      byDeadline: z.record(z.string(), z.number().int()).meta({
        description:
          'Running requests by how late they are (the worst clock under way): on_time, reminded, yellow 黄牌, red 红牌; the list’s `deadline` filter',
      }),
    }),
    acceptingOrgs: z
      .array(
        z.strictObject({
          orgId: z.string(),
          orgName: z.string(),
          total: z.number().int(),
          inProgress: z.number().int(),
        }),
      )
      .meta({ description: 'Requests per accepting office (受理单位), most first: the list’s `orgId` filter' }),
    processes: z.array(
      z.strictObject({
        processKey: z.string(),
        processName: z.string(),
        total: z.number().int(),
        completed: z.number().int(),
        medianWorkingDays: days.meta({ description: 'From submission to 办结, completed requests' }),
        p95WorkingDays: days,
        ratings,
      }),
    ),
    departments: z
      .array(
        z.strictObject({
          orgId: z.string(),
          orgName: z.string(),
          decided: z.number().int().meta({ description: 'Tasks decided (approved or rejected)' }),
          medianWorkingDays: days.meta({ description: 'From a task’s assignment to its decision' }),
          p95WorkingDays: days,
          inProgress: z.number().int().meta({
            description:
              'Requests the organisation handles now (one of its people holds an open task): the list’s `handlingOrgId` filter',
          }),
          overdue: z.number().int().meta({
            description: 'Of those, the ones 黄牌 or 红牌: the list’s `handlingOrgId` with `deadline=overdue`',
          }),
        }),
      )
      .meta({
        description:
          'Per handling organisation (办理部门), most overdue first: the requests it holds and how fast it decided its tasks',
      }),
    ratings: ratings.extend({ byGrade: z.record(z.string(), z.number().int()).meta({ description: '"1"…"5"' }) }),
    projects321: z
      .strictObject({
        byStage: z.strictObject({
          signed: z.number().int(),
          started: z.number().int(),
          inProduction: z.number().int(),
        }),
        byDay: z
          .array(
            z.strictObject({
              date: z.string().meta({ description: 'China date' }),
              signed: z.number().int(),
              started: z.number().int(),
              inProduction: z.number().int(),
            }),
          )
          .meta({ description: 'Projects filed each day, by the stage they reported, oldest first' }),
      })
      .meta({ description: '“321”: projects signed (签约), started (开工) and in production (投产)' }),
    growthPointReporting: z
      .array(
        z.strictObject({
          month: z.string().meta({ examples: ['2026-11'] }),
          expected: z.number().int().meta({ description: 'Monthly report requests opened' }),
          reported: z.number().int().meta({ description: 'Of those, the enterprise has submitted' }),
          rate: z.number().nullable().meta({ description: 'reported / expected, two decimals' }),
        }),
      )
      .meta({ description: '重大增长点监测: the reporting rate per report month, newest first' }),
  })
  .meta({ description: 'Figures over what the caller may read' });

export const STATS_ENDPOINTS = [
  defineEndpoint({
    method: 'GET',
    path: '/stats',
    operationId: 'getStats',
    tag: 'requests',
    auth: 'session',
    summary: {
      zh: '统计：按状态的办件数、各事项与各部门的办理时长（中位数、P95 工作日）、超期与好差评',
      en: 'Figures: requests by status, working days per process and department (median, p95), overdue, ratings',
    },
    description: {
      zh: '只统计调用者可查看的办件与任务（企业看本单位，办理人员看经手的，督办与管理员看全部）。按法定工作日（含调休）计。',
      en: 'Counts only what the caller may read (an enterprise its own requests, staff what they handled, supervisors and admins everything). Durations in official working days (调休 included).',
    },
    query: statsQuery,
    responses: { 200: { description: { zh: '统计', en: 'The figures' }, schema: statsSchema } },
    errors: ['UNAUTHENTICATED', 'VALIDATION_FAILED'],
    handler: ({ ability, query, language }) => computeStats(ability, query, language),
  }),
];
