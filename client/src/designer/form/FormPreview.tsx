import Form from '@rjsf/antd';
import type { RJSFSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import type { CompiledForm } from '@tongban/forms/designer';
import { Alert, App, Button, Flex } from 'antd';
import { Component, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormData } from '../../api/types';
import { DESIGNER_RJSF_FIELDS, DESIGNER_RJSF_WIDGETS, PREVIEW_FORM_CONTEXT } from '../../forms/designer-widgets';
import { withComputedFields } from '../../forms/computed-fields';
import { withDetailTables } from '../../forms/detail-table';
import { FORM_TEMPLATES } from '../../forms/form-templates';
import { formValidator } from '../../forms/form-validator';
import { renderableSchema } from '../../forms/renderable-schema';
import { rjsfTranslateString } from '../../forms/rjsf-strings';
import { titledErrors } from '../../forms/titled-errors';
import { useFormLayout } from '../../forms/use-form-layout';
import { withoutRootTitle } from '../../forms/without-root-title';
import { useLanguage } from '../../i18n/use-language';

/** A schema the renderer chokes on (a raw field's JSON mid-edit) shows a message instead of a blank page. */
class RenderGuard extends Component<{ children: ReactNode; fallback: (error: Error) => ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/**
 * The form as applicants will see it, drawn by the same renderer, widgets and
 * messages as the application page; 校验 checks the data typed in.
 */
export function FormPreview({
  form,
  example,
  onUseAsExample,
}: {
  form: CompiledForm;
  /** The data the preview starts with: the form's example. */
  example?: FormData;
  /** Keeps the data typed in as the form's example (publishing needs one that validates). */
  onUseAsExample?: (data: FormData) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = useLanguage();
  const layout = useFormLayout();
  // Computed fields (公式) compute here as on the application form, so an example taken from here holds their values.
  const [formData, setFormData] = useState<FormData>(() =>
    withComputedFields(form.schema, structuredClone(example ?? {})),
  );
  const [attempted, setAttempted] = useState(false);
  // Drawn as the application page draws it: a 2020-12 tuple position by position.
  const schema = useMemo(() => renderableSchema(form.schema as RJSFSchema), [form.schema]);
  const uiSchema = useMemo<UiSchema>(
    () => withDetailTables(schema, withoutRootTitle(form.uiSchema as UiSchema)),
    [schema, form.uiSchema],
  );
  const transformErrors = (errors: RJSFValidationError[]) => titledErrors(errors, schema, uiSchema, language);
  // A changed form is a new renderer: stale errors of the old one must not stay.
  const generation = useMemo(() => JSON.stringify(form), [form]);

  return (
    <RenderGuard
      key={generation}
      fallback={(error) => (
        <Alert type="error" showIcon title={t('designer.previewFailed')} description={error.message} />
      )}
    >
      <Form
        schema={schema}
        uiSchema={uiSchema}
        formData={formData}
        validator={formValidator(language)}
        transformErrors={transformErrors}
        formContext={{ ...layout, ...PREVIEW_FORM_CONTEXT }}
        templates={FORM_TEMPLATES}
        translateString={rjsfTranslateString(language)}
        widgets={DESIGNER_RJSF_WIDGETS}
        fields={DESIGNER_RJSF_FIELDS}
        experimental_defaultFormStateBehavior={{ constAsDefaults: 'skipOneOf' }}
        // As the application form: a field hidden by its 显示条件 keeps no value (and the example taken from here none).
        omitExtraData
        liveValidate={attempted ? 'onBlur' : false}
        showErrorList={false}
        noHtml5Validate
        idPrefix="preview"
        onChange={(event) => setFormData(withComputedFields(form.schema, event.formData ?? {}))}
        onError={() => setAttempted(true)}
        onSubmit={({ formData: checked }) => {
          setFormData(checked ?? {});
          setAttempted(true);
          message.success(t('designer.previewValid'));
        }}
      >
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            {t('designer.previewCheck')}
          </Button>
          <Button
            onClick={() => {
              setFormData({});
              setAttempted(false);
            }}
          >
            {t('designer.previewReset')}
          </Button>
          {onUseAsExample ? (
            <Button
              onClick={() => {
                onUseAsExample(structuredClone(formData));
                message.success(t('designer.exampleKept'));
              }}
            >
              {t('designer.useAsExample')}
            </Button>
          ) : null}
        </Flex>
      </Form>
    </RenderGuard>
  );
}
