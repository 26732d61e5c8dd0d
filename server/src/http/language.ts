import type { Request } from 'express';

export type Language = 'zh-CN' | 'en';

/** zh-CN unless the caller prefers English. */
export function requestLanguage(req: Request): Language {
  return req.acceptsLanguages('zh-CN', 'zh', 'en') === 'en' ? 'en' : 'zh-CN';
}

/** Picks the caller's language from a `{ zh, en }` text. */
export function localized(text: { zh: string; en?: string }, language: Language): string {
  return language === 'en' ? (text.en ?? text.zh) : text.zh;
}
