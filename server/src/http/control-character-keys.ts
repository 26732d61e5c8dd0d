import type { FieldError } from '@tongban/forms';
import type { Language } from './language';

/** C0 controls and DEL: no field name a person types, and NUL is refused by PostgreSQL wherever it appears. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * One field error for every key, at any depth of `data`, that holds a control
 * character (U+0000–U+001F, U+007F), at its JSON pointer, in the caller's
 * language. Such a key is refused rather than stored: no form field can be
 * named so, and a database may refuse the document it ends up in. Values may
 * hold anything (NUL included): they are stored as JSON text.
 */
export function controlCharacterKeyErrors(data: unknown, language: Language, path = ''): FieldError[] {
  if (typeof data !== 'object' || data === null) return [];
  const errors: FieldError[] = [];
  for (const [key, child] of Object.entries(data)) {
    const childPath = `${path}/${Array.isArray(data) ? key : pointerSegment(key)}`;
    if (!Array.isArray(data) && CONTROL_CHARACTER.test(key)) {
      const shown = key.replace(
        CONTROL_CHARACTERS,
        (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      errors.push({
        path: childPath,
        message:
          language === 'en' ? `The field name "${shown}" contains a control character` : `字段名“${shown}”含有控制字符`,
      });
    }
    errors.push(...controlCharacterKeyErrors(child, language, childPath));
  }
  return errors;
}

/** A key as a JSON pointer segment (RFC 6901), as ajv writes a field error's path. */
export function pointerSegment(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
