import type { AssigneeRule, ProcessDefinition } from '@tongban/workflows';
import { previewRoute } from '@tongban/workflows/preview';
import { Alert, Button, Empty, Flex, Input, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-date-time';

/** An assignee rule in words: `经办人 @ 申请单位`, `指定人员 u-zhaoshang`. */
export function describeRule(
  rule: AssigneeRule | undefined,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (!rule) return '';
  const parts: string[] = [];
  if (rule.org) parts.push(rule.org);
  if (rule.orgFromField) parts.push(t('process.describe.orgFromField', { field: rule.orgFromField }));
  if (rule.applicantOrg) parts.push(t('process.describe.applicantOrg'));
  if (rule.role) parts.push(t(`roles.${rule.role}`));
  if (rule.users?.length) parts.push(t('process.describe.users', { users: rule.users.join('、') }));
  return parts.join(' · ');
}

/**
 * 流程预测: the steps a request with this data would go through, by the real
 * engine (`previewRoute` runs it with every step approved at once), so
 * conditions and branches are decided exactly as they will be.
 */
export function RoutePreview({
  definition,
  example,
}: {
  definition: ProcessDefinition;
  example: Record<string, unknown>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(example, null, 2));
  const [data, setData] = useState<Record<string, unknown>>(example);
  const [error, setError] = useState<string>();
  // The preview's clock: when the page opened, so deadlines read as "if submitted now".
  const [at] = useState(() => new Date().toISOString());
  const route = useMemo(() => {
    try {
      return { steps: previewRoute(definition, data, at) };
    } catch (problem) {
      return { failure: (problem as Error).message };
    }
  }, [definition, data, at]);

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('process.preview.hint')}</Typography.Text>
      <label htmlFor="preview-data">
        <Typography.Text strong>{t('process.preview.data')}</Typography.Text>
      </label>
      <Input.TextArea
        id="preview-data"
        value={text}
        autoSize={{ minRows: 4, maxRows: 14 }}
        spellCheck={false}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        onChange={(event) => setText(event.target.value)}
      />
      {error ? <Alert type="error" title={error} /> : null}
      <div>
        <Button
          onClick={() => {
            try {
              const parsed = JSON.parse(text) as unknown;
              if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error();
              setData(parsed as Record<string, unknown>);
              setError(undefined);
            } catch {
              setError(t('designer.json.invalid'));
            }
          }}
        >
          {t('process.preview.run')}
        </Button>
      </div>
      {'failure' in route ? (
        <Alert type="warning" showIcon title={t('process.preview.failed')} description={route.failure} />
      ) : route.steps.length === 0 ? (
        <Empty description={t('process.preview.noSteps')} />
      ) : (
        <Timeline
          data-testid="route-preview"
          items={route.steps.map((step) => ({
            key: step.stepId,
            content: (
              <div data-testid="route-step">
                <Typography.Text strong>{step.name.zh}</Typography.Text> <Tag>{t(`process.types.${step.type}`)}</Tag>
                {step.parallelStepId ? <Tag color="purple">{t('process.preview.parallel')}</Tag> : null}
                <div>
                  <Typography.Text type="secondary">{describeRule(step.assignees, t)}</Typography.Text>
                </div>
                {step.dueAt ? (
                  <Typography.Text type="secondary">
                    {t('process.preview.due', { at: formatDateTime(step.dueAt) })}
                  </Typography.Text>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </Flex>
  );
}
