import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import {
  allOf,
  isDuplicateKeyError,
  organisationSearchFilter,
  OrganisationModel,
  UserModel,
  type Organisation,
} from '@tongban/store';
import type { z } from 'zod';
import { accessibleFilter } from '../auth/accessible-filter';
import type { CurrentUser } from '../auth/current-user';
import { administrativeChange, fieldChanges } from '../audit/record-administration';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import type { createOrganisationBody, organisationListQuery, updateOrganisationBody } from '../http/directory-schemas';
import type { Language } from '../http/language';
import { pageWindow, type Page } from '../http/paging';
import { checkOrganisationProfile, requireUnusedCreditCode } from './organisation-profile';

/** An organisation as the API returns it. */
export function toOrganisationView(org: Organisation) {
  return {
    id: org._id,
    name: org.name,
    ...(org.nameEn ? { nameEn: org.nameEn } : {}),
    kind: org.kind,
    ...(org.parentId ? { parentId: org.parentId } : {}),
    ...(org.creditCode ? { creditCode: org.creditCode } : {}),
    ...(org.numberPrefix ? { numberPrefix: org.numberPrefix } : {}),
    ...(org.address ? { address: org.address } : {}),
    ...(org.legalRepresentative ? { legalRepresentative: org.legalRepresentative } : {}),
    ...(org.contactPhone ? { contactPhone: org.contactPhone } : {}),
  };
}
export type OrganisationView = ReturnType<typeof toOrganisationView>;

/**
 * Organisations the caller may read, by name or credit code, paged: all of them for staff;
 * departments, banks and their own organisation for an applicant (a form's
 * 单位 picker, e.g. 受理部门 or 贷款银行), never another enterprise.
 */
export async function listOrganisations(
  ability: AppAbility,
  query: z.output<typeof organisationListQuery>,
): Promise<Page<OrganisationView>> {
  if (!ability.can('read', 'Organisation')) throw new ApiError('FORBIDDEN');
  const filter: Record<string, unknown>[] = [accessibleFilter(ability, 'read', 'Organisation')];
  if (query.kind) filter.push({ kind: query.kind });
  // By any part of the name, or of the 统一社会信用代码: two enterprises' contacts may share a name, their codes never.
  if (query.q) filter.push(organisationSearchFilter(query.q));
  const { skip, limit } = pageWindow(query);
  const [items, total] = await Promise.all([
    OrganisationModel.find(allOf(...filter))
      .sort({ _id: 1 })
      .skip(skip)
      .limit(limit)
      .lean(),
    OrganisationModel.countDocuments(allOf(...filter)),
  ]);
  return { items: items.map(toOrganisationView), total, page: query.page, pageSize: query.pageSize };
}

/** One organisation, if the caller may read it (else 404, as if there were none). */
export async function getOrganisation(ability: AppAbility, id: string): Promise<OrganisationView> {
  if (!ability.can('read', 'Organisation')) throw new ApiError('FORBIDDEN');
  const org = await OrganisationModel.findById(id).lean();
  if (!org || !ability.can('read', subject('Organisation', { ...org }))) throw new ApiError('ORGANISATION_NOT_FOUND');
  return toOrganisationView(org);
}

export async function createOrganisation(
  ability: AppAbility,
  user: CurrentUser,
  input: z.output<typeof createOrganisationBody>,
  language: Language,
): Promise<OrganisationView> {
  if (!ability.can('manage', 'Organisation')) throw new ApiError('FORBIDDEN');
  checkOrganisationProfile(input, language);
  if (input.parentId) await requireOrganisation(input.parentId);
  await requireUnusedCreditCode(input.creditCode);
  const { id, ...fields } = input;
  const _id = id ?? `org-${randomUUID().slice(0, 8)}`;
  const action = 'organisation_created';
  return administrativeChange(user, { action, object: organisationObject({ _id, ...fields }) }, async () => {
    let created: Organisation;
    try {
      created = (await OrganisationModel.create({ _id, ...fields })).toObject();
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new ApiError('ORGANISATION_ID_TAKEN');
      throw error;
    }
    return {
      result: toOrganisationView(created),
      entry: {
        action,
        object: organisationObject(created),
        detail: { changes: fieldChanges(null, created, ORGANISATION_FIELDS) },
      },
    };
  });
}

/** The fields of an organisation its audit entries compare. */
const ORGANISATION_FIELDS = [
  'name',
  'nameEn',
  'kind',
  'parentId',
  'numberPrefix',
  'creditCode',
  'address',
  'legalRepresentative',
  'contactPhone',
] as const;

const organisationObject = (org: Pick<Organisation, '_id' | 'name'>) => ({
  kind: 'organisation' as const,
  id: org._id,
  name: org.name,
});

export async function updateOrganisation(
  ability: AppAbility,
  user: CurrentUser,
  id: string,
  input: z.output<typeof updateOrganisationBody>,
  language: Language,
): Promise<OrganisationView> {
  if (!ability.can('manage', 'Organisation')) throw new ApiError('FORBIDDEN');
  checkOrganisationProfile(input, language);
  const before = await OrganisationModel.findById(id).lean();
  if (!before) throw new ApiError('ORGANISATION_NOT_FOUND');
  await requireUnusedCreditCode(input.creditCode, id);
  if (input.parentId) {
    if (input.parentId === id) throw new ApiError('UNKNOWN_ORGANISATION', undefined, 'an organisation in itself');
    await requireOrganisation(input.parentId);
  }
  const set: Record<string, unknown> = {};
  const unset: Record<string, 1> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null) unset[key] = 1;
    else if (value !== undefined) set[key] = value;
  }
  const action = 'organisation_updated';
  await administrativeChange(user, { action, object: organisationObject(before) }, async () => {
    await OrganisationModel.updateOne(
      { _id: id },
      { ...(Object.keys(set).length ? { $set: set } : {}), $unset: unset },
    );
    const after = await OrganisationModel.findById(id).lean();
    const changes = fieldChanges(before, after, ORGANISATION_FIELDS);
    // A change that changed nothing leaves no entry.
    const changed = after && Object.keys(changes).length > 0;
    return {
      result: undefined,
      entry: changed ? { action, object: organisationObject(after), detail: { changes } } : null,
    };
  });
  return getOrganisation(ability, id);
}

/** Deletes an organisation nobody belongs to; history keeps its name in the parties it recorded. */
export async function deleteOrganisation(ability: AppAbility, user: CurrentUser, id: string): Promise<void> {
  if (!ability.can('manage', 'Organisation')) throw new ApiError('FORBIDDEN');
  const before = await OrganisationModel.findById(id).lean();
  if (!before) throw new ApiError('ORGANISATION_NOT_FOUND');
  if ((await UserModel.exists({ orgId: id })) || (await OrganisationModel.exists({ parentId: id })))
    throw new ApiError('ORGANISATION_IN_USE');
  const action = 'organisation_deleted';
  await administrativeChange(user, { action, object: organisationObject(before) }, async () => {
    const { deletedCount } = await OrganisationModel.deleteOne({ _id: id });
    // Of two deletes at once only the one that deleted it records it.
    return {
      result: undefined,
      entry:
        deletedCount === 1
          ? {
              action,
              object: organisationObject(before),
              detail: { changes: fieldChanges(before, null, ORGANISATION_FIELDS) },
            }
          : null,
    };
  });
}

/** 422 unless the organisation exists: a user or a member organisation must belong somewhere real. */
export async function requireOrganisation(id: string): Promise<Organisation> {
  const org = await OrganisationModel.findById(id).lean();
  if (!org) throw new ApiError('UNKNOWN_ORGANISATION');
  return org;
}
