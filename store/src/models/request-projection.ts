import { Schema, model } from 'mongoose';
import type { ClockLevel, Party, ProcessState, RequestStatus, StepState, TimelineEntry } from '@tongban/workflows';

/**
 * What the API reads about a request, written by the worker from workflow
 * state. The workflow is the source of truth; `revision` orders the writes.
 * Stored as `StoredRequestProjection`; `readRequestProjection` turns one into this.
 */
export interface RequestProjection {
  _id: string;
  /**
   * 办件编号 as offices write it (`云梦招商-20261202-0001`), allocated once by
   * the first write (see `allocateRequestNumber`); absent on requests filed
   * before numbers existed. The `_id` stays the key for the API and URLs.
   */
  number?: string;
  revision: number;
  processKey: string;
  processVersion: number;
  processName: { zh: string; en?: string };
  formKey: string;
  formVersion: number;
  status: RequestStatus;
  applicant: Party;
  applicantOrgId: string;
  /**
   * The accepting office (受理单位), whose prefix opens the 办件编号: the service
   * window's department when a clerk filed it (代办), else the organisation
   * holding the process's first step. Set by the first write; absent on
   * requests projected before it existed.
   */
  acceptingOrgId?: string;
  /** 窗口受理 / 代办: the window clerk who filed it for the applicant (from `window_filings`). */
  filedBy?: Party;
  data: Record<string, unknown>;
  /** What each fill (填报) step's party submitted, by step id. */
  stepData: Record<string, Record<string, unknown>>;
  steps: StepState[];
  currentStepIds: string[];
  timeline: TimelineEntry[];
  /**
   * How many entries the request's audit chain holds once this write's are
   * appended (they are appended right after it): the chain's anchor, so
   * removing its last entries is noticed. Absent on projections written before it.
   */
  auditLength?: number;
  /** Everyone who holds or held a task: they may read the request. */
  participantIds: string[];
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
  /** The whole request's clock (办结时限), when its process has one. */
  /** `atRisk`: the working days left cannot hold the steps to come (时限预警), raised once by the engine. */
  deadline?: { dueAt: string; level: string; paused: boolean; atRisk?: true };
  /** After 办结: until when the applicant may rate, and the rating (好差评). */
  ratingOpenUntil?: string;
  rating?: ProcessState['rating'];
  aftercare?: ProcessState['aftercare'];
  /** 督办: flagged by a supervisor. */
  flagged?: boolean;
  /**
   * How late a running request is: the worst level of its own clock and the
   * clocks of the steps under way (on_time < reminded < yellow 黄牌 < red 红牌).
   * Absent once it has ended, or when nothing of it runs on a clock. A top-level
   * string, so the 办件查询 filter by it is an index read.
   */
  deadlineLevel?: ClockLevel;
  /**
   * The organisations holding an open task of the request now (办理部门), each once: empty when
   * nobody has one (it has ended, or waits for the applicant). The 办件查询 filter by handling
   * organisation and the dashboard's per-department figures read it, so a figure and the list it
   * opens count the same requests. Absent on projections written before it, until the data
   * upgrade fills them (`fillHandlingOrganisations`).
   */
  handlingOrgIds?: string[];
  /** The same holders as plain fields the dashboard counts by index (`holderSlots`). */
  handlingOrgId1?: string | null;
  handlingOrgId2?: string | null;
  handlingOrgId3?: string | null;
  handlingOrgIdsBeyond?: string[];
  /**
   * Figures the dashboard counts rather than reads (`percentilesByCount`): the working days from
   * filing to 办结 (`workingDaysKey`, set with `completedAt`) and the rating's grade as a string
   * (`'1'`–`'5'`). Top-level strings, so they are counted by index under FerretDB too.
   */
  completedWorkingDays?: string;
  ratingGrade?: string;
}

/**
 * Form data as a request projection stores it: JSON text. Valid form data may
 * hold what a document database refuses as a document — nested arrays, keys
 * with `.` or a leading `$`, NUL inside a string (PostgreSQL's jsonb) — while
 * text it always takes. Nothing filters or sorts by form data in the database.
 * Projections written before 2026-12 hold the object itself: readers accept both.
 */
export type StoredFormData = string | Record<string, unknown>;

/** A request projection as the `requests` collection holds it. */
export interface StoredRequestProjection extends Omit<RequestProjection, 'data' | 'stepData'> {
  data: StoredFormData;
  /** What each fill step submitted, by step id, as one JSON text (an object in older documents). */
  stepData?: StoredFormData;
}

const requestProjectionSchema = new Schema<StoredRequestProjection>(
  {
    _id: { type: String, required: true },
    number: String,
    revision: { type: Number, required: true },
    processKey: { type: String, required: true },
    processVersion: { type: Number, required: true },
    processName: { type: Schema.Types.Mixed, required: true },
    formKey: { type: String, required: true },
    formVersion: { type: Number, required: true },
    status: { type: String, required: true },
    applicant: { type: Schema.Types.Mixed, required: true },
    applicantOrgId: { type: String, required: true },
    acceptingOrgId: String,
    filedBy: { type: Schema.Types.Mixed },
    data: { type: Schema.Types.Mixed, required: true },
    stepData: { type: Schema.Types.Mixed, default: {} },
    steps: { type: Schema.Types.Mixed, required: true },
    currentStepIds: { type: [String], required: true },
    timeline: { type: Schema.Types.Mixed, required: true },
    auditLength: Number,
    participantIds: { type: [String], required: true },
    createdAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
    completedAt: String,
    deadline: { type: Schema.Types.Mixed },
    ratingOpenUntil: String,
    rating: { type: Schema.Types.Mixed },
    aftercare: String,
    flagged: Boolean,
    deadlineLevel: String,
    handlingOrgIds: { type: [String], default: undefined },
    handlingOrgId1: String,
    handlingOrgId2: String,
    handlingOrgId3: String,
    handlingOrgIdsBeyond: { type: [String], default: undefined },
    completedWorkingDays: String,
    ratingGrade: String,
  },
  { versionKey: false, minimize: false },
);
requestProjectionSchema.index({ applicantOrgId: 1, createdAt: -1 });
// The dashboard's figures, each an index count: how long 办结 took per process, and ratings per grade.
requestProjectionSchema.index({ processKey: 1, completedWorkingDays: 1 });
requestProjectionSchema.index({ completedWorkingDays: 1 });
requestProjectionSchema.index({ ratingGrade: 1, processKey: 1 });
// 沿用上次填写: an organisation's newest request of one process.
requestProjectionSchema.index({ applicantOrgId: 1, processKey: 1, createdAt: -1 });
requestProjectionSchema.index({ status: 1, processKey: 1 });
// The API's change feed (GET /events) asks for what changed lately.
requestProjectionSchema.index({ updatedAt: 1 });
// A search by a whole 办件编号 (one equality), from anyone who may read every request.
requestProjectionSchema.index({ number: 1 });
// What a handler may read: the requests they took part in (an array field).
requestProjectionSchema.index({ participantIds: 1, createdAt: -1 });
// 办件查询 across the city, newest first: each of its filters is an index range in the list's
// order (and its creation-date range one of the first), so a page and its count stay index reads
// however many requests the city holds.
requestProjectionSchema.index({ createdAt: -1, _id: 1 });
requestProjectionSchema.index({ processKey: 1, createdAt: -1 });
requestProjectionSchema.index({ status: 1, createdAt: -1 });
requestProjectionSchema.index({ acceptingOrgId: 1, createdAt: -1 });
requestProjectionSchema.index({ deadlineLevel: 1, createdAt: -1 });
// 办理部门: the requests an organisation holds an open task of (an array: multikey in MongoDB, GIN in FerretDB).
requestProjectionSchema.index({ handlingOrgIds: 1, createdAt: -1 });
// The dashboard's per-department counts (holder-slots.ts).
requestProjectionSchema.index({ handlingOrgId1: 1, deadlineLevel: 1 });
requestProjectionSchema.index({ handlingOrgId2: 1, deadlineLevel: 1 });
requestProjectionSchema.index({ handlingOrgId3: 1, deadlineLevel: 1 });
requestProjectionSchema.index({ handlingOrgIdsBeyond: 1 });
// 我代办的: what a window clerk filed (what their read rule names, too).
requestProjectionSchema.index({ 'filedBy.userId': 1, createdAt: -1 });

export const RequestProjectionModel = model<StoredRequestProjection>(
  'RequestProjection',
  requestProjectionSchema,
  'requests',
);
