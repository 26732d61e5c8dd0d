import {
  DefinitionRevisionModel,
  definitionVersionId,
  FormVersionModel,
  isDuplicateKeyError,
  ProcessVersionModel,
  type DefinitionStatus,
  type FormVersion,
  containsText,
} from '@tongban/store';
import { validateProcessDefinition } from '@tongban/workflows';
import type { FieldError } from '@tongban/forms';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { administrativeChange } from '../audit/record-administration';
import { ApiError } from '../errors/api-error';
import { EXPORT_FORMATS, type DefinitionKind } from '../http/definition-schemas';
import { localized, type Language } from '../http/language';
import { validateFormDefinition } from './validate-form-definition';
import { pinFormDictionaries } from '../dictionaries/pin-form-dictionaries';

/** One stored version, whichever the kind: both collections share the shape. */
type StoredVersion = Omit<FormVersion, '__definition'> & { createdAt?: Date; updatedAt?: Date };
type JsonObject = Record<string, unknown>;

// Both collections share the shape; the form model's type stands for both.
type VersionModel = typeof FormVersionModel;
const MODELS: Record<DefinitionKind, VersionModel> = {
  forms: FormVersionModel,
  processes: ProcessVersionModel as unknown as VersionModel,
};

/** A version as the designers see it. */
function toVersionView(kind: DefinitionKind, stored: StoredVersion) {
  return {
    kind,
    key: stored.key,
    version: stored.version,
    status: stored.status,
    revision: stored.revision ?? 1,
    definition: JSON.parse(stored.definitionJson) as JsonObject,
    ...(stored.createdAt ? { createdAt: stored.createdAt.toISOString() } : {}),
    ...(stored.updatedAt ? { updatedAt: stored.updatedAt.toISOString() } : {}),
    ...(stored.publishedAt ? { publishedAt: stored.publishedAt.toISOString() } : {}),
    ...(stored.archivedAt ? { archivedAt: stored.archivedAt.toISOString() } : {}),
    ...(stored.updatedBy ? { updatedBy: stored.updatedBy } : {}),
  };
}
export type DefinitionVersionView = ReturnType<typeof toVersionView>;

/** The designers' API is for administrators (all of it) and supervisors (reading). */
export function requireDesigner(ability: AppAbility, write: boolean): void {
  if (!ability.can(write ? 'manage' : 'read', 'Definition')) throw new ApiError('FORBIDDEN');
}

/** The display name inside a definition: a form's title, a process's name. */
function definitionName(definition: JsonObject, language: Language): string {
  const name = (definition.title ?? definition.name) as { zh?: unknown; en?: unknown } | undefined;
  if (typeof name?.zh !== 'string') return '';
  return localized({ zh: name.zh, ...(typeof name.en === 'string' ? { en: name.en } : {}) }, language);
}

/** Every key of a kind with its versions, newest first; filtered by status or by part of the key or name. */
export async function listDefinitions(
  ability: AppAbility,
  kind: DefinitionKind,
  query: { status?: DefinitionStatus; q?: string },
  language: Language,
) {
  requireDesigner(ability, false);
  const stored = await MODELS[kind].find({}).sort({ key: 1, version: -1 }).lean();
  const byKey = new Map<string, StoredVersion[]>();
  for (const version of stored) byKey.set(version.key, [...(byKey.get(version.key) ?? []), version]);
  const pattern = query.q ? containsText(query.q) : null;
  const items = [...byKey.entries()].map(([key, versions]) => ({
    key,
    name: definitionName(JSON.parse(versions[0]!.definitionJson) as JsonObject, language),
    versions: versions.map((version) => ({
      version: version.version,
      status: version.status,
      revision: version.revision ?? 1,
      ...(version.updatedAt ? { updatedAt: version.updatedAt.toISOString() } : {}),
    })),
  }));
  return {
    items: items.filter(
      (item) =>
        (!query.status || item.versions.some((version) => version.status === query.status)) &&
        (!pattern || pattern.test(item.key) || pattern.test(item.name)),
    ),
  };
}

export async function getDefinitionVersion(
  ability: AppAbility,
  kind: DefinitionKind,
  key: string,
  version: number,
): Promise<DefinitionVersionView> {
  requireDesigner(ability, false);
  return toVersionView(kind, await findVersion(kind, key, version));
}

/**
 * A new draft: the next version of its key (version 1 of a new key). The
 * server sets `version`; what the designer sends is kept as it is, checked in
 * full only when published.
 */
export async function createDraft(
  ability: AppAbility,
  user: CurrentUser,
  kind: DefinitionKind,
  definition: JsonObject & { key: string },
): Promise<DefinitionVersionView> {
  requireDesigner(ability, true);
  const created = await definitionChange(user, kind, 'definition_draft_created', newVersion(definition), async () => {
    const stored = await insertDraft(user, kind, definition);
    return { stored, detail: { revision: stored.revision ?? 1 } };
  });
  return toVersionView(kind, created);
}

/** Inserts the next version of the key as a draft. */
async function insertDraft(
  user: CurrentUser,
  kind: DefinitionKind,
  definition: JsonObject & { key: string },
): Promise<StoredVersion> {
  const model = MODELS[kind];
  // Two designers creating at once both pick the same number; the unique _id lets one win, the other retries.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const [latest] = await model.find({ key: definition.key }, { version: 1 }).sort({ version: -1 }).limit(1).lean();
    const version = (latest?.version ?? 0) + 1;
    try {
      const created = await model.create({
        _id: definitionVersionId(definition.key, version),
        key: definition.key,
        version,
        status: 'draft',
        definitionJson: JSON.stringify({ ...definition, version }),
        revision: 1,
        updatedBy: user.id,
      });
      return created.toObject();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  throw new ApiError('SERVICE_UNAVAILABLE', undefined, `no free version number for ${definition.key}`);
}

/** Replaces a draft's definition; the caller names the revision they edited (`If-Match`). */
export async function updateDraft(
  ability: AppAbility,
  user: CurrentUser,
  kind: DefinitionKind,
  key: string,
  version: number,
  revision: number,
  definition: JsonObject & { key: string },
  language: Language,
): Promise<DefinitionVersionView> {
  requireDesigner(ability, true);
  if (definition.key !== key)
    throw new ApiError('VALIDATION_FAILED', [
      {
        path: '/definition/key',
        message: language === 'en' ? `must stay "${key}"` : `须保持为“${key}”，另存为新标识请新建`,
      },
    ]);
  const before = await findVersion(kind, key, version);
  checkState(before, 'draft', revision);
  const after = await definitionChange(user, kind, 'definition_draft_updated', before, async () => {
    await changeVersion(kind, key, version, revision, 'draft', {
      definitionJson: JSON.stringify({ ...definition, version }),
      updatedBy: user.id,
    });
    const stored = await findVersion(kind, key, version);
    const revisions = { before: revision, after: stored.revision ?? 1 };
    return { stored, detail: { revision: revisions, ...definitionChanges(before, stored) } };
  });
  return toVersionView(kind, after);
}

/** Throws a draft away; published and archived versions stay forever (requests pin them). */
export async function deleteDraft(
  ability: AppAbility,
  user: CurrentUser,
  kind: DefinitionKind,
  key: string,
  version: number,
  revision: number,
): Promise<void> {
  requireDesigner(ability, true);
  const stored = await findVersion(kind, key, version);
  checkState(stored, 'draft', revision);
  await definitionChange(user, kind, 'definition_draft_deleted', stored, async () => {
    await claimNextRevision(kind, stored, revision, user.id);
    const result = await MODELS[kind].deleteOne({ _id: stored._id, status: 'draft', ...revisionFilter(revision) });
    if (result.deletedCount !== 1) throw new ApiError('PRECONDITION_FAILED');
    // The version number may be used again by the next draft: its claims go with it.
    await DefinitionRevisionModel.deleteMany({
      _id: { $gte: `${kind}:${stored._id}#`, $lt: `${kind}:${stored._id}$` },
    });
    return { stored, detail: { revision } };
  });
}

/**
 * Publishes a draft after checking it in full: a process with
 * `validateProcessDefinition` and every form it names published; a form with
 * `validateFormDefinition`. 422 lists every problem. From then on the version
 * never changes, and the catalogue offers the newest published version.
 */
export async function publishVersion(
  ability: AppAbility,
  user: CurrentUser,
  kind: DefinitionKind,
  key: string,
  version: number,
  revision: number,
  language: Language,
): Promise<DefinitionVersionView> {
  requireDesigner(ability, true);
  const stored = await findVersion(kind, key, version);
  checkState(stored, 'draft', revision);
  const drafted = JSON.parse(stored.definitionJson) as JsonObject;
  // A form's dictionary-backed choices take each dictionary's newest published entries, pinned from now on.
  const dictionaries =
    kind === 'forms' ? await pinFormDictionaries(drafted, language) : { definition: drafted, problems: [], pinned: [] };
  const { definition } = dictionaries;
  const problems = [
    ...dictionaries.problems,
    ...(kind === 'forms' ? validateFormDefinition(definition, language) : await processProblems(definition, language)),
  ];
  if (problems.length > 0) throw new ApiError('DEFINITION_INVALID', problems);
  const published = await definitionChange(user, kind, 'definition_published', stored, async () => {
    await changeVersion(kind, key, version, revision, 'draft', {
      ...(definition !== drafted ? { definitionJson: JSON.stringify(definition) } : {}),
      status: 'published',
      publishedAt: new Date(),
      updatedBy: user.id,
    });
    const after = await findVersion(kind, key, version);
    const detail = {
      changes: { status: { before: 'draft', after: 'published' } },
      revision: { before: revision, after: after.revision ?? 1 },
      ...(dictionaries.pinned.length > 0 ? { dictionaries: dictionaries.pinned } : {}),
    };
    return { stored: after, detail };
  });
  return toVersionView(kind, published);
}

/** Withdraws a published version from new requests; running requests keep it. */
export async function archiveVersion(
  ability: AppAbility,
  user: CurrentUser,
  kind: DefinitionKind,
  key: string,
  version: number,
  revision: number,
): Promise<DefinitionVersionView> {
  requireDesigner(ability, true);
  const stored = await findVersion(kind, key, version);
  checkState(stored, 'published', revision);
  const archived = await definitionChange(user, kind, 'definition_archived', stored, async () => {
    await changeVersion(kind, key, version, revision, 'published', {
      status: 'archived',
      archivedAt: new Date(),
      updatedBy: user.id,
    });
    const after = await findVersion(kind, key, version);
    const detail = {
      changes: { status: { before: 'published', after: 'archived' } },
      revision: { before: revision, after: after.revision ?? 1 },
    };
    return { stored: after, detail };
  });
  return toVersionView(kind, archived);
}

/** A version as a file another county can import. */
export async function exportVersion(ability: AppAbility, kind: DefinitionKind, key: string, version: number) {
  requireDesigner(ability, false);
  const stored = await findVersion(kind, key, version);
  return {
    format: EXPORT_FORMATS[kind],
    exportedAt: new Date().toISOString(),
    sourceVersion: stored.version,
    definition: JSON.parse(stored.definitionJson) as JsonObject,
  };
}

/** An exported file becomes a new draft of its key here (its version number is this system's next). */
export async function importDefinition(
  ability: AppAbility,
  user: CurrentUser,
  kind: DefinitionKind,
  file: { format: string; sourceVersion?: number; definition: JsonObject & { key: string } },
  language: Language,
): Promise<DefinitionVersionView> {
  requireDesigner(ability, true);
  if (file.format !== EXPORT_FORMATS[kind])
    throw new ApiError('VALIDATION_FAILED', [
      {
        path: '/format',
        message:
          language === 'en'
            ? `this is not a ${kind} file (${file.format})`
            : `该文件不是${kind === 'forms' ? '表单' : '流程'}定义`,
      },
    ]);
  const about = newVersion(file.definition);
  const created = await definitionChange(user, kind, 'definition_imported', about, async () => {
    const stored = await insertDraft(user, kind, file.definition);
    const detail = {
      format: file.format,
      ...(file.sourceVersion !== undefined ? { sourceVersion: file.sourceVersion } : {}),
      revision: stored.revision ?? 1,
    };
    return { stored, detail };
  });
  return toVersionView(kind, created);
}

/** A version not yet stored: before it is, its number is unknown, so its intent names the key. */
const newVersion = (definition: JsonObject & { key: string }) => ({
  _id: definition.key,
  key: definition.key,
  definitionJson: JSON.stringify(definition),
});

/**
 * Runs a change of a definition version as an administrative change: its
 * entry's object is the version (`key@version`) with its zh name, its detail
 * what `change` says.
 */
async function definitionChange(
  user: CurrentUser,
  kind: DefinitionKind,
  action:
    | 'definition_draft_created'
    | 'definition_draft_updated'
    | 'definition_draft_deleted'
    | 'definition_imported'
    | 'definition_published'
    | 'definition_archived',
  about: Pick<StoredVersion, '_id' | 'key' | 'definitionJson'>,
  change: () => Promise<{ stored: StoredVersion; detail: JsonObject }>,
): Promise<StoredVersion> {
  return administrativeChange(user, { action, object: definitionObject(kind, about) }, async () => {
    const { stored, detail } = await change();
    return { result: stored, entry: { action, object: definitionObject(kind, stored), detail } };
  });
}

const definitionObject = (kind: DefinitionKind, version: Pick<StoredVersion, '_id' | 'key' | 'definitionJson'>) => ({
  kind: kind === 'forms' ? ('form' as const) : ('process' as const),
  id: version._id,
  name: definitionName(JSON.parse(version.definitionJson) as JsonObject, 'zh-CN') || version.key,
});

/** Longer values are named as changed, not copied: a process's steps can run to pages. */
const MAX_RECORDED_VALUE = 200;

/**
 * What an edit changed at the top of the definition: every changed key in
 * `changedKeys`, and before/after of those whose values are short (name,
 * title, SLA…).
 */
function definitionChanges(before: StoredVersion, after: StoredVersion): JsonObject {
  const was = JSON.parse(before.definitionJson) as JsonObject;
  const is = JSON.parse(after.definitionJson) as JsonObject;
  const changedKeys = [...new Set([...Object.keys(was), ...Object.keys(is)])]
    .filter((name) => JSON.stringify(was[name]) !== JSON.stringify(is[name]))
    .sort();
  const changes: JsonObject = {};
  for (const name of changedKeys) {
    const [old, now] = [JSON.stringify(was[name] ?? null), JSON.stringify(is[name] ?? null)];
    if (old.length <= MAX_RECORDED_VALUE && now.length <= MAX_RECORDED_VALUE)
      changes[name] = { before: JSON.parse(old) as unknown, after: JSON.parse(now) as unknown };
  }
  return { changedKeys, changes };
}

async function findVersion(kind: DefinitionKind, key: string, version: number): Promise<StoredVersion> {
  const stored = await MODELS[kind].findById(definitionVersionId(key, version)).lean();
  if (!stored) throw new ApiError('DEFINITION_NOT_FOUND');
  return stored;
}

/** 409 when the version is not in the status the change needs; 412 when it changed since the caller read it. */
function checkState(stored: StoredVersion, status: DefinitionStatus, revision: number): void {
  if (stored.status !== status)
    throw new ApiError(status === 'draft' ? 'DEFINITION_NOT_DRAFT' : 'DEFINITION_NOT_PUBLISHED');
  if ((stored.revision ?? 1) !== revision) throw new ApiError('PRECONDITION_FAILED');
}

/** Seeded versions from before revisions existed count as revision 1. */
function revisionFilter(revision: number): JsonObject {
  return revision === 1 ? { $or: [{ revision: 1 }, { revision: { $exists: false } }] } : { revision };
}

/** A claim left by an edit that died between claiming and writing is given up after this long. */
const STALE_CLAIM_MS = 30_000;

/**
 * Claims the revision after `revision` for this caller: one insert with a
 * unique `_id`, so of two edits made from the same revision exactly one wins
 * and the other gets 412. (A conditional update alone is not enough: FerretDB
 * applies two of them concurrently without either seeing the other.)
 */
async function claimNextRevision(
  kind: DefinitionKind,
  stored: StoredVersion,
  revision: number,
  by: string,
): Promise<void> {
  const claim = { _id: `${kind}:${stored._id}#r${revision + 1}`, by, at: new Date() };
  try {
    await DefinitionRevisionModel.create(claim);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // Someone else won, unless their claim is old and the version never moved on (their edit died half-way).
    const existing = await DefinitionRevisionModel.findById(claim._id).lean();
    const current = await MODELS[kind].findById(stored._id, { revision: 1 }).lean();
    const abandoned =
      existing && existing.at.getTime() < Date.now() - STALE_CLAIM_MS && (current?.revision ?? 1) === revision;
    if (!abandoned) throw new ApiError('PRECONDITION_FAILED');
    await DefinitionRevisionModel.deleteOne({ _id: claim._id, at: existing.at });
    await claimNextRevision(kind, stored, revision, by);
  }
}

/**
 * Applies a change only to the revision the caller read, in the status it
 * needs, bumping the revision: 409 in another status, 412 when someone
 * changed it since or is changing it now.
 */
async function changeVersion(
  kind: DefinitionKind,
  key: string,
  version: number,
  revision: number,
  status: DefinitionStatus,
  set: JsonObject & { updatedBy: string },
): Promise<void> {
  const stored = await findVersion(kind, key, version);
  checkState(stored, status, revision);
  await claimNextRevision(kind, stored, revision, set.updatedBy);
  const result = await MODELS[kind].updateOne(
    { _id: stored._id, status, ...revisionFilter(revision) },
    { $set: { ...set, revision: revision + 1 } },
  );
  if (result.matchedCount !== 1) throw new ApiError('PRECONDITION_FAILED');
}

/** A process's own problems, and every form it names (its application form, fill steps' forms) must be published. */
async function processProblems(definition: JsonObject, language: Language): Promise<FieldError[]> {
  const validation = validateProcessDefinition(definition, language);
  const problems: FieldError[] = validation.valid
    ? []
    : validation.problems.map((problem) => ({ path: problem.path, message: problem.message }));
  for (const { path, form } of formReferences(definition)) {
    const stored = await FormVersionModel.findById(definitionVersionId(form.key, form.version), { status: 1 }).lean();
    if (stored?.status !== 'published')
      problems.push({
        path,
        message:
          language === 'en'
            ? `form ${form.key} version ${form.version} is not published`
            : `表单 ${form.key} 第 ${form.version} 版不存在或未发布`,
      });
  }
  return problems;
}

/** `form: { key, version }` at the top and in every fill (填报) step, wherever it is nested. */
export function formReferences(definition: JsonObject): { path: string; form: { key: string; version: number } }[] {
  const found: { path: string; form: { key: string; version: number } }[] = [];
  const isForm = (value: unknown): value is { key: string; version: number } =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as JsonObject).key === 'string' &&
    typeof (value as JsonObject).version === 'number';
  if (isForm(definition.form)) found.push({ path: '/form', form: definition.form });
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((child, index) => walk(child, `${path}/${index}`));
    else if (typeof value === 'object' && value !== null) {
      const record = value as JsonObject;
      if (record.type === 'fill' && isForm(record.form)) found.push({ path: `${path}/form`, form: record.form });
      for (const [name, child] of Object.entries(record)) if (name !== 'form') walk(child, `${path}/${name}`);
    }
  };
  walk(definition.steps, '/steps');
  return found;
}
