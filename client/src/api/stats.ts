import { queryOptions } from '@tanstack/react-query';
import { api } from './api';

/** `GET /stats`: figures over what the caller may read; durations in official working days. */
export interface Stats {
  generatedAt: string;
  /** `byDeadline`: running requests by how late they are (on_time, reminded, yellow, red). */
  requests: { total: number; byStatus: Record<string, number>; byDeadline: Record<string, number> };
  /** Requests per accepting office (受理单位), most first. */
  acceptingOrgs: { orgId: string; orgName: string; total: number; inProgress: number }[];
  processes: {
    processKey: string;
    processName: string;
    total: number;
    completed: number;
    medianWorkingDays: number | null;
    p95WorkingDays: number | null;
    ratings: { count: number; average: number | null };
  }[];
  departments: {
    orgId: string;
    orgName: string;
    decided: number;
    medianWorkingDays: number | null;
    p95WorkingDays: number | null;
    open: number;
    overdue: number;
  }[];
  ratings: { count: number; average: number | null; byGrade: Record<string, number> };
  /** “321”: projects signed, started and in production, in all and per day filed. */
  projects321: {
    byStage: { signed: number; started: number; inProduction: number };
    byDay: { date: string; signed: number; started: number; inProduction: number }[];
  };
  /** 重大增长点监测: reports opened and submitted per report month, newest first. */
  growthPointReporting: { month: string; expected: number; reported: number; rate: number | null }[];
}

export function statsQuery(filter: { processKey?: string; from?: string; to?: string }) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const query = params.toString();
  return queryOptions({
    queryKey: ['stats', filter],
    queryFn: () => api<Stats>(`/stats${query ? `?${query}` : ''}`),
  });
}
