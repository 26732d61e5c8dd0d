import type { FormDefinition, JsonSchema } from '../form-definition';
import type { ChineseFormatName } from '../formats/chinese-formats';

/**
 * The next version of a seed form, its identifier fields checked by the named
 * Chinese formats (统一社会信用代码 with its check character, 手机号码 by its
 * number ranges) instead of the regular expressions version 1 shipped, which
 * let a mistyped check character through. Everything else stays as it was, so
 * the new version's example is the old one; the old version stays published
 * for the requests that pin it.
 */
export function withChineseFormats(
  form: FormDefinition,
  formats: Readonly<Record<string, ChineseFormatName>>,
): FormDefinition {
  const properties = { ...(form.schema.properties as Record<string, JsonSchema>) };
  for (const [key, format] of Object.entries(formats)) {
    const field = properties[key];
    if (!field) throw new Error(`${form.key} has no field ${key}`);
    const { pattern: _replaced, ...rest } = field;
    properties[key] = { ...rest, format };
  }
  return { ...form, version: form.version + 1, schema: { ...form.schema, properties } };
}
