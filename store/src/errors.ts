/** MongoDB's (and FerretDB's) duplicate key error: an insert or upsert lost a race it may lose. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
