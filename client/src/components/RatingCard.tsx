import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Rate, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnRequest } from '../api/requests';
import type { RequestDetail } from '../api/types';
import { formatDateTime } from '../lib/format-date-time';
import { newIdempotencyKey } from '../lib/new-idempotency-key';

const GRADES = ['1', '2', '3', '4', '5'];

/**
 * 好差评: after 办结 the applicant rates the service (5 非常满意 … 1 非常不满意)
 * until the window closes; 2 or less needs a reason, because it opens a
 * rectification (整改). A given rating is shown instead.
 */
export function RatingCard({ request, mayRate }: { request: RequestDetail; mayRate: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ grade: number; comment?: string }>();
  const grade = Form.useWatch('grade', form);
  const idempotencyKey = useRef(newIdempotencyKey());
  const rate = useMutation({
    mutationFn: (fields: { grade: number; comment?: string }) =>
      actOnRequest({
        requestId: request.id,
        action: 'rate',
        grade: fields.grade,
        ...(fields.comment?.trim() ? { comment: fields.comment.trim() } : {}),
        idempotencyKey: idempotencyKey.current,
      }),
    onSuccess: async () => {
      message.success(t('rating.thanks'));
      await queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
    onError: (error) => message.error(error.message),
  });

  if (request.rating)
    return (
      <Card size="small" title={t('rating.title')} data-testid="rating">
        <Flex gap={8} align="center" wrap>
          <Rate disabled value={request.rating.grade} />
          <Typography.Text>{t(`dashboard.grades.${request.rating.grade}`)}</Typography.Text>
          <Typography.Text type="secondary">{formatDateTime(request.rating.at)}</Typography.Text>
        </Flex>
        {request.rating.comment ? (
          <Typography.Paragraph style={{ marginTop: 8 }}>{request.rating.comment}</Typography.Paragraph>
        ) : null}
      </Card>
    );
  if (!mayRate || !request.ratingOpenUntil || new Date(request.ratingOpenUntil) < new Date()) return null;

  return (
    <Card
      size="small"
      title={t('rating.title')}
      extra={t('rating.until', { at: formatDateTime(request.ratingOpenUntil) })}
    >
      <Form form={form} layout="vertical" onFinish={(fields) => rate.mutate(fields)} requiredMark={false}>
        <Form.Item
          name="grade"
          label={t('rating.grade')}
          rules={[{ required: true, message: t('rating.gradeRequired') }]}
        >
          <Rate tooltips={GRADES.map((value) => t(`dashboard.grades.${value}`))} aria-label={t('rating.grade')} />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('rating.comment')}
          rules={[
            { required: grade !== undefined && grade <= 2, whitespace: true, message: t('rating.commentRequired') },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending}>
          {t('rating.submit')}
        </Button>
      </Form>
    </Card>
  );
}
