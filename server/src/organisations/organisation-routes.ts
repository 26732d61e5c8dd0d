import { Router } from 'express';
import { requireUser, signedIn } from '../auth/current-user';
import {
  createOrganisationBody,
  organisationIdParams,
  organisationListQuery,
  updateOrganisationBody,
} from '../http/directory-schemas';
import { requestLanguage } from '../http/language';
import { parseInput } from '../http/parse-input';
import { parseParams } from '../http/route-params';
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './manage-organisations';

/** `/organisations`: staff read them; administrators create, change and delete them. */
export function organisationRoutes(): Router {
  const router = Router();
  router.use(requireUser);

  router.get('/', async (req, res) => {
    res.json(await listOrganisations(signedIn(req).ability, parseInput(organisationListQuery, req.query, req)));
  });

  router.post('/', async (req, res) => {
    const { ability, user } = signedIn(req);
    const body = parseInput(createOrganisationBody, req.body, req);
    const created = await createOrganisation(ability, user, body, requestLanguage(req));
    res.status(201).location(`/api/v1/organisations/${created.id}`).json(created);
  });

  router.get('/:id', async (req, res) => {
    const { id } = parseParams(organisationIdParams, req.params, 'ORGANISATION_NOT_FOUND');
    res.json(await getOrganisation(signedIn(req).ability, id));
  });

  router.patch('/:id', async (req, res) => {
    const { id } = parseParams(organisationIdParams, req.params, 'ORGANISATION_NOT_FOUND');
    const { ability, user } = signedIn(req);
    const body = parseInput(updateOrganisationBody, req.body, req);
    res.json(await updateOrganisation(ability, user, id, body, requestLanguage(req)));
  });

  router.delete('/:id', async (req, res) => {
    const { id } = parseParams(organisationIdParams, req.params, 'ORGANISATION_NOT_FOUND');
    const { ability, user } = signedIn(req);
    await deleteOrganisation(ability, user, id);
    res.status(204).end();
  });

  return router;
}
