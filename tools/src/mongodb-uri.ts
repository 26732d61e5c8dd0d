/**
 * `uri` with its database name set to `databaseName`, keeping hosts, credentials and options.
 * Works on multi-host and `mongodb+srv` URIs, which WHATWG `URL` cannot parse.
 */
export function withDatabaseName(uri: string, databaseName: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/([^?]*))?(\?.*)?$/.exec(uri);
  if (!match) throw new Error(`not a MongoDB connection string: ${uri}`);
  const [, schemeAndHosts, , options = ''] = match;
  return `${schemeAndHosts}/${encodeURIComponent(databaseName)}${options}`;
}
