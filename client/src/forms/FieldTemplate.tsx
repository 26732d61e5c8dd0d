import { errorId, getTemplate, getUiOptions, type FieldTemplateProps } from '@rjsf/utils';
import { Form } from 'antd';

const FULL_WIDTH = { span: 24 };

/**
 * One field: label above, input, then its errors, then its description and
 * help. Replaces the antd theme's template, which hides a field's errors when
 * the field has `ui:help` (the phone number's errors would never show) and
 * repeats a message the server and the browser both reported.
 * In a read-only view the required marks go: nothing can be filled in there.
 */
export function FieldTemplate(props: FieldTemplateProps) {
  const { children, description, rawDescription, displayLabel, fieldPathId, help, rawHelp, hidden, id, label } = props;
  const { rawErrors, readonly, registry, required, schema, uiSchema } = props;
  if (hidden) return <div className="rjsf-field-hidden">{children}</div>;

  const uiOptions = getUiOptions(uiSchema);
  const WrapIfAdditionalTemplate = getTemplate('WrapIfAdditionalTemplate', registry, uiOptions);
  const errors = [...new Set(rawErrors ?? [])];
  const isContainer = schema.type === 'object' || schema.type === 'array';
  const extra =
    rawDescription || rawHelp ? (
      <>
        {rawDescription ? description : null}
        {rawHelp ? help : null}
      </>
    ) : undefined;

  return (
    <WrapIfAdditionalTemplate {...props}>
      <Form.Item
        colon={false}
        htmlFor={id}
        label={displayLabel && uiOptions.widget !== 'checkbox' ? label : undefined}
        required={required && !readonly}
        labelCol={FULL_WIDTH}
        wrapperCol={FULL_WIDTH}
        hasFeedback={!isContainer && errors.length > 0}
        validateStatus={errors.length > 0 ? 'error' : undefined}
        help={
          errors.length > 0 ? (
            <div id={errorId(fieldPathId)}>
              {errors.map((error) => (
                <div key={error}>{error}</div>
              ))}
            </div>
          ) : undefined
        }
        extra={extra}
      >
        {children}
      </Form.Item>
    </WrapIfAdditionalTemplate>
  );
}
