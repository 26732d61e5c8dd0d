import { allOf, OrganisationModel, RequestProjectionModel, UserModel } from '@tongban/store';
import { growthPointRequestId } from '@tongban/workflows';
import type { Response } from 'express';
import type { z } from 'zod';
import { accessibleFilter } from '../auth/accessible-filter';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import { chinaDateTime, streamXlsx, type XlsxColumn } from '../exports/stream-xlsx';
import { labelOf, REQUEST_STATUS_LABELS } from '../exports/status-labels';
import type { growthPointReportsQuery } from '../http/export-schemas';
import type { Language } from '../http/language';

/** One monitored enterprise in one month's round. */
interface EnterpriseReport {
  orgName: string;
  creditCode?: string;
  groupName: string;
  officials: string;
  reportMonth: string;
  request?: { id: string; number?: string; status: string; reportedAt?: string };
}

const COLUMNS: readonly XlsxColumn<EnterpriseReport>[] = [
  { zh: '企业名称', en: 'Enterprise', width: 30, value: (row) => row.orgName },
  { zh: '统一社会信用代码', en: 'Credit code', width: 22, value: (row) => row.creditCode },
  { zh: '包保组', en: 'Supervision group', width: 22, value: (row) => row.groupName },
  { zh: '包保责任人', en: 'Responsible official', width: 14, value: (row) => row.officials },
  { zh: '报送月份', en: 'Report month', width: 10, value: (row) => row.reportMonth },
  {
    zh: '是否已报送',
    en: 'Reported',
    width: 10,
    value: (row, language) => {
      const reported = row.request?.reportedAt !== undefined;
      return language === 'en' ? (reported ? 'Yes' : 'No') : reported ? '已报送' : '未报送';
    },
  },
  { zh: '报送时间', en: 'Reported at', width: 20, value: (row) => chinaDateTime(row.request?.reportedAt) },
  {
    zh: '办件编号',
    en: 'Request number',
    width: 30,
    value: (row) => row.request?.number ?? row.request?.id,
  },
  {
    zh: '办件状态',
    en: 'Request status',
    width: 12,
    value: (row, language) =>
      row.request
        ? labelOf(REQUEST_STATUS_LABELS, row.request.status, language)
        : language === 'en'
          ? 'Not opened'
          : '未开启',
  },
];

/** Report requests read per query: an `_id` list the primary key serves. */
const BATCH = 200;

/**
 * `GET /stats/growth-point-reports/export.xlsx`: 重大增长点监测 for one report
 * month: every monitored enterprise, whether its report is in and when, its
 * 包保组 and that group's leader (包保责任人). For those who chase missing
 * reports across the city (督办, administrators): to anyone else most rows
 * would read “not reported” for want of permission, so they get 403.
 */
export async function exportGrowthPointReportsXlsx(
  ability: AppAbility,
  { reportMonth }: z.output<typeof growthPointReportsQuery>,
  language: Language,
  res: Response,
): Promise<void> {
  if (!ability.can('supervise', 'Request')) throw new ApiError('FORBIDDEN');
  // The monitored set is the seed's 306 enterprises in 34 groups: small enough to hold, sorted by id (= by group).
  const enterprises = await OrganisationModel.find(
    { 'growthPoint.groupId': { $exists: true } },
    { name: 1, nameEn: 1, creditCode: 1, growthPoint: 1 },
  )
    .sort({ _id: 1 })
    .lean();
  const groupIds = [...new Set(enterprises.map((org) => org.growthPoint!.groupId))];
  const [groups, officials] = await Promise.all([
    OrganisationModel.find({ _id: { $in: groupIds } }, { name: 1, nameEn: 1 }).lean(),
    UserModel.find({ orgId: { $in: groupIds }, roles: 'leader', active: true }, { displayName: 1, orgId: 1 })
      .sort({ displayName: 1 })
      .lean(),
  ]);
  const nameOf = (org: { name: string; nameEn?: string }) => (language === 'en' ? (org.nameEn ?? org.name) : org.name);
  const groupName = new Map(groups.map((group) => [group._id, nameOf(group)]));
  const officialsOf = new Map<string, string[]>();
  for (const official of officials)
    officialsOf.set(official.orgId, [...(officialsOf.get(official.orgId) ?? []), official.displayName]);

  async function* rows(): AsyncIterable<EnterpriseReport> {
    for (let start = 0; start < enterprises.length; start += BATCH) {
      const batch = enterprises.slice(start, start + BATCH);
      const reports = await RequestProjectionModel.find(
        allOf(accessibleFilter(ability, 'read', 'Request'), {
          _id: { $in: batch.map((org) => growthPointRequestId(reportMonth, org._id)) },
        }),
        { number: 1, status: 1, steps: 1, completedAt: 1, applicantOrgId: 1 },
      ).lean();
      const reportOf = new Map(reports.map((report) => [report.applicantOrgId, report]));
      for (const org of batch) {
        const groupId = org.growthPoint!.groupId;
        const report = reportOf.get(org._id);
        yield {
          orgName: nameOf(org),
          ...(org.creditCode ? { creditCode: org.creditCode } : {}),
          groupName: groupName.get(groupId) ?? groupId,
          officials: (officialsOf.get(groupId) ?? []).join('、'),
          reportMonth,
          ...(report
            ? {
                request: {
                  id: report._id,
                  ...(report.number ? { number: report.number } : {}),
                  status: report.status,
                  ...reportedAt(report),
                },
              }
            : {}),
        };
      }
    }
  }

  await streamXlsx(res, {
    fileStem: `growth-point-${reportMonth}`,
    sheetName: { zh: `${reportMonth} 报送情况`, en: `${reportMonth} reports` },
    columns: COLUMNS,
    rows: rows(),
    language,
  });
}

const FILLED = new Set(['approved', 'completed']);

/**
 * When the report came in: the end of the 填报 step the enterprise (or, after
 * escalation, its official) filled. A request closed otherwise (withdrawn) has no report.
 */
function reportedAt(report: {
  status: string;
  completedAt?: string;
  steps: { type: string; status: string; endedAt?: string }[];
}): { reportedAt?: string } {
  if (report.status !== 'completed') return {};
  const filled = report.steps.find((step) => step.type === 'fill' && FILLED.has(step.status));
  const at = filled?.endedAt ?? report.completedAt;
  return at ? { reportedAt: at } : {};
}
