import type { RegionNode } from '@tongban/forms/regions';

/** What a region field holds (see `@tongban/forms` README): a GB/T 2260 code and the names down to it. */
export interface RegionValue {
  code: string;
  names: string[];
}

export function isRegionValue(value: unknown): value is RegionValue {
  if (typeof value !== 'object' || value === null) return false;
  const { code, names } = value as Record<string, unknown>;
  return typeof code === 'string' && Array.isArray(names) && names.every((name) => typeof name === 'string');
}

/** A region in words, as the picker shows it: `湖北省 / 孝感市 / 云梦县`. */
export function regionText(value: unknown): string {
  return isRegionValue(value) ? value.names.join(' / ') : '';
}

/** The Cascader's value for a stored region: the codes from the province down to it, or empty when not in the tree. */
export function regionCodePath(tree: readonly RegionNode[], value: unknown): string[] {
  if (!isRegionValue(value)) return [];
  const search = (nodes: readonly RegionNode[], above: string[]): string[] | undefined => {
    for (const node of nodes) {
      const path = [...above, node.code];
      if (node.code === value.code) return path;
      const below = node.children ? search(node.children, path) : undefined;
      if (below) return below;
    }
    return undefined;
  };
  return search(tree, []) ?? [];
}

/** What a Cascader choice (its codes, province first) stores: the last code and the names along the way. */
export function regionFromCodePath(tree: readonly RegionNode[], codes: readonly string[]): RegionValue | undefined {
  const names: string[] = [];
  let level: readonly RegionNode[] | undefined = tree;
  for (const code of codes) {
    const node: RegionNode | undefined = level?.find((candidate) => candidate.code === code);
    if (!node) return undefined;
    names.push(node.name);
    level = node.children;
  }
  const code = codes[codes.length - 1];
  return code === undefined ? undefined : { code, names };
}
