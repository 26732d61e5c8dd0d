import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi-document';

/** Where the client's types of the API live: generated from this document, never written by hand. */
export const CLIENT_TYPES_FILE = path.resolve(__dirname, '../../../client/src/api/generated/api-schema.ts');

const HEADER = `/**
 * The API's types, generated from its OpenAPI document (server/src/openapi) by
 * openapi-typescript: \`npm run api-types -w @tongban/server\` rewrites this file, and a
 * server test fails while it is behind the document. The client's own types
 * (\`../types.ts\`) are named from these, so a change to an endpoint's schema
 * that the client does not follow fails its typecheck.
 */
`;

/**
 * The TypeScript the client's API types are, for the document as the server builds it now
 * (or as `change` leaves it: how a test shows the client's typecheck following a schema change).
 */
export async function generateClientTypes(change?: (document: OpenApiDocument) => void): Promise<string> {
  const document = structuredClone(buildOpenApiDocument('en'));
  change?.(document);
  const ast = await openapiTS(document as never, { alphabetize: true });
  return `${HEADER}${astToString(ast)}`;
}
