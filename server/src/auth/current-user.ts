import type { NextFunction, Request, Response } from 'express';
import { OrganisationModel, UserModel, type Role } from '@tongban/store';
import type { Party } from '@tongban/workflows';
import { ApiError } from '../errors/api-error';
import { defineAbilityFor, defineRulesFor, type AppAbility } from './define-abilities';
import { SESSION_COOKIE, sessionUserId } from './sessions';

/** The signed-in user as the API and the client see them. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  orgId: string;
  orgName: string;
  roles: Role[];
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: CurrentUser;
    ability?: AppAbility;
  }
}

export async function loadCurrentUser(userId: string): Promise<CurrentUser | null> {
  const user = await UserModel.findById(userId).lean();
  if (!user || !user.active) return null;
  const org = await OrganisationModel.findById(user.orgId, { name: 1 }).lean();
  return {
    id: user._id,
    username: user.username,
    displayName: user.displayName,
    orgId: user.orgId,
    orgName: org?.name ?? user.orgId,
    roles: user.roles,
  };
}

/** The signed-in user as the engine records people: who acted, for the timeline and the audit chain. */
export function partyOf(user: CurrentUser): Party {
  return { userId: user.id, displayName: user.displayName, orgId: user.orgId, orgName: user.orgName };
}

/** The user and their packed CASL rules: the body of login and `me`. */
export function profileBody(user: CurrentUser) {
  return { user, rules: defineRulesFor({ id: user.id, orgId: user.orgId, roles: user.roles }) };
}

/** Requires a live session; sets `req.user` and `req.ability`. */
export async function requireUser(req: Request, _res: Response, next: NextFunction): Promise<void> {
  const token: unknown = req.cookies?.[SESSION_COOKIE];
  const userId = typeof token === 'string' && token.length > 0 ? await sessionUserId(token) : null;
  const user = userId ? await loadCurrentUser(userId) : null;
  if (!user) throw new ApiError('UNAUTHENTICATED');
  req.user = user;
  req.ability = defineAbilityFor({ id: user.id, orgId: user.orgId, roles: user.roles });
  next();
}

/** The signed-in user of a route behind `requireUser`. */
export function signedIn(req: Request): { user: CurrentUser; ability: AppAbility } {
  if (!req.user || !req.ability) throw new ApiError('UNAUTHENTICATED');
  return { user: req.user, ability: req.ability };
}
