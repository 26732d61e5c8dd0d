import type { Filter } from './all-of';

/**
 * Searching names by any part of them, by index. A name such as 孝感英联科技有限公司
 * is stored with its characters and pairs of neighbouring characters (孝, 孝感, 感英, …)
 * in an array field with an index, so "英联" or "英联科技" is found by one of its pairs
 * in the index and then checked whole among the few names that hold that pair, instead
 * of by a regular expression read over every name (what a prefix index cannot do: people
 * leave out the city the name opens with). MongoDB serves the equality on the array with a
 * multikey index, FerretDB with its GIN index.
 */

/** A user's search text as a case-insensitive regular expression that matches it literally. */
export function containsText(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

/**
 * `containsText` that does not mind full-width and ASCII forms: `(` matches `（` and the reverse,
 * `Ｔａｘ` matches `Tax`, as the grams (`searchGramsOf`) compare them. Names are written both ways
 * (孝感英联科技（集团）有限公司), and people type either.
 */
export function containsLooseText(text: string): RegExp {
  const forms = [...text].map((char) => {
    const ascii = char.normalize('NFKC');
    const code = ascii.codePointAt(0) ?? 0;
    const wide = ascii.length === 1 && code > 0x20 && code < 0x7f ? String.fromCodePoint(code + 0xfee0) : ascii;
    const alternatives = [...new Set([char, ascii, wide])].map((form) => form.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
    return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
  });
  return new RegExp(forms.join(''), 'i');
}

/** What names are compared by: full-width forms as their ASCII, letters in lower case. */
function normalised(text: string): string[] {
  return [...text.normalize('NFKC').toLowerCase()];
}

/** The characters and neighbouring pairs of each text: what `searchGramFilter` looks up. */
export function searchGramsOf(...texts: readonly (string | undefined)[]): string[] {
  const grams = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const chars = normalised(text);
    chars.forEach((char, index) => {
      if (char.trim()) grams.add(char);
      const next = chars[index + 1];
      if (next !== undefined) grams.add(char + next);
    });
  }
  return [...grams];
}

/**
 * Pairs that many enterprises' names share (the company form, common trades, the province,
 * the city and its counties): looking one up reads a large part of the index, so another
 * pair of the same text is looked up when there is one.
 */
const COMMON_PAIRS = new Set([
  '有限',
  '限公',
  '公司',
  '限责',
  '责任',
  '任公',
  '股份',
  '份有',
  '集团',
  '科技',
  '技有',
  '发展',
  '实业',
  '贸易',
  '商贸',
  '建设',
  '工程',
  '湖北',
  '北省',
  '孝感',
  '感市',
  '云梦',
  '梦县',
  '中心',
  '分行',
  '支行',
  '银行',
]);

/**
 * The condition that narrows a search for `text` by index: `{ [field]: pair }` with the
 * text's least common pair (or its one character). It matches every name containing the
 * text and some that only share that pair, so the caller also checks the text itself
 * (`containsText`); null for text with nothing to look up (spaces only).
 */
export function searchGramFilter(field: string, text: string): Filter | null {
  const grams = searchGramsOf(text.trim());
  const pairs = grams.filter((gram) => [...gram].length === 2 && gram.trim().length === 2);
  const gram = pairs.find((pair) => !COMMON_PAIRS.has(pair)) ?? pairs[0] ?? grams[0];
  return gram === undefined ? null : { [field]: gram };
}
