/**
 * `@tongban/forms/regions`: the GB/T 2260 division table and its lookups.
 * Some 200 KB of data: a browser page imports it lazily, only where a region
 * picker shows.
 */
export {
  regionCodeLevel,
  regionNames,
  regionProblem,
  regionTree,
  type RegionNode,
  type RegionProblem,
} from './regions';
export {
  DEFAULT_REGION_DEPTH,
  isRegionDepth,
  REGION_DEPTHS,
  regionDepthLevel,
  type RegionDepth,
  type RegionValue,
} from './region-depth';
