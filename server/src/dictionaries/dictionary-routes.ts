import { Router, type RequestHandler } from 'express';
import { requireUser, signedIn } from '../auth/current-user';
import { ApiError } from '../errors/api-error';
import { dictionaryDraftBody, dictionaryUpdateBody, dictionaryVersionParams } from '../http/dictionary-schemas';
import { requiredRevision, sendRevision } from '../http/if-match';
import { requestLanguage } from '../http/language';
import { parseInput } from '../http/parse-input';
import { parseParams } from '../http/route-params';
import {
  createDictionaryDraft,
  getDictionaryVersion,
  listDictionaries,
  publishDictionaryVersion,
  updateDictionaryDraft,
  type DictionaryVersionView,
} from './manage-dictionaries';

/** Writes: whoever may not write is told so (403) before anything about their request is checked. */
const writersOnly: RequestHandler = (req, _res, next) => {
  if (!signedIn(req).ability.can('manage', 'Definition')) throw new ApiError('FORBIDDEN');
  next();
};

/**
 * `/dictionaries`: 数据字典 versions, draft → published, for the administrators
 * who keep them; published versions for everyone signed in. Every change to a
 * version carries `If-Match` with the ETag it was read with.
 */
export function dictionaryRoutes(): Router {
  const router = Router();
  router.use(requireUser);
  const versionOf = (params: unknown) => parseParams(dictionaryVersionParams, params, 'DICTIONARY_NOT_FOUND');
  const location = (view: DictionaryVersionView) => `/api/v1/dictionaries/${view.key}/versions/${view.version}`;

  router.get('/', async (req, res) => {
    res.json(await listDictionaries(signedIn(req).ability, requestLanguage(req)));
  });

  router.post('/', writersOnly, async (req, res) => {
    const { user, ability } = signedIn(req);
    const draft = parseInput(dictionaryDraftBody, req.body, req);
    const created = await createDictionaryDraft(ability, user, draft);
    sendRevision(res, created.revision);
    res.status(201).location(location(created)).json(created);
  });

  router.get('/:key/versions/:version', async (req, res) => {
    const { key, version } = versionOf(req.params);
    const view = await getDictionaryVersion(signedIn(req).ability, key, version);
    sendRevision(res, view.revision);
    res.json(view);
  });

  router.put('/:key/versions/:version', writersOnly, async (req, res) => {
    const { user, ability } = signedIn(req);
    const { key, version } = versionOf(req.params);
    const revision = requiredRevision(req);
    const draft = parseInput(dictionaryUpdateBody, req.body, req);
    const view = await updateDictionaryDraft(ability, user, key, version, revision, draft);
    sendRevision(res, view.revision);
    res.json(view);
  });

  router.post('/:key/versions/:version/publish', writersOnly, async (req, res) => {
    const { user, ability } = signedIn(req);
    const { key, version } = versionOf(req.params);
    const view = await publishDictionaryVersion(ability, user, key, version, requiredRevision(req));
    sendRevision(res, view.revision);
    res.json(view);
  });

  return router;
}
