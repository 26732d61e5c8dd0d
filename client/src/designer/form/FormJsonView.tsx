import { parseFormSchema, type CompiledForm, type FormModel } from '@tongban/forms/designer';
import { Alert, Button, Col, Flex, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The compiled JSON Schema and uiSchema, for experts: edit either and apply,
 * and the designer reads them back (what it cannot model stays as JSON).
 */
export function FormJsonView({ compiled, onApply }: { compiled: CompiledForm; onApply: (model: FormModel) => void }) {
  const { t } = useTranslation();
  const [schemaText, setSchemaText] = useState(() => JSON.stringify(compiled.schema, null, 2));
  const [uiText, setUiText] = useState(() => JSON.stringify(compiled.uiSchema, null, 2));
  const [error, setError] = useState<string>();

  const apply = () => {
    let schema: unknown;
    let uiSchema: unknown;
    try {
      schema = JSON.parse(schemaText);
      uiSchema = JSON.parse(uiText);
    } catch (problem) {
      setError(`${t('designer.json.invalid')}: ${(problem as Error).message}`);
      return;
    }
    if (typeof schema !== 'object' || schema === null || (schema as { type?: unknown }).type !== 'object') {
      setError(t('designer.json.notObject'));
      return;
    }
    setError(undefined);
    onApply(parseFormSchema(schema, uiSchema));
  };

  const area = (id: string, label: string, value: string, set: (text: string) => void) => (
    <Col xs={24} lg={12}>
      <Typography.Text strong>
        <label htmlFor={id}>{label}</label>
      </Typography.Text>
      <Input.TextArea
        id={id}
        value={value}
        onChange={(event) => set(event.target.value)}
        autoSize={{ minRows: 12, maxRows: 32 }}
        spellCheck={false}
        style={{ fontFamily: 'monospace', fontSize: 12, marginTop: 4 }}
      />
    </Col>
  );

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('designer.json.hint')}</Typography.Text>
      <Row gutter={[12, 12]}>
        {area('json-schema', 'JSON Schema', schemaText, setSchemaText)}
        {area('json-ui-schema', 'uiSchema', uiText, setUiText)}
      </Row>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <div>
        <Button type="primary" onClick={apply}>
          {t('designer.json.apply')}
        </Button>
      </div>
    </Flex>
  );
}
