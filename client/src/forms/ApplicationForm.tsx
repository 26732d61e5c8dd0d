import Form from '@rjsf/antd';
import type { IChangeEvent } from '@rjsf/core';
import type { ErrorSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { requestListQuery, startRequest } from '../api/requests';
import type { CatalogueProcess, FormData } from '../api/types';
import { useLanguage } from '../i18n/use-language';
import { newIdempotencyKey } from '../lib/new-idempotency-key';
import { FieldTemplate } from './FieldTemplate';
import { formValidator } from './form-validator';
import { serverFieldErrors, unplacedFieldErrors } from './server-field-errors';
import { titledErrors } from './titled-errors';
import { useFormLayout } from './use-form-layout';
import { withoutRootTitle } from './without-root-title';

const TEMPLATES = { FieldTemplate };

/**
 * The application form of a process: validated in the browser as the user
 * types (after a first submit), validated again by the server, whose field
 * errors land on the same fields. On success it opens the new request.
 */
export function ApplicationForm({ process }: { process: CatalogueProcess }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const layout = useFormLayout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const [formData, setFormData] = useState<FormData>({});
  const [extraErrors, setExtraErrors] = useState<ErrorSchema | undefined>();
  const [attempted, setAttempted] = useState(false);
  // Remounting the form drops the errors it shows; done when the example replaces everything.
  const [formKey, setFormKey] = useState(0);
  // One key per attempt: unchanged data sent twice (double click, retry after a lost answer) is one request.
  const idempotencyKey = useRef(newIdempotencyKey());

  const { schema } = process.form;
  const uiSchema = useMemo<UiSchema>(() => withoutRootTitle(process.form.uiSchema), [process.form.uiSchema]);
  const transformErrors = (errors: RJSFValidationError[]) => titledErrors(errors, schema, uiSchema, language);

  const submit = useMutation({
    mutationFn: startRequest,
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: requestListQuery.queryKey });
      message.success(t('apply.submitted'));
      await navigate(`/requests/${encodeURIComponent(id)}`);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.fields.length > 0) setExtraErrors(serverFieldErrors(error.fields));
    },
  });

  const change = (event: IChangeEvent<FormData>) => {
    setFormData(event.formData ?? {});
    setExtraErrors(undefined);
    idempotencyKey.current = newIdempotencyKey();
  };

  const fillExample = () => {
    setFormData(structuredClone(process.form.example ?? {}));
    setExtraErrors(undefined);
    setAttempted(false);
    setFormKey((key) => key + 1);
    submit.reset();
    idempotencyKey.current = newIdempotencyKey();
  };

  const failure = submit.error;
  const unplaced = failure instanceof ApiError ? unplacedFieldErrors(failure.fields, schema) : [];

  return (
    <>
      {failure ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={failure.message}
          description={
            unplaced.length > 0 ? unplaced.map((field) => <div key={field.path}>{field.message}</div>) : undefined
          }
        />
      ) : null}
      <Form
        key={formKey}
        schema={schema}
        uiSchema={uiSchema}
        formData={formData}
        validator={formValidator(language)}
        transformErrors={transformErrors}
        extraErrors={extraErrors}
        formContext={layout}
        templates={TEMPLATES}
        // A choice (oneOf of consts) must start empty: otherwise its first option is silently chosen for the user.
        experimental_defaultFormStateBehavior={{ constAsDefaults: 'skipOneOf' }}
        liveValidate={attempted ? 'onChange' : false}
        showErrorList={false}
        focusOnFirstError
        noHtml5Validate
        onChange={change}
        onError={() => setAttempted(true)}
        onSubmit={({ formData: data }) => {
          setAttempted(true);
          submit.mutate({ processKey: process.key, data: data ?? {}, idempotencyKey: idempotencyKey.current });
        }}
      >
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>
            {t('apply.submit')}
          </Button>
          {process.form.example ? <Button onClick={fillExample}>{t('apply.fillExample')}</Button> : null}
          <Button onClick={() => void navigate('/catalogue')}>{t('apply.cancel')}</Button>
        </Flex>
      </Form>
    </>
  );
}
