import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, List, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { attachmentListQuery, attachmentUrl, uploadAttachment } from '../api/attachments';
import { formatDateTime } from '../lib/format-date-time';

/**
 * 附件: files of a request, stored by the server (never base64 in the form
 * data). Anyone who may read the request downloads them; those the server
 * lets attach (the applicant's side, its handlers) upload more.
 */
export function AttachmentsCard({ requestId, mayUpload }: { requestId: string; mayUpload: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const files = useQuery(attachmentListQuery(requestId));
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(requestId, file),
    onSuccess: async (saved) => {
      message.success(t('attachments.uploaded', { name: saved.name }));
      await queryClient.invalidateQueries({ queryKey: ['requests', requestId, 'attachments'] });
    },
    onError: (error) => message.error(error.message),
  });

  return (
    <Card
      size="small"
      title={t('attachments.title')}
      extra={
        mayUpload ? (
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
              {t('attachments.upload')}
            </Button>
          </Upload>
        ) : undefined
      }
    >
      {files.isError ? (
        <Typography.Text type="danger">{files.error.message}</Typography.Text>
      ) : (
        <List
          size="small"
          loading={files.isPending}
          dataSource={files.data ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.none')} /> }}
          renderItem={(file) => (
            <List.Item>
              <a href={attachmentUrl(file.id)} download={file.name}>
                <PaperClipOutlined /> {file.name}
              </a>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {Math.ceil(file.size / 1024)} KB · {formatDateTime(file.uploadedAt)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
