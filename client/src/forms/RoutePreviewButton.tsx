import { NodeIndexOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Modal, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { previewRoute } from '../api/processes';
import type { FormData } from '../api/types';
import { formatDateTime } from '../lib/format-date-time';

/**
 * 流程预测 before submitting: the server runs the process on the data typed so
 * far and answers which steps it would take and who would handle each today,
 * so an applicant sees where the request will go (and that a choice changes it).
 */
export function RoutePreviewButton({ processKey, data }: { processKey: string; data: () => FormData }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const preview = useMutation({ mutationFn: () => previewRoute(processKey, data()) });

  return (
    <>
      <Button
        icon={<NodeIndexOutlined />}
        onClick={() => {
          setOpen(true);
          preview.mutate();
        }}
      >
        {t('apply.routePreview')}
      </Button>
      <Modal open={open} title={t('apply.routePreview')} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('apply.routePreviewHint')}</Typography.Paragraph>
        {preview.isError ? (
          <Alert type="error" showIcon title={preview.error.message} />
        ) : preview.isPending ? (
          <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
        ) : preview.data ? (
          <Timeline
            data-testid="apply-route-preview"
            items={preview.data.steps.map((step) => ({
              key: step.stepId,
              content: (
                <div data-testid="apply-route-step">
                  <Typography.Text strong>{step.name}</Typography.Text>{' '}
                  <Tag>{t(`process.types.${step.type}`, { defaultValue: step.type })}</Tag>
                  {step.parallelStepId ? <Tag color="purple">{t('process.preview.parallel')}</Tag> : null}
                  {step.people.length > 0 ? (
                    <div>
                      <Typography.Text type="secondary">
                        {step.people
                          .slice(0, 5)
                          .map((person) =>
                            person.orgName ? `${person.displayName}（${person.orgName}）` : person.displayName,
                          )
                          .join('、')}
                        {step.people.length > 5 ? t('apply.andMore', { count: step.people.length - 5 }) : ''}
                      </Typography.Text>
                    </div>
                  ) : null}
                  {step.dueAt ? (
                    <Typography.Text type="secondary">
                      {t('process.preview.due', { at: formatDateTime(step.dueAt) })}
                    </Typography.Text>
                  ) : null}
                </div>
              ),
            }))}
          />
        ) : null}
      </Modal>
    </>
  );
}
