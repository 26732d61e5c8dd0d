import { Alert, Card, Col, Flex, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../api/types';
import { FormDataView } from '../forms/FormDataView';
import { formTitle } from '../forms/without-root-title';
import { filledSteps } from '../lib/filled-steps';
import { RequestOverview } from './RequestOverview';
import { RequestProgress } from './RequestProgress';
import { RequestTimeline } from './RequestTimeline';

/**
 * Everything about one request: facts, progress, the application as filled
 * in, what each 填报 step recorded, and the history. Shared by the request page and the task page, which
 * puts its decision panel (`aside`) above the history, in view without scrolling.
 */
export function RequestDetailView({ request, aside }: { request: RequestDetail; aside?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card>
          <RequestOverview request={request} />
          <div style={{ marginTop: 16 }}>
            <RequestProgress request={request} />
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        <Flex vertical gap={16}>
          <Card title={t('detail.formData')} extra={request.form ? formTitle(request.form.schema) : undefined}>
            {request.form ? (
              <FormDataView form={request.form} data={request.data} />
            ) : (
              <Alert type="warning" showIcon title={t('detail.noForm')} />
            )}
          </Card>
          {filledSteps(request).map(({ step, form, data }) => (
            <Card key={step.id} title={step.name} extra={form.title} data-testid="filled-step">
              <FormDataView form={form} data={data} />
            </Card>
          ))}
        </Flex>
      </Col>
      <Col xs={24} lg={9}>
        <Flex vertical gap={16}>
          {aside}
          <Card title={t('detail.timeline')}>
            <RequestTimeline entries={request.timeline} steps={request.steps} />
          </Card>
        </Flex>
      </Col>
    </Row>
  );
}
