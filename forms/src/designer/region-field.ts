import { DEFAULT_REGION_DEPTH, isRegionDepth, regionDepthLevel, type RegionDepth } from '../regions/region-depth';
import { DESIGNER_FIELDS, type DesignerField } from './form-model';
import { compact, isJsonObject, type JsonObject } from './json-value';

/** The fixed parts of a region value, with their labels (what a form's data view and error messages show). */
export const REGION_PARTS = { code: '行政区划代码', names: '地区名称' } as const;

/**
 * A 省/市/区县 picker: `{ code, names }` (see `RegionValue`), a GB/T 2260 code
 * and the names from the province down to it. The schema bounds the names by
 * the depth; that the code exists at that depth and the names are its own is
 * checked against the division table (`regionProblem`) where data is
 * validated, since no JSON Schema keyword can say it. `ui:field: region` with
 * `ui:options.depth` tells the renderer and the checks how far down to ask.
 */
export function compileRegionField(
  field: DesignerField,
  common: JsonObject,
  ui: JsonObject,
): { schema: JsonObject; ui: JsonObject } {
  const depth = field.regionDepth ?? DEFAULT_REGION_DEPTH;
  return {
    schema: compact({
      type: 'object',
      ...common,
      required: ['code', 'names'],
      additionalProperties: false,
      properties: {
        code: { type: 'string', title: REGION_PARTS.code, pattern: '^[0-9]{6}$' },
        names: {
          type: 'array',
          title: REGION_PARTS.names,
          minItems: 1,
          maxItems: regionDepthLevel(depth),
          items: { type: 'string', minLength: 1 },
        },
      },
    }),
    ui: { 'ui:field': DESIGNER_FIELDS.region, ...ui, 'ui:options': { depth } },
  };
}

/** The depth a region field's uiSchema asks for, when the node is a region picker. */
export function readRegionDepth(schema: JsonObject, ui: JsonObject): RegionDepth | undefined {
  if (schema.type !== 'object' || ui['ui:field'] !== DESIGNER_FIELDS.region) return undefined;
  const depth = isJsonObject(ui['ui:options']) ? ui['ui:options'].depth : undefined;
  return isRegionDepth(depth) ? depth : undefined;
}
