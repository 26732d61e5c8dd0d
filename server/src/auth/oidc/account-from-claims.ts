import { createHash } from 'node:crypto';
import {
  identityKey,
  isDuplicateKeyError,
  OrganisationModel,
  ROLES,
  UserIdentityModel,
  UserModel,
  type Role,
  type User,
} from '@tongban/store';
import { administrativeChange, fieldChanges } from '../../audit/record-administration';
import { ApiError } from '../../errors/api-error';
import { logger } from '../../logger';
import type { OidcProviderSettings } from './identity-settings';

/** Accounts made from a provider's claims have no password: no argon2 hash verifies against this. */
export const NO_PASSWORD = '!oidc';

/** The account fields a provider's claims may set; audit entries compare these. */
const CLAIMED_FIELDS = ['username', 'displayName', 'orgId', 'roles', 'active'] as const;
type ClaimedAccount = Pick<User, '_id' | (typeof CLAIMED_FIELDS)[number]>;
const ACCOUNT_READ = { _id: 1, username: 1, displayName: 1, orgId: 1, roles: 1, active: 1 } as const;

const userObject = (user: Pick<User, '_id' | 'displayName'>) => ({
  kind: 'user' as const,
  id: user._id,
  name: user.displayName,
});

/**
 * The Tongban account of the person the provider vouched for, following the
 * provider: found by (issuer, sub); at a first sign-in linked to the account
 * whose username is the `linkClaim`'s value, or created. Name, organisation
 * and roles are taken from the claims the settings name, and left to an
 * administrator otherwise (a new account then has no roles, so it can do
 * nothing until given some). Each link, creation and change goes on the
 * administration chain, with no person as actor: the provider made it.
 * Refused: a disabled account (`OIDC_ACCOUNT_DISABLED`), claims that name no
 * account and no organisation (`OIDC_SIGN_IN_FAILED`).
 */
export async function accountFromClaims(
  provider: OidcProviderSettings,
  issuer: string,
  claims: Record<string, unknown>,
): Promise<string> {
  const subject = claims.sub;
  if (typeof subject !== 'string' || !subject) throw refused(provider, 'no sub claim');
  const identity = await UserIdentityModel.findById(identityKey(issuer, subject)).lean();
  const linked: ClaimedAccount | null = identity
    ? await UserModel.findById(identity.userId, ACCOUNT_READ).lean<ClaimedAccount>()
    : null;
  const account = linked ?? (await linkOrCreate(provider, issuer, subject, claims));
  if (!account.active) throw new ApiError('OIDC_ACCOUNT_DISABLED');
  await followClaims(provider, account, claims);
  return account._id;
}

async function linkOrCreate(
  provider: OidcProviderSettings,
  issuer: string,
  subject: string,
  claims: Record<string, unknown>,
): Promise<ClaimedAccount> {
  const linkValue = claims[provider.linkClaim];
  if (typeof linkValue !== 'string' || !linkValue) throw refused(provider, `no ${provider.linkClaim} claim`);
  const existing =
    provider.linkClaim === 'sub'
      ? null
      : await UserModel.findOne({ username: linkValue }, ACCOUNT_READ).lean<ClaimedAccount>();
  const identityOf = (userId: string) => ({
    _id: identityKey(issuer, subject),
    issuer,
    subject,
    userId,
    linkedAt: new Date(),
  });
  const detail = { issuer, subject, provider: provider.id, linkClaim: provider.linkClaim };

  if (existing) {
    const held = await UserIdentityModel.find({ userId: existing._id }, { issuer: 1 }).lean();
    // Another person at this provider already holds the account: a reused username must not hand it over.
    if (held.some((other) => other.issuer === issuer)) throw refused(provider, 'account linked to another subject');
    const action = 'user_identity_linked';
    await administrativeChange(null, { action, object: userObject(existing) }, async () => {
      await UserIdentityModel.create(identityOf(existing._id));
      return { result: undefined, entry: { action, object: userObject(existing), detail } };
    });
    return existing;
  }

  const username = linkValue;
  const _id = /^[A-Za-z0-9._@-]{1,64}$/.test(username)
    ? `u-${username}`
    : `u-oidc-${createHash('sha256').update(identityKey(issuer, subject)).digest('hex').slice(0, 24)}`;
  const orgId = (await claimedOrgId(provider, claims)) ?? provider.defaultOrgId;
  if (!orgId) throw refused(provider, 'no organisation for a new account');
  const created: ClaimedAccount = {
    _id,
    username,
    displayName: claimedName(provider, claims) ?? username,
    orgId,
    roles: provider.rolesClaim ? claimedRoles(provider.rolesClaim, claims) : [],
    active: true,
  };
  const action = 'user_created';
  try {
    await administrativeChange(null, { action, object: userObject(created) }, async () => {
      await UserModel.create({ ...created, passwordHash: NO_PASSWORD });
      await UserIdentityModel.create(identityOf(_id));
      const changes = fieldChanges(null, created, CLAIMED_FIELDS);
      return { result: undefined, entry: { action, object: userObject(created), detail: { ...detail, changes } } };
    });
  } catch (error) {
    // Two first sign-ins at once, or a username taken by an account this provider may not link: the person tries again.
    if (isDuplicateKeyError(error)) throw refused(provider, 'account created concurrently or id taken');
    throw error;
  }
  return created;
}

/** Brings name, organisation and roles in line with the claims the settings name; records what changed. */
async function followClaims(
  provider: OidcProviderSettings,
  account: ClaimedAccount,
  claims: Record<string, unknown>,
): Promise<void> {
  const after: ClaimedAccount = { ...account };
  const name = claimedName(provider, claims);
  if (name) after.displayName = name;
  const orgId = await claimedOrgId(provider, claims);
  if (orgId) after.orgId = orgId;
  if (provider.rolesClaim) after.roles = claimedRoles(provider.rolesClaim, claims);
  const changes = fieldChanges(account, after, CLAIMED_FIELDS);
  if (Object.keys(changes).length === 0) return;
  const action = 'user_updated';
  await administrativeChange(null, { action, object: userObject(account) }, async () => {
    await UserModel.updateOne(
      { _id: account._id },
      { $set: { displayName: after.displayName, orgId: after.orgId, roles: after.roles } },
    );
    return {
      result: undefined,
      entry: { action, object: userObject(after), detail: { changes, provider: provider.id } },
    };
  });
}

function claimedName(provider: OidcProviderSettings, claims: Record<string, unknown>): string | undefined {
  const name = claims[provider.nameClaim];
  return typeof name === 'string' && name.trim() ? name.trim().slice(0, 100) : undefined;
}

/** The organisation the claim names, if it is one of ours; an unknown one is logged and ignored. */
async function claimedOrgId(
  provider: OidcProviderSettings,
  claims: Record<string, unknown>,
): Promise<string | undefined> {
  if (!provider.orgClaim) return undefined;
  const value = claims[provider.orgClaim];
  if (typeof value !== 'string' || !value) return undefined;
  const org = await OrganisationModel.findById(value, { _id: 1 }).lean();
  if (!org) logger.warn({ provider: provider.id, orgId: value }, 'oidc claim names an unknown organisation');
  return org?._id;
}

/** Tongban roles among the claim's values (an array, or names separated by spaces); others are ignored. */
function claimedRoles(claim: string, claims: Record<string, unknown>): Role[] {
  const value = claims[claim];
  const names = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  const roles = names.filter((name): name is Role => ROLES.includes(name as Role));
  return [...new Set(roles)].sort();
}

function refused(provider: OidcProviderSettings, reason: string): ApiError {
  logger.warn({ provider: provider.id, reason }, 'oidc sign-in refused');
  return new ApiError('OIDC_SIGN_IN_FAILED');
}
