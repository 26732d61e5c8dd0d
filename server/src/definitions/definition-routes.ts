import { Router, type RequestHandler } from 'express';
import { requireUser, signedIn } from '../auth/current-user';
import { ApiError } from '../errors/api-error';
import {
  definitionKindParams,
  definitionListQuery,
  definitionVersionParams,
  draftBody,
  importBody,
} from '../http/definition-schemas';
import { requiredRevision, sendRevision } from '../http/if-match';
import { requestLanguage } from '../http/language';
import { parseInput } from '../http/parse-input';
import { parseParams } from '../http/route-params';
import {
  archiveVersion,
  createDraft,
  deleteDraft,
  requireDesigner,
  exportVersion,
  getDefinitionVersion,
  importDefinition,
  listDefinitions,
  publishVersion,
  updateDraft,
  type DefinitionVersionView,
} from './manage-definitions';
import { processesOnOlderForm } from './processes-on-older-form';

/**
 * `/definitions/:kind` (`forms` or `processes`): versions of definitions,
 * draft → published → archived, for the designers. Every change to a version
 * carries `If-Match` with the ETag it was read with.
 */
/**
 * Writes to a stored version: whoever may not design is told so (403) before anything about
 * their request is checked, an absent If-Match (428) or a bad body (400) included.
 */
const designersOnly: RequestHandler = (req, _res, next) => {
  requireDesigner(signedIn(req).ability, true);
  next();
};

export function definitionRoutes(): Router {
  const router = Router();
  router.use(requireUser);
  const kindOf = (params: unknown) => parseParams(definitionKindParams, params, 'NOT_FOUND').kind;
  const versionOf = (params: unknown) => parseParams(definitionVersionParams, params, 'DEFINITION_NOT_FOUND');
  const location = (view: DefinitionVersionView) =>
    `/api/v1/definitions/${view.kind}/${view.key}/versions/${view.version}`;

  router.get('/:kind', async (req, res) => {
    const kind = kindOf(req.params);
    const query = parseInput(definitionListQuery, req.query, req);
    res.json(await listDefinitions(signedIn(req).ability, kind, query, requestLanguage(req)));
  });

  router.post('/:kind', async (req, res) => {
    const { user, ability } = signedIn(req);
    const kind = kindOf(req.params);
    const { definition } = parseInput(draftBody, req.body, req);
    const created = await createDraft(ability, user, kind, definition);
    sendRevision(res, created.revision);
    res.status(201).location(location(created)).json(created);
  });

  router.post('/:kind/import', async (req, res) => {
    const { user, ability } = signedIn(req);
    const kind = kindOf(req.params);
    const file = parseInput(importBody, req.body, req);
    const created = await importDefinition(ability, user, kind, file, requestLanguage(req));
    sendRevision(res, created.revision);
    res.status(201).location(location(created)).json(created);
  });

  router.get('/:kind/:key/versions/:version', async (req, res) => {
    const { kind, key, version } = versionOf(req.params);
    const view = await getDefinitionVersion(signedIn(req).ability, kind, key, version);
    sendRevision(res, view.revision);
    res.json(view);
  });

  router.put('/:kind/:key/versions/:version', designersOnly, async (req, res) => {
    const { user, ability } = signedIn(req);
    const { kind, key, version } = versionOf(req.params);
    const { definition } = parseInput(draftBody, req.body, req);
    const view = await updateDraft(
      ability,
      user,
      kind,
      key,
      version,
      requiredRevision(req),
      definition,
      requestLanguage(req),
    );
    sendRevision(res, view.revision);
    res.json(view);
  });

  router.delete('/:kind/:key/versions/:version', designersOnly, async (req, res) => {
    const { kind, key, version } = versionOf(req.params);
    const { user, ability } = signedIn(req);
    await deleteDraft(ability, user, kind, key, version, requiredRevision(req));
    res.status(204).end();
  });

  router.post('/:kind/:key/versions/:version/publish', designersOnly, async (req, res) => {
    const { user, ability } = signedIn(req);
    const { kind, key, version } = versionOf(req.params);
    const view = await publishVersion(ability, user, kind, key, version, requiredRevision(req), requestLanguage(req));
    sendRevision(res, view.revision);
    res.json(view);
  });

  router.post('/:kind/:key/versions/:version/archive', designersOnly, async (req, res) => {
    const { user, ability } = signedIn(req);
    const { kind, key, version } = versionOf(req.params);
    const view = await archiveVersion(ability, user, kind, key, version, requiredRevision(req));
    sendRevision(res, view.revision);
    res.json(view);
  });

  // Only forms are used by other definitions; `processes/…/used-by` is no resource.
  router.get('/:kind/:key/versions/:version/used-by', async (req, res) => {
    const { kind, key, version } = versionOf(req.params);
    if (kind !== 'forms') throw new ApiError('NOT_FOUND');
    res.json(await processesOnOlderForm(signedIn(req).ability, key, version, requestLanguage(req)));
  });

  router.get('/:kind/:key/versions/:version/export', async (req, res) => {
    const { kind, key, version } = versionOf(req.params);
    const file = await exportVersion(signedIn(req).ability, kind, key, version);
    res.attachment(`${kind === 'forms' ? 'form' : 'process'}-${key}-v${version}.json`).json(file);
  });

  return router;
}
