/**
 * How far down a region picker asks: 省 (province), 市 (prefecture city) or
 * 区县 (county). Kept apart from the division data so the designer's model can
 * name a depth without loading some 200 KB of regions.
 */
export const REGION_DEPTHS = ['province', 'city', 'county'] as const;
export type RegionDepth = (typeof REGION_DEPTHS)[number];

/** The depth a new region picker asks for: most government forms want the county (所在区县). */
export const DEFAULT_REGION_DEPTH: RegionDepth = 'county';

/** How many names a value of this depth holds at most: the province, then the city, then the county. */
export function regionDepthLevel(depth: RegionDepth): 1 | 2 | 3 {
  return depth === 'province' ? 1 : depth === 'city' ? 2 : 3;
}

/**
 * What a region field stores: the GB/T 2260 code of the place chosen, and the
 * names from its province down to it (`['湖北省', '孝感市', '云梦县']`), so
 * the data reads without the division table and the server can check the two
 * agree.
 */
export interface RegionValue {
  code: string;
  names: string[];
}

export function isRegionDepth(value: unknown): value is RegionDepth {
  return REGION_DEPTHS.some((depth) => depth === value);
}
