import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, NETWORK_ERROR } from '../api/api-error';
import { currentLanguage } from '../i18n/i18n';
import { fetchDownload, formatBytes, saveBlob } from '../lib/download-file';

interface ExportButtonProps {
  /** The export under `/api/v1`, e.g. `/requests/export.xlsx`. */
  path: string;
  /** The list's current filters, sent as they are (empty values left out). */
  params?: Record<string, string | undefined>;
  /** Saved under this name if the server names none. */
  fallbackName?: string;
  size?: 'small' | 'middle';
  type?: 'default' | 'link';
  label?: string;
}

/**
 * 导出 Excel with the list's current filters. The server streams the file; a
 * message says how much has arrived while it does, since there is no total to
 * show a percentage of.
 */
export function ExportButton({
  path,
  params = {},
  fallbackName = 'export.xlsx',
  size,
  type,
  label,
}: ExportButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [running, setRunning] = useState(false);

  async function run() {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    const query = search.toString();
    const key = `export:${path}`;
    setRunning(true);
    void message.open({ key, type: 'loading', content: t('export.starting'), duration: 0 });
    try {
      const { blob, fileName } = await fetchDownload(`/api/v1${path}${query ? `?${query}` : ''}`, {
        language: currentLanguage(),
        fallbackName,
        onProgress: (bytes) =>
          void message.open({
            key,
            type: 'loading',
            content: t('export.progress', { size: formatBytes(bytes) }),
            duration: 0,
          }),
      });
      saveBlob(blob, fileName);
      void message.open({ key, type: 'success', content: t('export.done', { name: fileName }) });
    } catch (error) {
      const reason = error instanceof ApiError && error.code !== NETWORK_ERROR ? error.message : t('errors.network');
      void message.open({ key, type: 'error', content: t('export.failed', { reason }) });
    } finally {
      setRunning(false);
    }
  }

  return (
    <Button icon={<FileExcelOutlined />} size={size} type={type} loading={running} onClick={() => void run()}>
      {label ?? t('export.xlsx')}
    </Button>
  );
}
