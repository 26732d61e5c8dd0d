import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AssigneeRule, FieldPermission, StepDefinition, StepSla } from '@tongban/workflows';
import { Alert, Button, Divider, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AssigneeEditor } from './AssigneeEditor';

interface StepPropertiesProps {
  step: StepDefinition;
  formFields: readonly { key: string; title: string }[];
  /** Published forms a 填报 step may use: key, name and versions. */
  forms: readonly { key: string; name: string; versions: number[] }[];
  problems: readonly string[];
  onChange: (step: StepDefinition) => void;
  newBranchId: () => string;
}

function Item({ id, label, children, help }: { id: string; label: string; children: ReactNode; help?: ReactNode }) {
  return (
    <Form.Item label={label} htmlFor={id} help={help} style={{ marginBottom: 12 }}>
      {children}
    </Form.Item>
  );
}

/** JSON edited as text: applied when it parses, an error under it when it does not. */
function JsonInput({
  id,
  value,
  onChange,
  placeholder,
}: {
  id: string;
  value: unknown;
  onChange: (value: unknown) => void;
  placeholder?: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value === undefined ? '' : JSON.stringify(value));
  const [error, setError] = useState(false);
  return (
    <>
      <Input.TextArea
        id={id}
        value={text}
        placeholder={placeholder}
        autoSize={{ minRows: 1, maxRows: 6 }}
        status={error ? 'error' : undefined}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() === '') {
            setError(false);
            onChange(undefined);
            return;
          }
          try {
            onChange(JSON.parse(event.target.value));
            setError(false);
          } catch {
            setError(true);
          }
        }}
      />
      {error ? <Typography.Text type="danger">{t('designer.json.invalid')}</Typography.Text> : null}
    </>
  );
}

/** The properties of one step, by its type. */
export function StepProperties({ step, formFields, forms, problems, onChange, newBranchId }: StepPropertiesProps) {
  const { t } = useTranslation();
  const set = (patch: Record<string, unknown>) => onChange({ ...step, ...patch } as StepDefinition);
  const number = (value: number | null) => (value === null ? undefined : value);
  const hasAssignees = 'assignees' in step;
  const hasSla = step.type === 'approval' || step.type === 'fill';

  return (
    <Form layout="vertical" component="div" data-testid="step-properties">
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="step-problems"
          title={problems.map((problem) => (
            <div key={problem}>{problem}</div>
          ))}
        />
      ) : null}
      <Flex gap={8}>
        <Item id="step-name" label={t('process.step.name')}>
          <Input
            id="step-name"
            value={step.name.zh}
            onChange={(event) => set({ name: { ...step.name, zh: event.target.value } })}
          />
        </Item>
        <Item id="step-name-en" label={t('process.step.nameEn')}>
          <Input
            id="step-name-en"
            value={step.name.en ?? ''}
            onChange={(event) =>
              set({ name: { zh: step.name.zh, ...(event.target.value ? { en: event.target.value } : {}) } })
            }
          />
        </Item>
      </Flex>
      <Item id="step-id" label={t('process.step.id')} help={t('process.step.idHelp')}>
        <Input id="step-id" value={step.id} onChange={(event) => set({ id: event.target.value.trim() })} />
      </Item>

      {hasAssignees ? (
        <>
          <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
            {t(step.type === 'cc' || step.type === 'notify' ? 'process.step.recipients' : 'process.step.assignees')}
          </Divider>
          <AssigneeEditor
            idPrefix="step-assignee"
            rule={step.assignees}
            formFields={formFields}
            onChange={(assignees: AssigneeRule) => set({ assignees })}
          />
        </>
      ) : null}

      {step.type === 'approval' ? (
        <>
          <Item id="step-mode" label={t('process.step.mode')}>
            <Radio.Group
              id="step-mode"
              value={step.mode ?? 'any'}
              options={(['any', 'all', 'sequential'] as const).map((mode) => ({
                value: mode,
                label: t(`process.modes.${mode}`),
              }))}
              onChange={(event) => set({ mode: event.target.value })}
            />
          </Item>
        </>
      ) : null}
      {step.type === 'approval' || step.type === 'fill' ? (
        <Item id="step-no-assignee" label={t('process.step.noAssignee')}>
          <Select
            id="step-no-assignee"
            value={step.noAssignee ?? 'admin'}
            options={(['admin', 'auto_approve', 'reject'] as const).map((value) => ({
              value,
              label: t(`process.noAssignee.${value}`),
            }))}
            onChange={(noAssignee: string) => set({ noAssignee: noAssignee === 'admin' ? undefined : noAssignee })}
          />
        </Item>
      ) : null}

      {step.type === 'fill' ? (
        <Flex gap={8}>
          <Item id="step-fill-form" label={t('process.step.fillForm')}>
            <Select
              id="step-fill-form"
              style={{ minWidth: 180 }}
              value={step.form.key || undefined}
              options={forms.map((form) => ({ value: form.key, label: form.name }))}
              onChange={(key: string) =>
                set({ form: { key, version: Math.max(...(forms.find((form) => form.key === key)?.versions ?? [1])) } })
              }
            />
          </Item>
          <Item id="step-fill-version" label={t('process.step.formVersion')}>
            <Select
              id="step-fill-version"
              value={step.form.version}
              options={(forms.find((form) => form.key === step.form.key)?.versions ?? [step.form.version]).map(
                (version) => ({
                  value: version,
                  label: t('process.versionN', { version }),
                }),
              )}
              onChange={(version: number) => set({ form: { ...step.form, version } })}
            />
          </Item>
        </Flex>
      ) : null}

      {hasSla ? <SlaEditor sla={step.sla} onChange={(sla) => set({ sla })} /> : null}

      {step.type === 'notify' ? (
        <Item id="step-message" label={t('process.step.message')}>
          <Input.TextArea
            id="step-message"
            autoSize={{ minRows: 2 }}
            value={step.message.zh}
            onChange={(event) => set({ message: { ...step.message, zh: event.target.value } })}
          />
        </Item>
      ) : null}

      {step.type === 'wait' ? (
        <Flex gap={8} wrap>
          <Item id="step-wait-working" label={t('process.step.waitWorkingDays')}>
            <InputNumber
              id="step-wait-working"
              min={0}
              precision={0}
              value={step.workingDays ?? null}
              onChange={(value) => set({ workingDays: number(value) })}
            />
          </Item>
          <Item id="step-wait-days" label={t('process.step.waitDays')}>
            <InputNumber
              id="step-wait-days"
              min={0}
              precision={0}
              value={step.days ?? null}
              onChange={(value) => set({ days: number(value) })}
            />
          </Item>
          <Item id="step-wait-field" label={t('process.step.waitUntilField')}>
            <Select
              id="step-wait-field"
              allowClear
              style={{ minWidth: 140 }}
              value={step.untilField}
              options={formFields.map((field) => ({ value: field.key, label: field.title }))}
              onChange={(untilField?: string) => set({ untilField })}
            />
          </Item>
        </Flex>
      ) : null}

      {step.type === 'webhook' ? (
        <>
          <Item id="step-url" label={t('process.step.url')}>
            <Input id="step-url" value={step.url} onChange={(event) => set({ url: event.target.value.trim() })} />
          </Item>
          <Flex gap={8} wrap>
            <Item id="step-method" label={t('process.step.method')}>
              <Select
                id="step-method"
                value={step.method ?? 'POST'}
                options={[{ value: 'POST' }, { value: 'PUT' }]}
                onChange={(method: string) => set({ method })}
              />
            </Item>
            <Item id="step-attempts" label={t('process.step.maxAttempts')}>
              <InputNumber
                id="step-attempts"
                min={1}
                max={20}
                precision={0}
                value={step.maxAttempts ?? null}
                onChange={(value) => set({ maxAttempts: number(value) })}
              />
            </Item>
            <Item id="step-timeout" label={t('process.step.timeoutSeconds')}>
              <InputNumber
                id="step-timeout"
                min={1}
                precision={0}
                value={step.timeoutSeconds ?? null}
                onChange={(value) => set({ timeoutSeconds: number(value) })}
              />
            </Item>
          </Flex>
          <Item id="step-on-failure" label={t('process.step.onFailure')}>
            <Select
              id="step-on-failure"
              value={step.onFailure ?? 'continue'}
              options={(['continue', 'reject'] as const).map((value) => ({
                value,
                label: t(`process.onFailure.${value}`),
              }))}
              onChange={(onFailure: string) => set({ onFailure: onFailure === 'continue' ? undefined : onFailure })}
            />
          </Item>
        </>
      ) : null}

      {step.type === 'parallel' || step.type === 'branch' ? (
        <>
          <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
            {t('process.step.branches')}
          </Divider>
          <Flex vertical gap={8}>
            {step.branches.map((branch, index) => (
              <Flex key={branch.id} gap={6} align="flex-start" wrap>
                <Input
                  aria-label={t('process.step.branchName', { n: index + 1 })}
                  style={{ width: 140 }}
                  value={branch.name.zh}
                  onChange={(event) =>
                    set({
                      branches: step.branches.map((candidate, i) =>
                        i === index ? { ...candidate, name: { ...candidate.name, zh: event.target.value } } : candidate,
                      ),
                    })
                  }
                />
                {step.type === 'branch' ? (
                  <div style={{ flex: 1, minWidth: 160 }}>
                    <JsonInput
                      id={`branch-when-${index}`}
                      value={(branch as { when?: unknown }).when}
                      placeholder={t('process.step.branchWhenPlaceholder')}
                      onChange={(when) =>
                        set({
                          branches: step.branches.map((candidate, i) =>
                            i === index ? { ...candidate, when } : candidate,
                          ),
                        })
                      }
                    />
                  </div>
                ) : null}
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('process.step.removeBranch', { n: index + 1 })}
                  disabled={branch.steps.length > 0}
                  onClick={() => set({ branches: step.branches.filter((_, i) => i !== index) })}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() =>
                set({
                  branches: [
                    ...step.branches,
                    {
                      id: newBranchId(),
                      name: { zh: t('process.step.newBranch', { n: step.branches.length + 1 }) },
                      steps: [],
                    },
                  ],
                })
              }
            >
              {t('process.step.addBranch')}
            </Button>
          </Flex>
          {step.type === 'parallel' ? (
            <Item id="step-lead" label={t('process.step.leadBranch')}>
              <Select
                id="step-lead"
                allowClear
                value={step.leadBranchId}
                options={step.branches.map((branch) => ({ value: branch.id, label: branch.name.zh }))}
                onChange={(leadBranchId?: string) => set({ leadBranchId })}
              />
            </Item>
          ) : null}
        </>
      ) : null}

      <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
        {t('process.step.condition')}
      </Divider>
      <Item id="step-when" label={t('process.step.when')} help={t('process.step.whenHelp')}>
        <JsonInput
          id="step-when"
          value={step.when}
          placeholder='{"==": [{"var": "stage"}, "signed"]}'
          onChange={(when) => set({ when })}
        />
      </Item>

      {formFields.length > 0 && (hasAssignees || step.type === 'parallel' || step.type === 'branch') ? (
        <>
          <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
            {t('process.step.fieldPermissions')}
          </Divider>
          <Flex vertical gap={4}>
            {formFields.map((field) => (
              <Flex key={field.key} justify="space-between" align="center" gap={8}>
                <Typography.Text ellipsis style={{ minWidth: 0 }}>
                  {field.title}
                </Typography.Text>
                <Select
                  size="small"
                  aria-label={t('process.step.permissionOf', { field: field.title })}
                  style={{ width: 96 }}
                  value={step.fieldPermissions?.[field.key] ?? 'read'}
                  options={(['read', 'edit', 'hidden'] as const).map((value) => ({
                    value,
                    label: t(`process.permissions.${value}`),
                  }))}
                  onChange={(permission: FieldPermission) => {
                    const { [field.key]: _old, ...rest } = step.fieldPermissions ?? {};
                    const next = permission === 'read' ? rest : { ...rest, [field.key]: permission };
                    set({ fieldPermissions: Object.keys(next).length > 0 ? next : undefined });
                  }}
                />
              </Flex>
            ))}
          </Flex>
        </>
      ) : null}
    </Form>
  );
}

/** 办理时限: working days, reminder, red card, and what happens at the deadline. */
function SlaEditor({ sla, onChange }: { sla: StepSla | undefined; onChange: (sla: StepSla | undefined) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<StepSla>) =>
    onChange(JSON.parse(JSON.stringify({ ...(sla ?? { workingDays: 1 }), ...patch })) as StepSla);
  return (
    <>
      <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
        {t('process.step.sla')}
      </Divider>
      <Flex gap={8} wrap>
        <Item id="step-sla-days" label={t('process.step.slaWorkingDays')}>
          <InputNumber
            id="step-sla-days"
            min={0}
            max={365}
            precision={0}
            placeholder={t('process.step.noSla')}
            value={sla?.workingDays ?? null}
            onChange={(value) => (value === null ? onChange(undefined) : set({ workingDays: value }))}
          />
        </Item>
        {sla ? (
          <>
            <Item id="step-sla-remind" label={t('process.step.remindBefore')}>
              <InputNumber
                id="step-sla-remind"
                min={0}
                precision={0}
                value={sla.remindBeforeWorkingDays ?? null}
                onChange={(value) => set({ remindBeforeWorkingDays: value ?? undefined })}
              />
            </Item>
            <Item id="step-sla-red" label={t('process.step.redCardAfter')}>
              <InputNumber
                id="step-sla-red"
                min={0}
                precision={0}
                value={sla.redCardAfterWorkingDays ?? null}
                onChange={(value) => set({ redCardAfterWorkingDays: value ?? undefined })}
              />
            </Item>
          </>
        ) : null}
      </Flex>
      {sla ? (
        <Item id="step-sla-timeout" label={t('process.step.onTimeout')}>
          <Select
            id="step-sla-timeout"
            value={sla.onTimeout ?? 'remind'}
            options={(['remind', 'escalate', 'auto_approve', 'auto_reject'] as const).map((value) => ({
              value,
              label: t(`process.onTimeout.${value}`),
            }))}
            onChange={(onTimeout: StepSla['onTimeout']) =>
              set({ onTimeout: onTimeout === 'remind' ? undefined : onTimeout })
            }
          />
        </Item>
      ) : null}
    </>
  );
}
