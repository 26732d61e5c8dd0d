import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { useLanguage } from '../i18n/use-language';
import { router } from './router';
import { appTheme } from './theme';

/**
 * Providers around the routes: server state, antd's locale and theme, and
 * antd's App (so `message` and `modal` follow the theme and locale).
 */
export function App({ queryClient }: { queryClient: QueryClient }) {
  const language = useLanguage();
  const { i18n } = useTranslation();

  // Names of processes, steps and errors come from the server in the UI language: ask again.
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    i18n.on('languageChanged', refetch);
    return () => i18n.off('languageChanged', refetch);
  }, [i18n, queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={appTheme} button={{ autoInsertSpace: false }}>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
