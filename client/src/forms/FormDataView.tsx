import Form from '@rjsf/antd';
import { ConfigProvider } from 'antd';
import type { FormData, FormSpec } from '../api/types';
import { useLanguage } from '../i18n/use-language';
import { DESIGNER_RJSF_FIELDS, DESIGNER_RJSF_WIDGETS } from './designer-widgets';
import { withDetailTables } from './detail-table';
import { FORM_TEMPLATES } from './form-templates';
import { formValidator } from './form-validator';
import { rjsfTranslateString } from './rjsf-strings';
import { readOnlyUiSchema } from './read-only-ui-schema';
import { renderableSchema } from './renderable-schema';
import { useFormLayout } from './use-form-layout';

// Disabled inputs normally fade their text to a hint; here the text is the content, so keep it legible.
const READABLE_DISABLED = {
  token: { colorTextDisabled: 'rgba(0, 0, 0, 0.82)', colorBgContainerDisabled: 'rgba(0, 0, 0, 0.025)' },
};

/**
 * A submitted application shown with its own form, read-only, so handlers
 * see the same labels, order and help the applicant filled in.
 */
export function FormDataView({ form, data }: { form: FormSpec; data: FormData }) {
  const layout = useFormLayout();
  const language = useLanguage();
  return (
    <ConfigProvider theme={READABLE_DISABLED}>
      <Form
        schema={renderableSchema(form.schema)}
        uiSchema={withDetailTables(renderableSchema(form.schema), readOnlyUiSchema(form.uiSchema))}
        formData={data}
        validator={formValidator(language)}
        formContext={layout}
        templates={FORM_TEMPLATES}
        translateString={rjsfTranslateString(language)}
        widgets={DESIGNER_RJSF_WIDGETS}
        fields={DESIGNER_RJSF_FIELDS}
        readonly
        noValidate
        tagName="div"
        idPrefix="view"
      >
        {/* Read-only: no submit button. */}
        <></>
      </Form>
    </ConfigProvider>
  );
}
