import { Router } from 'express';
import { requireUser, signedIn } from '../auth/current-user';
import {
  createUserBody,
  notificationPreferencesBody,
  substituteBody,
  updateUserBody,
  userIdParams,
  userListQuery,
} from '../http/directory-schemas';
import { requestLanguage } from '../http/language';
import { parseInput } from '../http/parse-input';
import { parseParams } from '../http/route-params';
import { createUser, getUser, listUsers, updateUser } from './manage-users';
import { getNotificationPreferences, setNotificationPreferences } from './notification-preferences';
import { clearSubstitute, getSubstitute, setSubstitute } from './set-substitute';

/** `/users`: the directory for staff, accounts for administrators. */
export function userRoutes(): Router {
  const router = Router();
  router.use(requireUser);

  router.get('/', async (req, res) => {
    res.json(await listUsers(signedIn(req).ability, parseInput(userListQuery, req.query, req)));
  });

  router.post('/', async (req, res) => {
    const { ability, user } = signedIn(req);
    const created = await createUser(ability, user, parseInput(createUserBody, req.body, req));
    res.status(201).location(`/api/v1/users/${created.id}`).json(created);
  });

  router.get('/:id', async (req, res) => {
    const { id } = parseParams(userIdParams, req.params, 'USER_NOT_FOUND');
    res.json(await getUser(signedIn(req).ability, id));
  });

  router.patch('/:id', async (req, res) => {
    const { user, ability } = signedIn(req);
    const { id } = parseParams(userIdParams, req.params, 'USER_NOT_FOUND');
    res.json(await updateUser(ability, user, id, parseInput(updateUserBody, req.body, req)));
  });

  return router;
}

/** `/me/…`: what each signed-in user sets for themselves. */
export function meRoutes(): Router {
  const router = Router();
  router.use(requireUser);

  router.get('/substitute', async (req, res) => {
    res.json({ substitute: await getSubstitute(signedIn(req).user) });
  });

  router.put('/substitute', async (req, res) => {
    const { user, ability } = signedIn(req);
    const body = parseInput(substituteBody, req.body, req);
    res.json({ substitute: await setSubstitute(ability, user, body, requestLanguage(req)) });
  });

  router.get('/notification-preferences', async (req, res) => {
    res.json(await getNotificationPreferences(signedIn(req).user));
  });

  router.put('/notification-preferences', async (req, res) => {
    const body = parseInput(notificationPreferencesBody, req.body, req);
    res.json(await setNotificationPreferences(signedIn(req).user, body));
  });

  router.delete('/substitute', async (req, res) => {
    const { user, ability } = signedIn(req);
    await clearSubstitute(ability, user);
    res.status(204).end();
  });

  return router;
}
