import {
  DefinitionRevisionModel,
  DictionaryVersionModel,
  dictionaryVersionId,
  isDuplicateKeyError,
  type DictionaryEntry,
  type DictionaryVersion,
} from '@tongban/store';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { administrativeChange, type AdministrationEntry } from '../audit/record-administration';
import { ApiError } from '../errors/api-error';
import { localized, type Language } from '../http/language';

/**
 * 数据字典: lists many forms choose from (行业分类, 企业规模 …), kept by
 * administrators and versioned like form definitions: a draft is edited, then
 * published, and a published version never changes; the next change is a new
 * version. A form pins the newest published version when it is published
 * (`pinFormDictionaries`), so nothing here changes a published form.
 *
 * Who may do what follows the designers: administrators write (they design
 * the forms that use them), anyone signed in reads published versions (a
 * form's choices are no secret), drafts are for those who may read definitions.
 */

/** What a dictionary's content is, as an editor sends it. */
export interface DictionaryContent {
  name: string;
  nameEn?: string | undefined;
  description?: string | undefined;
  entries: DictionaryEntry[];
}

function toView(stored: DictionaryVersion) {
  return {
    key: stored.key,
    version: stored.version,
    status: stored.status,
    revision: stored.revision ?? 1,
    name: stored.name,
    ...(stored.nameEn ? { nameEn: stored.nameEn } : {}),
    ...(stored.description ? { description: stored.description } : {}),
    entries: stored.entries.map((entry) => ({
      value: entry.value,
      label: entry.label,
      ...(entry.labelEn ? { labelEn: entry.labelEn } : {}),
    })),
    ...(stored.createdAt ? { createdAt: stored.createdAt.toISOString() } : {}),
    ...(stored.updatedAt ? { updatedAt: stored.updatedAt.toISOString() } : {}),
    ...(stored.publishedAt ? { publishedAt: stored.publishedAt.toISOString() } : {}),
    ...(stored.updatedBy ? { updatedBy: stored.updatedBy } : {}),
  };
}
export type DictionaryVersionView = ReturnType<typeof toView>;

const mayWrite = (ability: AppAbility) => ability.can('manage', 'Definition');
const mayReadDrafts = (ability: AppAbility) => ability.can('read', 'Definition');

function requireWriter(ability: AppAbility): void {
  if (!mayWrite(ability)) throw new ApiError('FORBIDDEN');
}

/** Every dictionary with its versions, newest first, and its newest published version in full. */
export async function listDictionaries(ability: AppAbility, language: Language) {
  const drafts = mayReadDrafts(ability);
  const stored = await DictionaryVersionModel.find(drafts ? {} : { status: 'published' })
    .sort({ key: 1, version: -1 })
    .lean();
  const byKey = new Map<string, DictionaryVersion[]>();
  for (const version of stored) byKey.set(version.key, [...(byKey.get(version.key) ?? []), version]);
  return {
    items: [...byKey.entries()].map(([key, versions]) => {
      const newest = versions[0]!;
      const published = versions.find((version) => version.status === 'published');
      return {
        key,
        name: localized({ zh: newest.name, ...(newest.nameEn ? { en: newest.nameEn } : {}) }, language),
        ...(published ? { published: toView(published) } : {}),
        versions: versions.map((version) => ({
          version: version.version,
          status: version.status,
          revision: version.revision ?? 1,
        })),
      };
    }),
  };
}

/** One version; a draft only for those who may read drafts (to anyone else it does not exist). */
export async function getDictionaryVersion(
  ability: AppAbility,
  key: string,
  version: number,
): Promise<DictionaryVersionView> {
  const stored = await findVersion(key, version);
  if (stored.status !== 'published' && !mayReadDrafts(ability)) throw new ApiError('DICTIONARY_NOT_FOUND');
  return toView(stored);
}

/** A new draft: the next version of its key (version 1 of a new key). */
export async function createDictionaryDraft(
  ability: AppAbility,
  user: CurrentUser,
  draft: DictionaryContent & { key: string },
): Promise<DictionaryVersionView> {
  requireWriter(ability);
  const intended = { action: 'dictionary_draft_created' as const, object: dictionaryObject(draft.key, draft.name) };
  const created = await administrativeChange(user, intended, async () => {
    const stored = await insertDraft(user, draft);
    const entry: AdministrationEntry = {
      ...intended,
      object: dictionaryObject(stored._id, stored.name),
      detail: { entries: stored.entries.length, revision: stored.revision },
    };
    return { result: stored, entry };
  });
  return toView(created);
}

async function insertDraft(user: CurrentUser, draft: DictionaryContent & { key: string }): Promise<DictionaryVersion> {
  // Two administrators creating at once both pick the same number; the unique _id lets one win, the other retries.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const [latest] = await DictionaryVersionModel.find({ key: draft.key }, { version: 1 })
      .sort({ version: -1 })
      .limit(1)
      .lean();
    const version = (latest?.version ?? 0) + 1;
    try {
      const created = await DictionaryVersionModel.create({
        _id: dictionaryVersionId(draft.key, version),
        key: draft.key,
        version,
        status: 'draft',
        ...content(draft),
        revision: 1,
        updatedBy: user.id,
      });
      return created.toObject();
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  throw new ApiError('SERVICE_UNAVAILABLE', undefined, `no free version number for dictionary ${draft.key}`);
}

/** Replaces a draft's content; the caller names the revision they edited (`If-Match`). */
export async function updateDictionaryDraft(
  ability: AppAbility,
  user: CurrentUser,
  key: string,
  version: number,
  revision: number,
  draft: DictionaryContent,
): Promise<DictionaryVersionView> {
  requireWriter(ability);
  const before = await findVersion(key, version);
  checkDraft(before, revision);
  const intended = { action: 'dictionary_draft_updated' as const, object: dictionaryObject(before._id, before.name) };
  const after = await administrativeChange(user, intended, async () => {
    const next = content(draft);
    // What the editor left out is cleared, not kept from before.
    const cleared = (['nameEn', 'description'] as const).filter((field) => next[field] === undefined);
    await changeDraft(before, revision, { ...next, updatedBy: user.id }, cleared);
    const stored = await findVersion(key, version);
    const entry: AdministrationEntry = {
      ...intended,
      object: dictionaryObject(stored._id, stored.name),
      detail: { ...contentChanges(before, stored), revision: { before: revision, after: stored.revision } },
    };
    return { result: stored, entry };
  });
  return toView(after);
}

/** Publishes a draft: from then on it never changes, and forms published after it pin it. */
export async function publishDictionaryVersion(
  ability: AppAbility,
  user: CurrentUser,
  key: string,
  version: number,
  revision: number,
): Promise<DictionaryVersionView> {
  requireWriter(ability);
  const before = await findVersion(key, version);
  checkDraft(before, revision);
  const intended = { action: 'dictionary_published' as const, object: dictionaryObject(before._id, before.name) };
  const published = await administrativeChange(user, intended, async () => {
    await changeDraft(before, revision, { status: 'published', publishedAt: new Date(), updatedBy: user.id });
    const stored = await findVersion(key, version);
    const entry: AdministrationEntry = {
      ...intended,
      detail: {
        changes: { status: { before: 'draft', after: 'published' } },
        entries: stored.entries.length,
        revision: { before: revision, after: stored.revision },
      },
    };
    return { result: stored, entry };
  });
  return toView(published);
}

/** The newest published version of each key asked for (absent keys have none). */
export async function newestPublishedDictionaries(keys: readonly string[]): Promise<Map<string, DictionaryVersion>> {
  const found = new Map<string, DictionaryVersion>();
  if (keys.length === 0) return found;
  const stored = await DictionaryVersionModel.find({ key: { $in: [...new Set(keys)] }, status: 'published' })
    .sort({ key: 1, version: -1 })
    .lean();
  for (const version of stored) if (!found.has(version.key)) found.set(version.key, version);
  return found;
}

const dictionaryObject = (id: string, name: string) => ({ kind: 'dictionary' as const, id, name });

function content(draft: DictionaryContent): DictionaryContent {
  return {
    name: draft.name,
    ...(draft.nameEn ? { nameEn: draft.nameEn } : {}),
    ...(draft.description ? { description: draft.description } : {}),
    entries: draft.entries.map((entry) => ({
      value: entry.value,
      label: entry.label,
      ...(entry.labelEn ? { labelEn: entry.labelEn } : {}),
    })),
  };
}

/** What an edit changed: the name and description before and after, and which entry values came and went. */
function contentChanges(before: DictionaryVersion, after: DictionaryVersion) {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of ['name', 'nameEn', 'description'] as const)
    if ((before[field] ?? null) !== (after[field] ?? null))
      changes[field] = { before: before[field] ?? null, after: after[field] ?? null };
  const was = new Map(before.entries.map((entry) => [entry.value, entry]));
  const is = new Map(after.entries.map((entry) => [entry.value, entry]));
  return {
    changes,
    entriesAdded: [...is.keys()].filter((value) => !was.has(value)),
    entriesRemoved: [...was.keys()].filter((value) => !is.has(value)),
    entriesRelabelled: [...is.values()]
      .filter((entry) => {
        const old = was.get(entry.value);
        return old !== undefined && (old.label !== entry.label || (old.labelEn ?? '') !== (entry.labelEn ?? ''));
      })
      .map((entry) => entry.value),
  };
}

async function findVersion(key: string, version: number): Promise<DictionaryVersion> {
  const stored = await DictionaryVersionModel.findById(dictionaryVersionId(key, version)).lean();
  if (!stored) throw new ApiError('DICTIONARY_NOT_FOUND');
  return stored;
}

/** 409 when it is no longer a draft; 412 when it changed since the caller read it. */
function checkDraft(stored: DictionaryVersion, revision: number): void {
  if (stored.status !== 'draft') throw new ApiError('DEFINITION_NOT_DRAFT');
  if ((stored.revision ?? 1) !== revision) throw new ApiError('PRECONDITION_FAILED');
}

/** A claim left by an edit that died between claiming and writing is given up after this long. */
const STALE_CLAIM_MS = 30_000;

/**
 * Applies a change to the draft at the revision the caller read, bumping the
 * revision. The next revision is claimed first with one insert of a unique
 * `_id` (as definitions do), because FerretDB applies two conditional updates
 * at once without either seeing the other: of two edits from one revision,
 * exactly one wins and the other hears 412.
 */
async function changeDraft(
  stored: DictionaryVersion,
  revision: number,
  set: Record<string, unknown> & { updatedBy: string },
  unset: readonly string[] = [],
): Promise<void> {
  const claim = { _id: `dictionaries:${stored._id}#r${revision + 1}`, by: set.updatedBy, at: new Date() };
  try {
    await DefinitionRevisionModel.create(claim);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const existing = await DefinitionRevisionModel.findById(claim._id).lean();
    const current = await DictionaryVersionModel.findById(stored._id, { revision: 1 }).lean();
    const abandoned =
      existing && existing.at.getTime() < Date.now() - STALE_CLAIM_MS && (current?.revision ?? 1) === revision;
    if (!abandoned) throw new ApiError('PRECONDITION_FAILED');
    await DefinitionRevisionModel.deleteOne({ _id: claim._id, at: existing.at });
    return changeDraft(stored, revision, set, unset);
  }
  const result = await DictionaryVersionModel.updateOne(
    { _id: stored._id, status: 'draft', revision },
    {
      $set: { ...set, revision: revision + 1 },
      ...(unset.length > 0 ? { $unset: Object.fromEntries(unset.map((field) => [field, 1])) } : {}),
    },
  );
  if (result.matchedCount !== 1) throw new ApiError('PRECONDITION_FAILED');
}
