import mongoose from 'mongoose';
import { OrganisationModel, organisationSearchGrams } from '../models/organisation';
import { RequestNumberModel } from '../models/request-number';
import { RequestProjectionModel } from '../models/request-projection';
import { TaskProjectionModel } from '../models/task-projection';

/** How many projections one pass of a data upgrade reads at a time. */
const BATCH = 500;

/**
 * Fills the accepting office (受理单位) of request projections written before
 * it was recorded, so 办件查询's office filter and the dashboard's per-office
 * figures count old requests too. The office is decided as a first write would
 * have: the one the 办件编号 was counted for, else the service window that
 * filed it (代办), else whoever held the first step, else the applicant's own.
 * Only projections still without one are written, so running it beside a
 * worker that writes new ones, or twice, changes nothing that is set.
 * Returns how many it filled.
 */
export async function fillAcceptingOffices(): Promise<number> {
  let filled = 0;
  let after = '';
  for (;;) {
    const missing = await RequestProjectionModel.find(
      { acceptingOrgId: { $exists: false }, _id: { $gt: after } },
      { _id: 1, filedBy: 1, applicantOrgId: 1 },
    )
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean();
    if (missing.length === 0) return filled;
    for (const request of missing) {
      const numbered = await RequestNumberModel.findOne({ requestId: request._id }, { orgId: 1 }).lean();
      const firstTask =
        numbered || request.filedBy
          ? null
          : await TaskProjectionModel.findOne({ requestId: request._id }, { assigneeOrgId: 1 })
              .sort({ createdAt: 1 })
              .lean();
      const acceptingOrgId =
        numbered?.orgId ?? request.filedBy?.orgId ?? firstTask?.assigneeOrgId ?? request.applicantOrgId;
      const { modifiedCount } = await RequestProjectionModel.updateOne(
        { _id: request._id, acceptingOrgId: { $exists: false } },
        { $set: { acceptingOrgId } },
      );
      filled += modifiedCount;
    }
    after = missing[missing.length - 1]!._id;
  }
}

/**
 * Gives organisations recorded before search by any part of a name their
 * `searchGrams`, without which a search box does not find them. Writes only
 * those without; returns how many it gave them to.
 */
export async function fillOrganisationSearchGrams(): Promise<number> {
  let filled = 0;
  let after = '';
  for (;;) {
    const missing = await OrganisationModel.find(
      { searchGrams: { $exists: false }, _id: { $gt: after } },
      { _id: 1, name: 1, nameEn: 1, creditCode: 1 },
    )
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean();
    if (missing.length === 0) return filled;
    for (const org of missing) {
      const { modifiedCount } = await OrganisationModel.updateOne(
        { _id: org._id, searchGrams: { $exists: false } },
        { $set: { searchGrams: organisationSearchGrams(org) } },
      );
      filled += modifiedCount;
    }
    after = missing[missing.length - 1]!._id;
  }
}

/**
 * Gives request projections written before the handling organisations (办理部门) were recorded
 * their `handlingOrgIds`: the organisations of their open task projections (by the tasks'
 * `requestId` index, one read per batch), none for a request nobody holds. Without it, 办件查询's
 * filter by handling organisation and the dashboard's per-department figures would miss requests
 * under way since before. Writes only projections still without the field (a worker's write of a
 * newer state sets it, and is kept), so it is safe beside a running worker and twice. Returns how
 * many it filled.
 */
export async function fillHandlingOrganisations(): Promise<number> {
  let filled = 0;
  let after = '';
  for (;;) {
    const missing = await RequestProjectionModel.find(
      { handlingOrgIds: { $exists: false }, _id: { $gt: after } },
      { _id: 1 },
    )
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean();
    if (missing.length === 0) return filled;
    const open = await TaskProjectionModel.find(
      { requestId: { $in: missing.map((request) => request._id) }, status: 'open' },
      { requestId: 1, assigneeOrgId: 1 },
    ).lean();
    const holders = new Map<string, Set<string>>();
    for (const task of open) {
      const orgs = holders.get(task.requestId) ?? new Set<string>();
      orgs.add(task.assigneeOrgId);
      holders.set(task.requestId, orgs);
    }
    for (const request of missing) {
      const { modifiedCount } = await RequestProjectionModel.updateOne(
        { _id: request._id, handlingOrgIds: { $exists: false } },
        { $set: { handlingOrgIds: [...(holders.get(request._id) ?? [])].sort() } },
      );
      filled += modifiedCount;
    }
    after = missing[missing.length - 1]!._id;
  }
}

/** Upgrades of stored data that this code relies on, by a name that never changes once released. */
const DATA_UPGRADES: readonly { name: string; run: () => Promise<unknown> }[] = [
  { name: '2026-12-accepting-office', run: fillAcceptingOffices },
  { name: '2026-12-organisation-search-grams', run: fillOrganisationSearchGrams },
  { name: '2026-12-handling-organisations', run: fillHandlingOrganisations },
];

/**
 * Runs each data upgrade this database has not had yet and marks it done in
 * `data_upgrades`, so a database kept from an earlier release (a `DATA_DIR`,
 * a production MongoDB) reads as if this code had written it, at the cost of
 * one lookup per start once done. Upgrades are idempotent: the API and the
 * worker may start together and both run one. Returns the names it ran.
 */
export async function upgradeStoredData(): Promise<string[]> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('upgradeStoredData needs a connected store');
  const done = db.collection<{ _id: string; doneAt: Date }>('data_upgrades');
  const ran: string[] = [];
  for (const upgrade of DATA_UPGRADES) {
    if (await done.findOne({ _id: upgrade.name })) continue;
    await upgrade.run();
    await done.updateOne({ _id: upgrade.name }, { $setOnInsert: { doneAt: new Date() } }, { upsert: true });
    ran.push(upgrade.name);
  }
  return ran;
}
