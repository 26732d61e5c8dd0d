import Form from '@rjsf/antd';
import type { IChangeEvent } from '@rjsf/core';
import type { RJSFValidationError, UiSchema } from '@rjsf/utils';
import { Alert, Button, Flex } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/api-error';
import type { FormData, FormSpec } from '../api/types';
import { useLanguage } from '../i18n/use-language';
import { DESIGNER_RJSF_FIELDS, DESIGNER_RJSF_WIDGETS } from './designer-widgets';
import { computedFieldErrors, withComputedFields } from './computed-fields';
import { withDetailTables } from './detail-table';
import { FORM_TEMPLATES } from './form-templates';
import { formValidator } from './form-validator';
import { renderableSchema } from './renderable-schema';
import { rjsfTranslateString } from './rjsf-strings';
import { serverFieldErrors, unplacedFieldErrors } from './server-field-errors';
import { titledErrors } from './titled-errors';
import { withoutUntouchedOptionals } from './untouched-optionals';
import { useFormLayout } from './use-form-layout';
import { withoutRootTitle } from './without-root-title';

interface EditableFormProps {
  form: FormSpec;
  initialData?: FormData;
  submitLabel: string;
  pending: boolean;
  /** The last failure of the submit; its field errors show on the fields until the data changes. */
  error: Error | null;
  onSubmit: (data: FormData) => void;
  /** Called on every edit with the data, e.g. to start a new idempotency attempt or keep a draft. */
  onEdit?: (data: FormData) => void;
  extraButtons?: ReactNode;
}

/**
 * A form to fill in and send, validated like the application form (in the
 * browser after a first submit, and by the server, whose field errors land on
 * the fields): the application form, 填报 tasks, and correcting a returned request.
 */
export function EditableForm({
  form,
  initialData,
  submitLabel,
  pending,
  error,
  onSubmit,
  onEdit,
  extraButtons,
}: EditableFormProps) {
  const language = useLanguage();
  const layout = useFormLayout();
  const [formData, setFormData] = useState<FormData>(() =>
    withComputedFields(form.schema, structuredClone(initialData ?? {})),
  );
  const [attempted, setAttempted] = useState(false);
  // Server errors belong to the data that was sent; editing hides them.
  const [dismissed, setDismissed] = useState<Error | null>(null);
  const shownError = error !== dismissed ? error : null;

  const schema = renderableSchema(form.schema);
  const uiSchema = useMemo<UiSchema>(
    () => withDetailTables(schema, withoutRootTitle(form.uiSchema)),
    [schema, form.uiSchema],
  );
  const transformErrors = (errors: RJSFValidationError[]) => titledErrors(errors, schema, uiSchema, language);
  const fields = shownError instanceof ApiError ? shownError.fields : [];
  // A formula that cannot be computed says why under its field as people type, like the server would on submit.
  const shownFields = [...fields, ...computedFieldErrors(schema, formData, language)];
  const extraErrors = shownFields.length > 0 ? serverFieldErrors(shownFields) : undefined;
  const unplaced = unplacedFieldErrors(fields, schema);
  const validator = formValidator(language);

  const change = (event: IChangeEvent<FormData>) => {
    // Computed fields (公式) follow every keystroke, inside 明细表 rows too.
    const data = withComputedFields(schema, event.formData ?? {});
    setFormData(data);
    setDismissed(error);
    onEdit?.(data);
  };

  return (
    <>
      {shownError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={shownError.message}
          description={
            unplaced.length > 0 ? unplaced.map((field) => <div key={field.path}>{field.message}</div>) : undefined
          }
        />
      ) : null}
      <Form
        schema={schema}
        uiSchema={uiSchema}
        formData={formData}
        validator={validator}
        transformErrors={transformErrors}
        extraErrors={extraErrors}
        formContext={layout}
        templates={FORM_TEMPLATES}
        translateString={rjsfTranslateString(language)}
        widgets={DESIGNER_RJSF_WIDGETS}
        fields={DESIGNER_RJSF_FIELDS}
        // A choice (oneOf of consts) must start empty: otherwise its first option is silently chosen for the user.
        experimental_defaultFormStateBehavior={{ constAsDefaults: 'skipOneOf' }}
        // A field hidden by its 显示条件 sends nothing: rjsf clears it when a typed value hides it, not when a ticked box does.
        omitExtraData
        liveValidate={attempted ? 'onBlur' : false}
        showErrorList={false}
        focusOnFirstError
        noHtml5Validate
        onChange={change}
        onError={() => setAttempted(true)}
        onSubmit={({ formData: data }) => {
          setAttempted(true);
          // What was validated: without the optional parts rjsf filled in and nobody touched.
          onSubmit(withoutUntouchedOptionals(validator, schema, data ?? {}));
        }}
      >
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Button type="primary" htmlType="submit" loading={pending}>
            {submitLabel}
          </Button>
          {extraButtons}
        </Flex>
      </Form>
    </>
  );
}
