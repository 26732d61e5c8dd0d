import type { FormLanguage } from './form-definition';

/** Han characters: a title holding any is not English. */
const HAN = /\p{Script=Han}/u;

/**
 * The title a message names a field by, in the message's language. The label
 * on screen is the uiSchema's `ui:title` when set, else the schema's `title`;
 * Chinese messages use what the label shows. Outside forms often pair an
 * English `title` with a Chinese `ui:title` (or the reverse): an English
 * message takes whichever of the two has no Chinese in it, and only when
 * neither does it fall back to the label.
 */
export function titleInLanguage(
  titles: { uiTitle?: unknown; schemaTitle?: unknown },
  language: FormLanguage,
): string | undefined {
  const candidates = [titles.uiTitle, titles.schemaTitle].filter(
    (title): title is string => typeof title === 'string' && title.trim() !== '',
  );
  if (language === 'en') return candidates.find((title) => !HAN.test(title)) ?? candidates[0];
  return candidates[0];
}
