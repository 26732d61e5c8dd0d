/**
 * MongoDB's duplicate key error (11000): an insert or upsert lost a race it may lose, or an
 * update would give two documents the same unique key. FerretDB 1.24 on PostgreSQL reports the
 * update case as an InternalError (code 1) carrying PostgreSQL's unique violation, SQLSTATE 23505.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 11000 || (code === 1 && typeof message === 'string' && message.includes('(SQLSTATE 23505)'));
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

/** The driver's names for "the database did not answer": connection lost, none reachable, timed out, pool cleared. */
const UNREACHABLE = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoOperationTimeoutError',
  'MongoPoolClearedError',
  'MongoPoolClosedError',
  'PoolClearedOnNetworkError',
  'MongoWaitQueueTimeoutError',
]);

/**
 * The database did not answer (as opposed to refusing what was asked): a
 * caller should hear 503 and try again, never a "not found" or a 500.
 * mongoose reports an operation queued while disconnected as a MongooseError
 * that timed out buffering.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (typeof name === 'string' && UNREACHABLE.has(name)) return true;
  return name === 'MongooseError' && typeof message === 'string' && message.includes('buffering timed out');
}
