/** The two UI languages. zh-CN is the product's first language; English is second. */
export type Language = 'zh-CN' | 'en';

export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

const STORAGE_KEY = 'tongban.language';

/** Reads a stored choice; anything unknown (or no storage at all) means zh-CN. */
export function parseLanguage(value: string | null | undefined): Language {
  return value === 'en' ? 'en' : 'zh-CN';
}

export function loadStoredLanguage(): Language {
  try {
    return parseLanguage(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    // Storage can be blocked (private mode, policies); the default is fine then.
    return 'zh-CN';
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is harmless.
  }
}
