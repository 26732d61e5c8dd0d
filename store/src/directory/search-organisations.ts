import { allOf, type Filter } from '../queries/all-of';
import { containsText, searchGramFilter } from '../queries/search-grams';

/**
 * Organisations whose name, English name or 统一社会信用代码 contains `text`, by index:
 * one of the text's pairs (`searchGrams`) narrows to a few names, which are then checked
 * whole. Matches nothing for text with nothing to look up.
 */
export function organisationSearchFilter(text: string): Filter {
  const narrowed = searchGramFilter('searchGrams', text);
  if (!narrowed) return { _id: { $in: [] } };
  // Typed with a full-width keyboard (Ｔａｘ), it reads as the name is written.
  const wanted = text.trim().normalize('NFKC');
  const pattern = containsText(wanted);
  return allOf(narrowed, {
    $or: [{ name: pattern }, { nameEn: pattern }, { creditCode: containsText(wanted.toUpperCase()) }],
  });
}
