import { accessibleBy } from '@casl/mongoose';
import type { Action, AppAbility } from './define-abilities';

/**
 * The database filter of the documents of `type` the ability allows `action`
 * on: `accessibleBy`, except when no rule allows it at all. CASL then answers
 * `{ $expr: { $eq: [0, 1] } }`, which FerretDB does not run (the list would
 * fail with a 500); an empty `_id` list matches nothing on both databases.
 */
export function accessibleFilter(
  ability: AppAbility,
  action: Action,
  type: 'Request' | 'Task' | 'User' | 'Organisation',
): Record<string, unknown> {
  if (!ability.can(action, type)) return { _id: { $in: [] } };
  return accessibleBy(ability, action).ofType(type);
}
