import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import type { Language } from '../i18n/language';

const OPTIONS: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

/** 中文 / English, each named in its own language so either reader finds it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('language.label')}
      options={OPTIONS}
      value={language}
      onChange={(value) => void i18n.changeLanguage(value)}
    />
  );
}
