import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { previousApplicationQuery } from '../api/applications';
import { organisationQuery } from '../api/directory';
import { requestListQuery, startRequest } from '../api/requests';
import type { CatalogueProcess, FormData } from '../api/types';
import { newIdempotencyKey } from '../lib/new-idempotency-key';
import { useSession } from '../auth/session-context';
import { DirectoryPicker } from '../components/DirectoryPicker';
import { formatDateTime } from '../lib/format-date-time';
import { EditableForm } from './EditableForm';
import { hasPrefillFields, reuseApplication, withProfile } from './enterprise-prefill';
import { RoutePreviewButton } from './RoutePreviewButton';
import { useFormDraft } from './use-form-draft';

/**
 * The application form of a process: validated in the browser as the user
 * types (after a first submit), validated again by the server, whose field
 * errors land on the same fields. On success it opens the new request.
 */
export function ApplicationForm({ process }: { process: CatalogueProcess }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { user } = useSession();
  const draft = useFormDraft(`${user.id}:${process.key}@${process.version}`);
  // A new form (remounted) starts from these data: the draft kept from last time, empty, or the example when asked.
  const [start, setStart] = useState<{ generation: number; data: FormData }>(() => ({
    generation: 0,
    data: draft.restored?.data ?? {},
  }));
  const [showRestored, setShowRestored] = useState(Boolean(draft.restored));
  // The data as typed, for 流程预测 (the form itself keeps its state).
  const latest = useRef<FormData>(start.data);
  // One key per attempt: unchanged data sent twice (double click, retry after a lost answer) is one request.
  const idempotencyKey = useRef(newIdempotencyKey());
  // 窗口受理: a window clerk files for an enterprise, chosen first.
  const atWindow = user.roles.includes('window') && !user.roles.includes('applicant');
  // The enterprise first (by name or 统一社会信用代码: two contacts may share a name), then its contact.
  const [enterpriseId, setEnterpriseId] = useState<string | undefined>();
  const [applicantId, setApplicantId] = useState<string | undefined>();

  const submit = useMutation({
    mutationFn: startRequest,
    onSuccess: async ({ id }) => {
      draft.discard();
      await queryClient.invalidateQueries({ queryKey: requestListQuery.queryKey });
      message.success(t('apply.submitted'));
      await navigate(`/requests/${encodeURIComponent(id)}`);
    },
  });

  // The form's fields about the enterprise itself fill in from its organisation's profile: the
  // applicant's own, or at the window the enterprise picked (whose profile the server checks them against).
  const prefills = hasPrefillFields(process.form);
  const profileOrgId = atWindow ? enterpriseId : user.orgId;
  const profile = useQuery({ ...organisationQuery(profileOrgId ?? ''), enabled: prefills && Boolean(profileOrgId) });
  const [prefilledFrom, setPrefilledFrom] = useState<string | undefined>();
  const restart = (data: FormData) => {
    latest.current = data;
    setStart(({ generation }) => ({ generation: generation + 1, data }));
    submit.reset();
    idempotencyKey.current = newIdempotencyKey();
  };
  useEffect(() => {
    const org = profile.data;
    if (!org || org.id === prefilledFrom) return;
    setPrefilledFrom(org.id);
    restart(withProfile(process.form, latest.current, org, atWindow ? 'replace' : 'fill-empty'));
    // Once per organisation (its id is the guard): the person may still correct a field afterwards.
  }, [profile.data]);

  // 沿用上次填写: the organisation's last request of this process (an applicant's own, never another's).
  const previous = useQuery({ ...previousApplicationQuery(process.key), enabled: !atWindow });
  const [reusedNumber, setReusedNumber] = useState<string | undefined>();
  const reuseLast = () => {
    if (!previous.data) return;
    restart(reuseApplication(process.form, previous.data.data, profile.data));
    setReusedNumber(previous.data.number ?? previous.data.requestId);
    setShowRestored(false);
  };

  // The example names some company: its enterprise fields give way to the profile's.
  const withOwnProfile = (data: FormData) =>
    profile.data ? withProfile(process.form, data, profile.data, 'replace') : data;
  const fillExample = () => restart(withOwnProfile(structuredClone(process.form.example ?? {})));

  const discardDraft = () => {
    draft.discard();
    setShowRestored(false);
    restart(withOwnProfile({}));
  };

  return (
    <>
      {atWindow ? (
        <>
          <Form.Item label={t('apply.onBehalfOf')} required extra={t('apply.onBehalfOfHelp')} style={{ maxWidth: 480 }}>
            <DirectoryPicker
              kind="organisation"
              orgKind="enterprise"
              id="on-behalf-of"
              ariaLabel={t('apply.onBehalfOf')}
              value={enterpriseId}
              onChange={(value) => {
                setEnterpriseId(value);
                setApplicantId(undefined);
                idempotencyKey.current = newIdempotencyKey();
              }}
              placeholder={t('apply.onBehalfOfPlaceholder')}
            />
          </Form.Item>
          <Form.Item label={t('apply.enterpriseContact')} required style={{ maxWidth: 480 }}>
            <DirectoryPicker
              kind="user"
              role="applicant"
              org={enterpriseId}
              disabled={!enterpriseId}
              id="enterprise-contact"
              ariaLabel={t('apply.enterpriseContact')}
              value={applicantId}
              onChange={(value) => {
                setApplicantId(value);
                idempotencyKey.current = newIdempotencyKey();
              }}
              placeholder={t('apply.enterpriseContactPlaceholder')}
            />
          </Form.Item>
        </>
      ) : null}
      {prefills && profile.data && prefilledFrom === profile.data.id ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="prefill-notice"
          title={t('apply.prefilled', { org: profile.data.name })}
          description={atWindow ? t('apply.prefilledAtWindow') : t('apply.prefilledHelp')}
        />
      ) : null}
      {reusedNumber ? (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setReusedNumber(undefined) }}
          style={{ marginBottom: 16 }}
          title={t('apply.reused', { number: reusedNumber })}
        />
      ) : null}
      {showRestored && draft.restored ? (
        <Alert
          type="info"
          showIcon
          closable={{ onClose: () => setShowRestored(false) }}
          style={{ marginBottom: 16 }}
          title={t('apply.draftRestored', { at: formatDateTime(draft.restored.savedAt) })}
          action={
            <Button size="small" onClick={discardDraft}>
              {t('apply.discardDraft')}
            </Button>
          }
        />
      ) : null}
      <EditableForm
        key={start.generation}
        form={process.form}
        initialData={start.data}
        submitLabel={t('apply.submit')}
        pending={submit.isPending}
        error={submit.error}
        onSubmit={(data) => {
          if (atWindow && !applicantId) {
            message.error(t('apply.onBehalfOfRequired'));
            return;
          }
          submit.mutate({
            processKey: process.key,
            data,
            idempotencyKey: idempotencyKey.current,
            ...(atWindow && applicantId ? { onBehalfOfUserId: applicantId } : {}),
          });
        }}
        onEdit={(data) => {
          latest.current = data;
          idempotencyKey.current = newIdempotencyKey();
          draft.save(data);
        }}
        extraButtons={
          <>
            {atWindow ? null : (
              <Tooltip title={previous.data === null ? t('apply.reuseLastNone') : undefined}>
                <Button onClick={reuseLast} disabled={!previous.data}>
                  {t('apply.reuseLast')}
                </Button>
              </Tooltip>
            )}
            {process.form.example ? <Button onClick={fillExample}>{t('apply.fillExample')}</Button> : null}
            <RoutePreviewButton processKey={process.key} data={() => latest.current} />
            <Button onClick={() => void navigate('/catalogue')}>{t('apply.cancel')}</Button>
          </>
        }
      />
    </>
  );
}
