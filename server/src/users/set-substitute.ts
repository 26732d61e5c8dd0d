import { subject } from '@casl/ability';
import { UserModel, type UserSubstitute } from '@tongban/store';
import type { CurrentUser } from '../auth/current-user';
import type { AppAbility } from '../auth/define-abilities';
import { administrativeChange } from '../audit/record-administration';
import { ApiError } from '../errors/api-error';
import type { Language } from '../http/language';
import { canHoldTasks } from './manage-users';

/** The caller's out-of-office substitute (代理人), or null. */
export async function getSubstitute(user: CurrentUser): Promise<UserSubstitute | null> {
  const stored = await UserModel.findById(user.id, { substitute: 1 }).lean();
  const substitute = stored?.substitute;
  return substitute ? { userId: substitute.userId, from: substitute.from, to: substitute.to } : null;
}

/**
 * Names who handles the caller's new tasks while they are away. The engine
 * reads `substitute` when it resolves assignees; tasks already assigned stay.
 */
export async function setSubstitute(
  ability: AppAbility,
  user: CurrentUser,
  input: UserSubstitute,
  language: Language,
): Promise<UserSubstitute> {
  requireMayUpdate(ability, user);
  const en = language === 'en';
  const fields = [];
  if (input.to < input.from)
    fields.push({ path: '/to', message: en ? 'ends before it starts' : '结束日期早于开始日期' });
  const substitute =
    input.userId === user.id
      ? null
      : await UserModel.findById(input.userId, { active: 1, roles: 1, displayName: 1, orgId: 1 }).lean();
  // A colleague of the same organisation: a step's tasks stay with the organisation its rule names.
  if (!substitute || !canHoldTasks(substitute) || substitute.orgId !== user.orgId)
    fields.push({
      path: '/userId',
      message: en
        ? 'not another active colleague of your organisation who handles tasks'
        : '须是本单位其他在职的办理人员',
    });
  if (fields.length > 0) throw new ApiError('SUBSTITUTE_INVALID', fields);
  const value = { userId: input.userId, from: input.from, to: input.to };
  const before = await getSubstitute(user);
  // It changes who gets the caller's new tasks, so it is on the record like an administrator's change.
  const action = 'substitute_set';
  const object = selfObject(user);
  return administrativeChange(user, { action, object }, async () => {
    await UserModel.updateOne({ _id: user.id }, { $set: { substitute: value } });
    const detail = { changes: { substitute: { before, after: value } }, substituteName: substitute!.displayName };
    return { result: value, entry: { action, object, detail } };
  });
}

const selfObject = (user: CurrentUser) => ({ kind: 'user' as const, id: user.id, name: user.displayName });

/** Back in the office: new tasks come to the caller again. */
export async function clearSubstitute(ability: AppAbility, user: CurrentUser): Promise<void> {
  requireMayUpdate(ability, user);
  const before = await getSubstitute(user);
  // Clearing none that was set changes nothing and leaves no entry.
  if (!before) return;
  const action = 'substitute_cleared';
  const object = selfObject(user);
  await administrativeChange(user, { action, object }, async () => {
    await UserModel.updateOne({ _id: user.id }, { $unset: { substitute: 1 } });
    return {
      result: undefined,
      entry: { action, object, detail: { changes: { substitute: { before, after: null } } } },
    };
  });
}

function requireMayUpdate(ability: AppAbility, user: CurrentUser): void {
  const self = subject('User', { _id: user.id, active: true, roles: user.roles });
  if (!ability.can('update', self, 'substitute')) throw new ApiError('FORBIDDEN');
}
