/** MongoDB's (and FerretDB's) duplicate key error: an insert or upsert lost a race it may lose. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

/**
 * A bulk write (`bulkWrite`, `insertMany` with `ordered: false`) whose every
 * failed operation lost such a race: the rest were applied, so the write as a
 * whole did what it should. The driver gives one write error or an array.
 */
export function isOnlyDuplicateKeyErrors(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const reported = (error as { writeErrors?: unknown }).writeErrors;
  if (reported === undefined) return isDuplicateKeyError(error);
  const writeErrors: unknown[] = Array.isArray(reported) ? reported : [reported];
  // The driver's WriteError has `code`; mongoose's insertMany reports plain `{ err: { code }, index }`.
  return (
    writeErrors.length > 0 &&
    writeErrors.every(
      (writeError) => isDuplicateKeyError(writeError) || isDuplicateKeyError((writeError as { err?: unknown })?.err),
    )
  );
}
