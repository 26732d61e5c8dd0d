import { ENDPOINTS } from '../endpoints';
import { ERRORS, type ErrorCode } from '../errors/messages';
import { COMMON_ERRORS, type ApiOperation } from './operation-types';

export { BODY_ERRORS, COMMON_ERRORS, TAGS } from './operation-types';
export type { ApiOperation, ApiResponse, Bilingual, Tag } from './operation-types';

/**
 * Every error code an operation can answer with: its own and the ones every route can, except a
 * common one whose status the operation documents as a result of its own (the health check's 503).
 */
export function operationErrors(operation: ApiOperation): ErrorCode[] {
  // Any write from a browser page on a foreign origin (see `http/check-origin.ts`).
  const csrf: ErrorCode[] = operation.method === 'GET' ? [] : ['CSRF_REJECTED'];
  const common = COMMON_ERRORS.filter((code) => !(ERRORS[code].status in operation.responses));
  return [...new Set([...operation.errors, ...common, ...csrf])];
}

/** The endpoint of a route, by method and Express path. */
export function findOperation(method: string, path: string): ApiOperation | undefined {
  return ENDPOINTS.find((operation) => operation.method === method && operation.path === path);
}
