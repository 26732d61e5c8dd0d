import { allOf, type Filter } from '../queries/all-of';
import { containsLooseText, searchGramFilter } from '../queries/search-grams';

/**
 * Organisations whose name, English name or 统一社会信用代码 contains `text`, by index:
 * one of the text's pairs (`searchGrams`) narrows to a few names, which are then checked
 * whole. Matches nothing for text with nothing to look up.
 */
export function organisationSearchFilter(text: string): Filter {
  const narrowed = searchGramFilter('searchGrams', text);
  if (!narrowed) return { _id: { $in: [] } };
  // Full-width or not, as the name is written or as it is typed (（集团） or (集团), Ｔａｘ or Tax).
  const pattern = containsLooseText(text.trim());
  return allOf(narrowed, { $or: [{ name: pattern }, { nameEn: pattern }, { creditCode: pattern }] });
}
