/**
 * A copy of a process definition whose form references (`{ key, version }`
 * objects at the given JSON Pointers: the request form at `/form`, a 填报
 * step's at `/steps/…/form`) name `version` instead. A pointer that does not
 * lead to such an object is an error: the definition changed since it was read.
 */
export function moveFormReferences<D>(definition: D, references: readonly { path: string }[], version: number): D {
  const copy = structuredClone(definition);
  for (const { path } of references) {
    let node: unknown = copy;
    for (const segment of path.split('/').slice(1)) {
      const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    }
    if (typeof node !== 'object' || node === null || !('version' in node))
      throw new Error(`no form reference at ${path}`);
    (node as { version: number }).version = version;
  }
  return copy;
}
