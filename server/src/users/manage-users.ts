import { subject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import {
  allOf,
  type AdministrationAction,
  isDuplicateKeyError,
  OrganisationModel,
  SessionModel,
  UserModel,
  type User,
  type UserSubstitute,
  containsText,
} from '@tongban/store';
import type { z } from 'zod';
import { accessibleFilter } from '../auth/accessible-filter';
import { administrativeChange, fieldChanges } from '../audit/record-administration';
import type { CurrentUser } from '../auth/current-user';
import { HANDLING_ROLES, type AppAbility } from '../auth/define-abilities';
import { hashPassword } from '../auth/passwords';
import { ApiError } from '../errors/api-error';
import type { createUserBody, updateUserBody, userListQuery } from '../http/directory-schemas';
import { pageWindow, type Page } from '../http/paging';
import { requireOrganisation } from '../organisations/manage-organisations';

type StoredUser = Omit<User, 'passwordHash'>;

/** Every field a user view can carry; an administrator's rule (no field list) permits them all. */
const USER_VIEW_FIELDS = ['_id', 'displayName', 'orgId', 'roles', 'username', 'active', 'substitute'];

/**
 * A user as the API returns them: only the fields the caller's rules permit
 * on this user. Directory readers (staff, window clerks, applicants filling a
 * form's 人员 picker) get `DIRECTORY_USER_FIELDS` — id, name, organisation,
 * roles; administrators also the username, whether the account is active and
 * the out-of-office substitute. Contact details never leave here.
 */
function toUserView(user: StoredUser, orgNames: Map<string, string>, ability: AppAbility) {
  const fields = new Set(
    permittedFieldsOf(ability, 'read', subject('User', { ...user }), {
      fieldsFrom: (rule) => rule.fields ?? USER_VIEW_FIELDS,
    }),
  );
  return {
    id: user._id,
    ...(fields.has('displayName') ? { displayName: user.displayName } : {}),
    ...(fields.has('orgId') ? { orgId: user.orgId, orgName: orgNames.get(user.orgId) ?? user.orgId } : {}),
    ...(fields.has('roles') ? { roles: user.roles } : {}),
    ...(fields.has('username') ? { username: user.username } : {}),
    ...(fields.has('active') ? { active: user.active } : {}),
    ...(fields.has('substitute') && user.substitute ? { substitute: substituteView(user.substitute) } : {}),
  };
}
export type UserView = ReturnType<typeof toUserView>;

const substituteView = (substitute: UserSubstitute) => ({
  userId: substitute.userId,
  from: substitute.from,
  to: substitute.to,
});

/** Never read the password hash or the contact details (notification settings) into a view. */
const VIEW_FIELDS = { passwordHash: 0, notificationPreferences: 0 } as const;

async function organisationNames(orgIds: string[]): Promise<Map<string, string>> {
  const orgs = await OrganisationModel.find({ _id: { $in: [...new Set(orgIds)] } }, { name: 1 }).lean();
  return new Map(orgs.map((org) => [org._id, org.name]));
}

async function viewsOf(users: StoredUser[], ability: AppAbility): Promise<UserView[]> {
  const names = await organisationNames(users.map((user) => user.orgId));
  return users.map((user) => toUserView(user, names, ability));
}

/**
 * The users the caller may see: everyone for administrators (with filters on
 * active); active people who hold tasks for staff (the transfer and delegate
 * pickers) and for applicants and window clerks (a form's 人员 picker, e.g.
 * 对接人); enterprises' applicants for window clerks; nobody else (403).
 */
export async function listUsers(ability: AppAbility, query: z.output<typeof userListQuery>): Promise<Page<UserView>> {
  if (!ability.can('read', 'User')) throw new ApiError('FORBIDDEN');
  const admin = ability.can('manage', 'User');
  const filter: Record<string, unknown>[] = [accessibleFilter(ability, 'read', 'User')];
  if (query.org) filter.push({ orgId: query.org });
  if (query.role) filter.push({ roles: query.role });
  if (query.active && admin) filter.push({ active: query.active === 'true' });
  // Searching by username is for those who see usernames: the others could otherwise probe for them.
  if (query.q)
    filter.push(
      admin
        ? { $or: [{ displayName: containsText(query.q) }, { username: containsText(query.q) }] }
        : { displayName: containsText(query.q) },
    );
  const { skip, limit } = pageWindow(query);
  const [users, total] = await Promise.all([
    UserModel.find(allOf(...filter), VIEW_FIELDS)
      .sort({ orgId: 1, _id: 1 })
      .skip(skip)
      .limit(limit)
      .lean(),
    UserModel.countDocuments(allOf(...filter)),
  ]);
  return { items: await viewsOf(users, ability), total, page: query.page, pageSize: query.pageSize };
}

/** One user, if the caller may see them (else 404, as if there were none). */
export async function getUser(ability: AppAbility, id: string): Promise<UserView> {
  if (!ability.can('read', 'User')) throw new ApiError('FORBIDDEN');
  const user = await UserModel.findById(id, VIEW_FIELDS).lean();
  if (!user || !ability.can('read', subject('User', { ...user }))) throw new ApiError('USER_NOT_FOUND');
  const [view] = await viewsOf([user], ability);
  return view!;
}

/** The account fields audit entries compare; never the password or its hash, nor contact details. */
const AUDITED_USER_FIELDS = ['username', 'displayName', 'orgId', 'roles', 'active'] as const;

const userObject = (user: Pick<User, '_id' | 'displayName'>) => ({
  kind: 'user' as const,
  id: user._id,
  name: user.displayName,
});

/** A new account; its id is `u-<username>`, as the demo users’. */
export async function createUser(
  ability: AppAbility,
  caller: CurrentUser,
  input: z.output<typeof createUserBody>,
): Promise<UserView> {
  if (!ability.can('manage', 'User')) throw new ApiError('FORBIDDEN');
  await requireOrganisation(input.orgId);
  const { password, ...fields } = input;
  const _id = `u-${input.username}`;
  const action = 'user_created';
  const user = await administrativeChange(caller, { action, object: userObject({ _id, ...fields }) }, async () => {
    let stored: StoredUser;
    try {
      const created = await UserModel.create({
        _id,
        ...fields,
        roles: [...new Set(input.roles)],
        active: input.active ?? true,
        passwordHash: await hashPassword(password),
      });
      const { passwordHash: _hash, ...rest } = created.toObject();
      stored = rest;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new ApiError('USERNAME_TAKEN');
      throw error;
    }
    // The password is set, never recorded.
    const detail = { changes: fieldChanges(null, stored, AUDITED_USER_FIELDS), passwordChanged: true };
    return { result: stored, entry: { action, object: userObject(stored), detail } };
  });
  const [view] = await viewsOf([user], ability);
  return view!;
}

/**
 * Changes an account. A new password or deactivation ends the user's
 * sessions at once; an administrator cannot lock themselves out.
 */
export async function updateUser(
  ability: AppAbility,
  caller: CurrentUser,
  id: string,
  input: z.output<typeof updateUserBody>,
): Promise<UserView> {
  if (!ability.can('manage', 'User')) throw new ApiError('FORBIDDEN');
  const before = await UserModel.findById(id, AUDIT_READ).lean();
  if (!before) throw new ApiError('USER_NOT_FOUND');
  if (id === caller.id && (input.active === false || (input.roles && !input.roles.includes('admin'))))
    throw new ApiError('CANNOT_LOCK_OUT_SELF');
  if (input.orgId) await requireOrganisation(input.orgId);
  const { password, roles, ...fields } = input;
  // The intent names the likeliest action; the entry says what the change turned out to be.
  const requested = Object.entries({ ...fields, ...(roles ? { roles } : {}) }).map(([key, after]) => [key, { after }]);
  const intended = userChangeAction(Object.fromEntries(requested) as Record<string, { after: unknown }>, !!password);
  await administrativeChange(caller, { action: intended, object: userObject(before) }, async () => {
    await UserModel.updateOne(
      { _id: id },
      {
        $set: {
          ...fields,
          ...(roles ? { roles: [...new Set(roles)] } : {}),
          ...(password ? { passwordHash: await hashPassword(password) } : {}),
        },
      },
    );
    if (password || input.active === false) await SessionModel.deleteMany({ userId: id });
    const after = await UserModel.findById(id, AUDIT_READ).lean();
    const changes = fieldChanges(before, after, AUDITED_USER_FIELDS);
    if (!after || (!password && Object.keys(changes).length === 0)) return { result: undefined, entry: null };
    const entry = {
      action: userChangeAction(changes, Boolean(password)),
      object: userObject(after),
      // "Password changed", never the password or its hash.
      detail: {
        ...(Object.keys(changes).length > 0 ? { changes } : {}),
        ...(password ? { passwordChanged: true } : {}),
      },
    };
    return { result: undefined, entry };
  });
  return getUser(ability, id);
}

/** What an audit entry reads back of an account: the compared fields only. */
const AUDIT_READ = { _id: 1, username: 1, displayName: 1, orgId: 1, roles: 1, active: 1 } as const;

/** Deactivation and reactivation are named as such; a password reset alone too; anything else is an update. */
function userChangeAction(changes: Record<string, { after: unknown }>, passwordChanged: boolean): AdministrationAction {
  if (changes.active) return changes.active.after === false ? 'user_deactivated' : 'user_activated';
  if (passwordChanged && Object.keys(changes).length === 0) return 'user_password_reset';
  return 'user_updated';
}

/** Whether a user can stand in for others: active and holding tasks. */
export function canHoldTasks(user: Pick<User, 'active' | 'roles'>): boolean {
  return user.active && user.roles.some((role) => HANDLING_ROLES.includes(role));
}
