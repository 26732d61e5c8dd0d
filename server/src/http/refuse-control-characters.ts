import type { RequestHandler } from 'express';
import { ApiError } from '../errors/api-error';
import { requestLanguage } from './language';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * Refuses a query parameter (name or value) holding a control character
 * (U+0000–U+001F, U+007F: no search, id or filter has one), and a body
 * holding, outside its form data, a string with NUL or a key with a control
 * character (400 VALIDATION_FAILED naming where: the parameter, or the body's
 * JSON pointer). FerretDB on PostgreSQL refuses NUL in any document, so a
 * comment with NUL would otherwise reach the request's workflow and fail every
 * write of it. Form data (`/data`) may hold NUL in its strings, as it is
 * stored as JSON text; its keys are checked with the form (`checkFormData`),
 * as field errors; other strings of a body (comments) keep their line breaks.
 */
export const refuseControlCharacters: RequestHandler = (req, _res, next) => {
  const found = controlCharacterInQuery(req.query) ?? unstorablePath(req.body, '');
  if (!found) return next();
  const english = requestLanguage(req) === 'en';
  const message =
    found.kind === 'value' && found.path.startsWith('/')
      ? english
        ? 'Must not contain the NUL character (U+0000)'
        : '不能包含空字符（U+0000）'
      : english
        ? 'Must not contain control characters'
        : '不能包含控制字符';
  next(new ApiError('VALIDATION_FAILED', [{ path: found.path, message }]));
};

/** Query parameters come from a URL: a control character in one is never a search or an id (NUL was a 500 before). */
function controlCharacterInQuery(query: unknown): { path: string; kind: 'key' | 'value' } | null {
  if (typeof query !== 'object' || query === null) return null;
  for (const [name, value] of Object.entries(query)) {
    if (CONTROL_CHARACTER.test(name)) return { path: name, kind: 'key' };
    if (holdsControlCharacter(value)) return { path: name, kind: 'value' };
  }
  return null;
}

function holdsControlCharacter(value: unknown): boolean {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value);
  return typeof value === 'object' && value !== null && Object.values(value).some(holdsControlCharacter);
}

function unstorablePath(value: unknown, path: string): { path: string; kind: 'key' | 'value' } | null {
  if (typeof value === 'string') return value.includes('\u0000') ? { path: path || '/', kind: 'value' } : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (path === '' && key === 'data') continue;
    if (!Array.isArray(value) && CONTROL_CHARACTER.test(key)) return { path: childPath, kind: 'key' };
    const found = unstorablePath(child, childPath);
    if (found) return found;
  }
  return null;
}
