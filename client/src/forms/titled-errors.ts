import type { RJSFSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import { formatMessage } from '@tongban/forms/formats';
import type { Language } from '../i18n/language';
import { parseProperty } from './field-path';
import { fieldTitle } from './field-title';

/**
 * Rewrites rjsf's validation errors so each one names its field by the title
 * the user sees (`请填写“贷款银行”`) instead of a property path
 * (`.bank 应当有必需属性 bank`). The message shows inline under the field and
 * in any error list, so it must read well on its own.
 *
 * Keywords whose raw messages leak schema internals (regular expressions,
 * `oneOf`) get plain messages; the rest keep the validator's localized text.
 * Each problem is said once, as the server says it: alternatives (`oneOf` /
 * `anyOf`) that all fail are one problem, not one per alternative, and a field
 * failing the same keyword in several branches (`allOf`, `then`) hears it once.
 */
export function titledErrors(
  errors: readonly RJSFValidationError[],
  schema: RJSFSchema,
  uiSchema: UiSchema | undefined,
  language: Language,
): RJSFValidationError[] {
  const alternatives = errors
    .filter((error) => (error.name === 'oneOf' || error.name === 'anyOf') && error.schemaPath)
    .map((error) => `${error.schemaPath}/`);
  const seen = new Set<string>();
  const result: RJSFValidationError[] = [];
  for (const error of errors) {
    if (alternatives.some((prefix) => error.schemaPath?.startsWith(prefix))) continue;
    const segments = parseProperty(error.property);
    const title = fieldTitle(schema, uiSchema, segments, language) || (language === 'en' ? 'the form' : '表单');
    const message = describe(error, title, language);
    const key = `${segments.join('/')}\u0000${error.name ?? message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ ...error, message, stack: message, title });
  }
  return result;
}

const ZH_COMPARISON: Record<string, string> = { '>=': '大于或等于', '>': '大于', '<=': '小于或等于', '<': '小于' };

function describe(error: RJSFValidationError, title: string, language: Language): string {
  const zh = language === 'zh-CN';
  const quoted = zh ? `“${title}”` : `"${title}"`;
  switch (error.name) {
    case 'required':
      return zh ? `请填写${quoted}` : `${quoted} is required`;
    case 'format': {
      // A Chinese identifier says what is wrong with it, as the server does.
      const named = formatMessage((error.params as { format?: unknown } | undefined)?.format, title, language);
      if (named) return named;
      return zh ? `${quoted}格式不正确` : `${quoted} is not in the expected format`;
    }
    case 'pattern':
      return zh ? `${quoted}格式不正确` : `${quoted} is not in the expected format`;
    case 'enum':
    case 'const':
    case 'oneOf':
    case 'anyOf':
      return zh ? `请从选项中选择${quoted}` : `${quoted} must be one of the options`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const params = error.params as { comparison?: string; limit?: number } | undefined;
      const comparison = params?.comparison ? ZH_COMPARISON[params.comparison] : undefined;
      if (zh && comparison) return `${quoted}应当${comparison} ${params?.limit}`;
      break;
    }
  }
  return zh ? `${quoted}${error.message ?? '无效'}` : `${quoted} ${error.message ?? 'is invalid'}`;
}
