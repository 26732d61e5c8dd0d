/**
 * Splits an rjsf error `property` into its segments. rjsf writes paths as
 * `.loanAmount`, `loanAmount` (for `required` at the root), `.items.0.name`,
 * `.items[0].name` or `['first-name']`, depending on the keyword.
 */
export function parseProperty(property: string | undefined): string[] {
  if (!property) return [];
  const segments: string[] = [];
  const token = /\[(?:'([^']*)'|"([^"]*)"|(\d+))\]|([^.[\]]+)/g;
  for (const match of property.matchAll(token)) {
    const segment = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (segment !== undefined) segments.push(segment);
  }
  return segments;
}

/** Splits a JSON Pointer (`/items/0/name`) into unescaped segments; `/` and `` are the root. */
export function parsePointer(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}
