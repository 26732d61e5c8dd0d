import type { ErrorSchema, RJSFSchema } from '@rjsf/utils';
import type { FieldError } from '../api/api-error';
import { parsePointer } from './field-path';

type ErrorNode = { __errors?: string[] } & { [key: string]: ErrorNode | string[] | undefined };

/**
 * Turns the server's field errors (`{ path: '/loanAmount', message }`) into
 * rjsf's `extraErrors`, so each message shows under its field exactly like a
 * client-side error. A root path (`/`) attaches to the form itself.
 */
export function serverFieldErrors(fields: readonly FieldError[]): ErrorSchema {
  const root: ErrorNode = {};
  for (const field of fields) {
    let node = root;
    for (const segment of parsePointer(field.path)) {
      const child = node[segment];
      const next: ErrorNode = child && !Array.isArray(child) ? child : {};
      node[segment] = next;
      node = next;
    }
    node.__errors = [...(node.__errors ?? []), field.message];
  }
  return root as ErrorSchema;
}

/**
 * The server's field errors that no field of the form can show (a field the
 * schema does not have, or the root): these go in the message above the form.
 */
export function unplacedFieldErrors(fields: readonly FieldError[], schema: RJSFSchema): FieldError[] {
  return fields.filter((field) => {
    const [first] = parsePointer(field.path);
    return first === undefined || typeof schema.properties?.[first] !== 'object';
  });
}
