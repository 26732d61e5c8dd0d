import { useTranslation } from 'react-i18next';
import { parseLanguage, type Language } from './language';

/** The UI language, re-rendering the caller when the user switches it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return parseLanguage(i18n.language);
}
