import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';
import { loadStoredLanguage, parseLanguage, storeLanguage, type Language } from './language';

/**
 * One i18next instance for the app. Resources are bundled (two small JSON
 * files), so initialisation is synchronous and nothing flashes untranslated.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: loadStoredLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false }, // React escapes already.
  initAsync: false,
  showSupportNotice: false,
});

/** The UI language now; the API is asked to answer in it too. */
export function currentLanguage(): Language {
  return parseLanguage(i18n.language);
}

function applyLanguage(language: Language): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  // Outside a browser (components rendered to a string in tests) there is no page to label.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  storeLanguage(language);
}

applyLanguage(currentLanguage());
i18n.on('languageChanged', (language) => applyLanguage(parseLanguage(language)));
