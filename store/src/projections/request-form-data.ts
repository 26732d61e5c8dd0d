import type { RequestProjection, StoredFormData, StoredRequestProjection } from '../models/request-projection';

/** A request projection ready to be written: its form data as JSON text (see `StoredFormData`). */
export type RequestProjectionDocument = StoredRequestProjection & { data: string; stepData: string };

/**
 * The document to store for a request projection: the same fields, its form
 * data (`data`, `stepData`) as JSON text, which any document database stores
 * and which reads back as exactly the JSON the form's schema accepted.
 */
export function storedRequestProjection(projection: RequestProjection): RequestProjectionDocument {
  return { ...projection, data: JSON.stringify(projection.data), stepData: JSON.stringify(projection.stepData) };
}

/**
 * A stored request projection as the API reads it, its form data parsed back.
 * Accepts documents of either shape (text, or the object older ones hold).
 */
export function readRequestProjection(stored: StoredRequestProjection): RequestProjection {
  return { ...stored, data: readFormData(stored.data), stepData: readStepData(stored.stepData) };
}

/** A request's form data from a stored projection (read with a projection of a few fields), either shape. */
export function readFormData(stored: StoredFormData | undefined): Record<string, unknown> {
  if (stored === undefined) return {};
  return typeof stored === 'string' ? (JSON.parse(stored) as Record<string, unknown>) : stored;
}

/** What each fill step submitted, by step id, from a stored projection, either shape. */
export function readStepData(stored: StoredFormData | undefined): RequestProjection['stepData'] {
  return readFormData(stored) as RequestProjection['stepData'];
}
