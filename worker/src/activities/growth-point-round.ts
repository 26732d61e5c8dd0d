import {
  OrganisationModel,
  parseDefinition,
  ProcessVersionModel,
  TaskProjectionModel,
  UserModel,
} from '@tongban/store';
import {
  GROWTH_POINT_PROCESS_KEY,
  growthPointRequestId,
  type GrowthPointActivities,
  type GrowthPointReportRequest,
  type ProcessDefinition,
} from '@tongban/workflows';

/**
 * Reads what the monthly growth-point round needs in three queries: the
 * newest published process, the monitored enterprises with their 包保组, and
 * each enterprise's first active applicant (who files the report).
 */
export const prepareGrowthPointRound: GrowthPointActivities['prepareGrowthPointRound'] = async ({ reportMonth }) => {
  const [latest] = await ProcessVersionModel.find({ key: GROWTH_POINT_PROCESS_KEY, status: 'published' })
    .sort({ version: -1 })
    .limit(1)
    .lean();
  if (!latest) return { definition: null, requests: [] };
  const definition = parseDefinition<ProcessDefinition>(latest);
  const enterprises = await OrganisationModel.find(
    { 'growthPoint.groupId': { $exists: true } },
    { name: 1, creditCode: 1, growthPoint: 1 },
  )
    .sort({ _id: 1 })
    .lean();
  const groupIds = [...new Set(enterprises.map((org) => org.growthPoint!.groupId))];
  const groups = await OrganisationModel.find({ _id: { $in: groupIds } }, { name: 1 }).lean();
  const groupNames = new Map(groups.map((group) => [group._id, group.name]));
  const reporters = await UserModel.find(
    { orgId: { $in: enterprises.map((org) => org._id) }, roles: 'applicant', active: true },
    { displayName: 1, orgId: 1, username: 1 },
  )
    .sort({ username: 1 })
    .lean();
  const reporterOf = new Map<string, (typeof reporters)[number]>();
  for (const user of reporters) if (!reporterOf.has(user.orgId)) reporterOf.set(user.orgId, user);

  const requests: GrowthPointReportRequest[] = [];
  for (const org of enterprises) {
    const reporter = reporterOf.get(org._id);
    // Nobody to report: nothing to open (the dashboard shows the enterprise as unreported).
    if (!reporter) continue;
    const groupId = org.growthPoint!.groupId;
    requests.push({
      requestId: growthPointRequestId(reportMonth, org._id),
      applicant: { userId: reporter._id, displayName: reporter.displayName, orgId: org._id, orgName: org.name },
      data: {
        enterpriseName: org.name,
        creditCode: org.creditCode ?? '',
        reportMonth,
        supervisionGroupId: groupId,
        supervisionGroupName: groupNames.get(groupId) ?? groupId,
      },
    });
  }
  return { definition, requests };
};

/** Polls until every request has a task projected, or the time is up. */
export const awaitReportRequests: GrowthPointActivities['awaitReportRequests'] = async ({ requestIds, timeoutMs }) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const projected = await TaskProjectionModel.distinct('requestId', { requestId: { $in: requestIds } });
    if (projected.length >= requestIds.length) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};
