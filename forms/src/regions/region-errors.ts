import type { FieldError, FormDefinition, FormLanguage } from '../form-definition';
import { regionReferences } from '../form-references';
import type { RegionDepth } from './region-depth';
import { regionProblem, type RegionProblem } from './regions';

const DEPTH_NAMES: Record<RegionDepth, { zh: string; en: string }> = {
  province: { zh: '省', en: 'province' },
  city: { zh: '市', en: 'city' },
  county: { zh: '区县', en: 'county' },
};

/**
 * A field error for each region field whose value no picker could have
 * produced: a code GB/T 2260 does not have, a place above or below the depth
 * the field asks for, or names that are not the code's own (changed on the
 * way). Run on data the form's schema has accepted, so a value of another
 * shape is the schema's business, not this check's.
 */
export function regionErrors(
  form: Pick<FormDefinition, 'uiSchema'>,
  data: Record<string, unknown>,
  language: FormLanguage,
  titleOf: (path: string) => string,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const reference of regionReferences(form, data)) {
    const { value } = reference;
    if (typeof value !== 'object' || value === null) continue;
    const { code, names } = value as { code?: unknown; names?: unknown };
    if (typeof code !== 'string' || !Array.isArray(names) || names.some((name) => typeof name !== 'string')) continue;
    const problem = regionProblem({ code, names: names as string[] }, reference.depth);
    if (problem)
      errors.push({
        path: reference.path,
        message: regionMessage(problem, titleOf(reference.path), reference.depth, language),
      });
  }
  return errors;
}

function regionMessage(problem: RegionProblem, title: string, depth: RegionDepth, language: FormLanguage): string {
  const en = language === 'en';
  switch (problem) {
    case 'unknown':
      return en ? `"${title}": no such region` : `“${title}”所选地区不存在`;
    case 'depth':
      return en
        ? `"${title}" must be chosen down to the ${DEPTH_NAMES[depth].en}`
        : `“${title}”须选择到${DEPTH_NAMES[depth].zh}一级`;
    case 'names':
      return en ? `"${title}": the region's names do not match its code` : `“${title}”的地区名称与行政区划代码不符`;
  }
}
