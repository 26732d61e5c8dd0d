import mongoose, { type Model } from 'mongoose';
import { OrganisationModel, organisationSearchGrams, type Organisation } from '../models/organisation';
import { RequestNumberModel } from '../models/request-number';
import { RequestProjectionModel, type RequestProjection } from '../models/request-projection';
import { TaskProjectionModel, type TaskProjection } from '../models/task-projection';
import { holderSlots } from '../projections/holder-slots';
import type { Filter } from '../queries/all-of';
import { workingDaysTaken } from '../projections/working-days-taken';

/** How many documents one pass of a data upgrade reads at a time. */
const BATCH = 500;

/** What an upgrade sets on each document of a batch, once it has read what the batch needs. */
type FillBatch<D> = (
  batch: D[],
) => Promise<(document: D) => Promise<Record<string, unknown>> | Record<string, unknown>>;

/**
 * The loop every data upgrade shares: the documents `missing` matches (those still without what
 * the upgrade gives), a batch at a time in `_id` order, each given what `fill` says. The update
 * repeats `missing`, so a worker that wrote a newer state meanwhile keeps it, and running an
 * upgrade beside a worker, or twice, changes nothing set. Returns how many documents it filled.
 */
async function fillMissing<D extends { _id: string }>(
  model: Model<any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- each upgrade's own model
  missing: Filter,
  fields: Record<string, 1>,
  fill: FillBatch<D>,
): Promise<number> {
  let filled = 0;
  let after = '';
  for (;;) {
    const batch = (await model
      .find({ ...missing, _id: { $gt: after } }, { _id: 1, ...fields })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean()) as unknown as D[];
    if (batch.length === 0) return filled;
    const valuesOf = await fill(batch);
    for (const document of batch) {
      const { modifiedCount } = await model.updateOne(
        { ...missing, _id: document._id },
        { $set: await valuesOf(document) },
      );
      filled += modifiedCount;
    }
    after = batch[batch.length - 1]!._id;
  }
}

/**
 * Fills the accepting office (受理单位) of request projections written before
 * it was recorded, so 办件查询's office filter and the dashboard's per-office
 * figures count old requests too. The office is decided as a first write would
 * have: the one the 办件编号 was counted for, else the service window that
 * filed it (代办), else whoever held the first step, else the applicant's own.
 */
export function fillAcceptingOffices(): Promise<number> {
  type Stored = Pick<RequestProjection, '_id' | 'filedBy' | 'applicantOrgId'>;
  return fillMissing<Stored>(
    RequestProjectionModel,
    { acceptingOrgId: { $exists: false } },
    { filedBy: 1, applicantOrgId: 1 },
    async () => async (request) => {
      const numbered = await RequestNumberModel.findOne({ requestId: request._id }, { orgId: 1 }).lean();
      const firstTask =
        numbered || request.filedBy
          ? null
          : await TaskProjectionModel.findOne({ requestId: request._id }, { assigneeOrgId: 1 })
              .sort({ createdAt: 1 })
              .lean();
      return {
        acceptingOrgId: numbered?.orgId ?? request.filedBy?.orgId ?? firstTask?.assigneeOrgId ?? request.applicantOrgId,
      };
    },
  );
}

/**
 * Gives organisations recorded before search by any part of a name their
 * `searchGrams`, without which a search box does not find them.
 */
export function fillOrganisationSearchGrams(): Promise<number> {
  type Stored = Pick<Organisation, '_id' | 'name' | 'nameEn' | 'creditCode'>;
  return fillMissing<Stored>(
    OrganisationModel,
    { searchGrams: { $exists: false } },
    { name: 1, nameEn: 1, creditCode: 1 },
    async () => (org) => ({ searchGrams: organisationSearchGrams(org) }),
  );
}

/**
 * Gives request projections written before the handling organisations (办理部门) were recorded
 * their `handlingOrgIds`: the organisations of their open task projections (by the tasks'
 * `requestId` index, one read per batch), none for a request nobody holds. Without it, 办件查询's
 * filter by handling organisation and the dashboard's per-department figures would miss requests
 * under way since before.
 */
export function fillHandlingOrganisations(): Promise<number> {
  return fillMissing<{ _id: string }>(
    RequestProjectionModel,
    { handlingOrgIds: { $exists: false } },
    {},
    async (batch) => {
      const open = await TaskProjectionModel.find(
        { requestId: { $in: batch.map((request) => request._id) }, status: 'open' },
        { requestId: 1, assigneeOrgId: 1 },
      ).lean();
      const holders = new Map<string, Set<string>>();
      for (const task of open) {
        const orgs = holders.get(task.requestId) ?? new Set<string>();
        orgs.add(task.assigneeOrgId);
        holders.set(task.requestId, orgs);
      }
      return (request) => ({ handlingOrgIds: [...(holders.get(request._id) ?? [])].sort() });
    },
  );
}

/**
 * Gives request projections that record their holders (`handlingOrgIds`) but
 * not yet as the fields the dashboard counts (`holderSlots`) those fields;
 * without them the dashboard's per-department figures leave them out.
 */
export function fillHolderSlots(): Promise<number> {
  type Stored = Pick<RequestProjection, '_id' | 'handlingOrgIds'>;
  return fillMissing<Stored>(
    RequestProjectionModel,
    { handlingOrgIds: { $exists: true }, handlingOrgId1: { $exists: false } },
    { handlingOrgIds: 1 },
    async () => (request) => holderSlots(request.handlingOrgIds ?? []),
  );
}

/**
 * Gives projections written before the dashboard counted its figures by index what it counts:
 * finished requests the working days they took (`completedWorkingDays`), rated ones their grade
 * as a string (`ratingGrade`), decided tasks the working days to their decision
 * (`decidedWorkingDays`). Without them the dashboard would leave those requests and tasks out of
 * its durations and ratings.
 */
export async function fillFigureFields(): Promise<number> {
  type Finished = Pick<RequestProjection, '_id' | 'createdAt' | 'completedAt'>;
  type Rated = Pick<RequestProjection, '_id' | 'rating'>;
  type Decided = Pick<TaskProjection, '_id' | 'createdAt' | 'decidedAt'>;
  // Stored projections keep no calendar changes: their durations count on the official calendar.
  const finished = await fillMissing<Finished>(
    RequestProjectionModel,
    { completedAt: { $exists: true }, completedWorkingDays: { $exists: false } },
    { createdAt: 1, completedAt: 1 },
    async () => (request) => ({ completedWorkingDays: workingDaysTaken(request.createdAt, request.completedAt!) }),
  );
  const rated = await fillMissing<Rated>(
    RequestProjectionModel,
    { rating: { $exists: true }, ratingGrade: { $exists: false } },
    { rating: 1 },
    async () => (request) => ({ ratingGrade: String(request.rating!.grade) }),
  );
  const decided = await fillMissing<Decided>(
    TaskProjectionModel,
    { decidedAt: { $exists: true }, decidedWorkingDays: { $exists: false } },
    { createdAt: 1, decidedAt: 1 },
    async () => (task) => ({ decidedWorkingDays: workingDaysTaken(task.createdAt, task.decidedAt!) }),
  );
  return finished + rated + decided;
}

/** Upgrades of stored data that this code relies on, by a name that never changes once released. */
const DATA_UPGRADES: readonly { name: string; run: () => Promise<unknown> }[] = [
  { name: '2026-12-accepting-office', run: fillAcceptingOffices },
  { name: '2026-12-organisation-search-grams', run: fillOrganisationSearchGrams },
  { name: '2026-12-handling-organisations', run: fillHandlingOrganisations },
  { name: '2026-12-figure-fields', run: fillFigureFields },
  { name: '2026-12-holder-slots', run: fillHolderSlots },
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
