import { Router } from 'express';
import { requireUser, signedIn } from '../auth/current-user';
import { parseInput } from '../http/parse-input';
import { parseParams } from '../http/route-params';
import { savedViewBody, savedViewListQuery, savedViewParams } from '../http/view-schemas';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from './saved-views';

/** `/me/views`: each person's saved list views; nobody sees anyone else's. */
export function savedViewRoutes(): Router {
  const router = Router();
  router.use(requireUser);

  router.get('/', async (req, res) => {
    const { list } = parseInput(savedViewListQuery, req.query, req);
    res.json(await listSavedViews(signedIn(req).user, list));
  });

  router.post('/', async (req, res) => {
    const created = await createSavedView(signedIn(req).user, parseInput(savedViewBody, req.body, req), req);
    res.status(201).location(`/api/v1/me/views/${created.id}`).json(created);
  });

  router.put('/:id', async (req, res) => {
    const { id } = parseParams(savedViewParams, req.params, 'SAVED_VIEW_NOT_FOUND');
    res.json(await updateSavedView(signedIn(req).user, id, parseInput(savedViewBody, req.body, req), req));
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parseParams(savedViewParams, req.params, 'SAVED_VIEW_NOT_FOUND');
    await deleteSavedView(signedIn(req).user, id);
    res.status(204).end();
  });

  return router;
}
