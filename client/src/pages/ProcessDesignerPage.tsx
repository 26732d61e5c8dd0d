import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { ProcessDefinition, StepDefinition } from '@tongban/workflows';
import {
  Alert,
  Button,
  Card,
  Col,
  ConfigProvider,
  Dropdown,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Tabs,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api/api-error';
import { definitionListQuery, definitionVersionQuery, type DefinitionVersion } from '../api/definitions';
import { PageHeader } from '../components/PageHeader';
import { DefinitionVersionRoute } from '../designer/shared/DefinitionVersionRoute';
import { ProcessPicture } from '../designer/process/ProcessPicture';
import { RoutePreview } from '../designer/process/RoutePreview';
import { StepProperties } from '../designer/process/StepProperties';
import { StepTree, type TreeSelection } from '../designer/process/StepTree';
import {
  findStep,
  insertStep,
  newStep,
  problemsByStep,
  removeStep,
  replaceStep,
  shiftStep,
  unusedStepId,
  type StepType,
} from '../designer/process/step-tree';
import { DefinitionToolbar, type OpenVersion } from '../designer/shared/DefinitionToolbar';

const STEP_TYPES: StepType[] = ['approval', 'fill', 'parallel', 'branch', 'cc', 'notify', 'wait', 'webhook'];
const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** `/admin/processes/new` or `/admin/processes/:key/versions/:version`: loads the version, then the designer. */
export default function ProcessDesignerPage() {
  const { t } = useTranslation();
  return (
    <DefinitionVersionRoute<ProcessDefinition>
      kind="processes"
      title={t('process.title')}
      designer={(stored) =>
        stored ? <ProcessDesigner key={`${stored.key}@${stored.version}`} stored={stored} /> : <ProcessDesigner />
      }
    />
  );
}

interface StoredForm {
  title: { zh: string };
  schema: { properties?: Record<string, { title?: string }> };
  example?: Record<string, unknown>;
}

/**
 * 流程设计器: the steps as a tree and as a picture; the selected step's
 * handlers, mode, deadline, timeout policy, condition and field permissions;
 * 流程预测 by the real engine; save, and publish (the server checks the whole
 * definition and its problems show on the steps they are about).
 */
function ProcessDesigner({ stored }: { stored?: DefinitionVersion<ProcessDefinition> }) {
  const { t } = useTranslation();
  const [definition, setDefinition] = useState<ProcessDefinition>(
    () =>
      stored?.definition ?? {
        key: '',
        version: 1,
        name: { zh: t('process.untitled') },
        form: { key: '', version: 1 },
        steps: [],
      },
  );
  const [open, setOpen] = useState<OpenVersion | undefined>(
    stored ? { version: stored.version, status: stored.status, revision: stored.revision } : undefined,
  );
  const [savedJson, setSavedJson] = useState(() => (stored ? JSON.stringify(stored.definition) : ''));
  const [problems, setProblems] = useState<readonly FieldError[]>([]);
  const [selected, setSelected] = useState<TreeSelection>();
  const [tab, setTab] = useState('picture');
  const editable = !open || open.status === 'draft';
  const dirty = JSON.stringify(definition) !== savedJson;

  const formsList = useQuery(definitionListQuery('forms'));
  const publishedForms = useMemo(
    () =>
      (formsList.data ?? [])
        .map((form) => ({
          key: form.key,
          name: form.name,
          versions: form.versions.filter((version) => version.status === 'published').map((version) => version.version),
        }))
        .filter((form) => form.versions.length > 0),
    [formsList.data],
  );
  const applicationForm = useQuery({
    ...definitionVersionQuery<StoredForm>('forms', definition.form.key, definition.form.version),
    enabled: definition.form.key !== '',
  });
  const formFields = useMemo(
    () =>
      Object.entries(applicationForm.data?.definition.schema.properties ?? {}).map(([key, schema]) => ({
        key,
        title: schema.title ?? key,
      })),
    [applicationForm.data],
  );

  const grouped = useMemo(() => problemsByStep(definition, problems), [definition, problems]);
  const flagged = useMemo(() => new Set([...grouped.keys()].filter((key) => key !== '')), [grouped]);
  const selectedStep = selected?.type === 'step' ? findStep(definition, selected.stepId) : undefined;

  const addStep = (type: StepType) => {
    const step = newStep(definition, type);
    let next: ProcessDefinition;
    if (selected?.type === 'branch') {
      const branchSteps = findStep(definition, selected.stepId);
      const branch =
        branchSteps && 'branches' in branchSteps.step
          ? branchSteps.step.branches.find((candidate) => candidate.id === selected.branchId)
          : undefined;
      next = insertStep(
        definition,
        step,
        { stepId: selected.stepId, branchId: selected.branchId },
        branch?.steps.length ?? 0,
      );
    } else if (selectedStep) {
      next = insertStep(definition, step, selectedStep.lane, selectedStep.index + 1);
    } else {
      next = insertStep(definition, step, null, definition.steps.length);
    }
    setDefinition(next);
    setSelected({ type: 'step', stepId: step.id });
  };

  const updateSelected = (step: StepDefinition) => {
    if (!selectedStep) return;
    setDefinition(replaceStep(definition, selectedStep.step.id, step));
    if (step.id !== selectedStep.step.id) setSelected({ type: 'step', stepId: step.id });
  };

  const setBasics = (patch: Partial<ProcessDefinition>) => setDefinition({ ...definition, ...patch });
  const generalProblems = grouped.get('') ?? [];

  const properties = selectedStep ? (
    <StepProperties
      key={selectedStep.step.id}
      step={selectedStep.step}
      formFields={formFields}
      forms={publishedForms}
      problems={grouped.get(selectedStep.step.id) ?? []}
      onChange={updateSelected}
      newBranchId={() => unusedStepId(definition, selectedStep.step.id)}
    />
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('process.selectHint')} />
  );

  return (
    <>
      <PageHeader
        title={t('process.title')}
        subtitle={t('process.subtitle')}
        extra={
          <DefinitionToolbar
            kind="processes"
            open={open}
            current={() => definition}
            dirty={dirty}
            onSaved={(saved) => {
              setOpen({ version: saved.version, status: saved.status, revision: saved.revision });
              setSavedJson(JSON.stringify(definition));
            }}
            onProblems={setProblems}
            versionPath={(key, version) => `/admin/processes/${encodeURIComponent(key)}/versions/${version}`}
          />
        }
      />
      {!editable ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="read-only-version"
          title={t('definitions.readOnly', { status: t(`definitions.status.${open?.status ?? 'published'}`) })}
          description={t('definitions.readOnlyVersion')}
        />
      ) : null}
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="server-problems"
          title={t('process.problemsOnSteps', { count: problems.length, steps: flagged.size })}
          description={
            generalProblems.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {generalProblems.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div" disabled={!editable}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item
                label={t('process.key')}
                htmlFor="process-key"
                style={{ marginBottom: 8 }}
                validateStatus={definition.key && !KEY_PATTERN.test(definition.key) ? 'error' : undefined}
              >
                <Input
                  id="process-key"
                  value={definition.key}
                  disabled={!!open}
                  placeholder="tax-refund"
                  onChange={(event) => setBasics({ key: event.target.value.trim() })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('process.name')} htmlFor="process-name" style={{ marginBottom: 8 }}>
                <Input
                  id="process-name"
                  value={definition.name.zh}
                  onChange={(event) => setBasics({ name: { ...definition.name, zh: event.target.value } })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label={t('process.form')} htmlFor="process-form" style={{ marginBottom: 8 }}>
                <Select
                  id="process-form"
                  value={definition.form.key || undefined}
                  loading={formsList.isPending}
                  // Dozens of published forms: the administrator types part of a name.
                  showSearch={{ optionFilterProp: 'label' }}
                  options={publishedForms.map((form) => ({ value: form.key, label: form.name }))}
                  onChange={(key: string) =>
                    setBasics({
                      form: {
                        key,
                        version: Math.max(...(publishedForms.find((form) => form.key === key)?.versions ?? [1])),
                      },
                    })
                  }
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item label={t('process.formVersion')} htmlFor="process-form-version" style={{ marginBottom: 8 }}>
                <Select
                  id="process-form-version"
                  value={definition.form.version}
                  options={(
                    publishedForms.find((form) => form.key === definition.form.key)?.versions ?? [
                      definition.form.version,
                    ]
                  ).map((version) => ({ value: version, label: t('process.versionN', { version }) }))}
                  onChange={(version: number) => setBasics({ form: { ...definition.form, version } })}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item label={t('process.requestSla')} htmlFor="process-sla" style={{ marginBottom: 8 }}>
                <InputNumber
                  id="process-sla"
                  min={1}
                  precision={0}
                  placeholder={t('process.step.noSla')}
                  value={definition.sla?.workingDays ?? null}
                  onChange={(value) => {
                    const { sla: _old, ...rest } = definition;
                    setDefinition(value === null ? rest : { ...rest, sla: { ...definition.sla, workingDays: value } });
                  }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7}>
          <Card
            size="small"
            title={t('process.tree')}
            extra={
              editable ? (
                <Dropdown
                  menu={{
                    items: STEP_TYPES.map((type) => ({ key: type, label: t(`process.types.${type}`) })),
                    onClick: ({ key }) => addStep(key as StepType),
                  }}
                >
                  <Button size="small" type="primary" icon={<PlusOutlined />}>
                    {t('process.addStep')}
                  </Button>
                </Dropdown>
              ) : null
            }
          >
            {definition.steps.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('process.noSteps')} />
            ) : (
              <StepTree steps={definition.steps} selected={selected} flagged={flagged} onSelect={setSelected} />
            )}
            {selectedStep && editable ? (
              <Flex gap={4} style={{ marginTop: 8 }} wrap>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  onClick={() => setDefinition(shiftStep(definition, selectedStep.step.id, -1))}
                >
                  {t('designer.moveUp')}
                </Button>
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  onClick={() => setDefinition(shiftStep(definition, selectedStep.step.id, 1))}
                >
                  {t('designer.moveDown')}
                </Button>
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => {
                    setDefinition(removeStep(definition, selectedStep.step.id));
                    setSelected(undefined);
                  }}
                >
                  {t('process.removeStep')}
                </Button>
              </Flex>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'picture',
                label: t('process.tabs.picture'),
                children: (
                  <Row gutter={[16, 16]}>
                    <Col xs={24} xxl={13}>
                      <ProcessPicture
                        steps={definition.steps}
                        selected={selectedStep?.step.id}
                        flagged={flagged}
                        onSelect={(stepId) => setSelected({ type: 'step', stepId })}
                      />
                    </Col>
                    <Col xs={24} xxl={11}>
                      <Card size="small" title={t('process.properties')}>
                        {/* antd's inputs read this (a native fieldset leaves its selects and pickers working). */}
                        <ConfigProvider componentDisabled={!editable}>{properties}</ConfigProvider>
                      </Card>
                    </Col>
                  </Row>
                ),
              },
              {
                key: 'preview',
                label: t('process.tabs.preview'),
                children: (
                  <Card size="small">
                    <RoutePreview
                      key={JSON.stringify(applicationForm.data?.definition.example ?? {})}
                      definition={definition}
                      example={applicationForm.data?.definition.example ?? {}}
                    />
                  </Card>
                ),
              },
              {
                key: 'json',
                label: 'JSON',
                children: (
                  <Input.TextArea
                    aria-label={t('process.json')}
                    readOnly
                    value={JSON.stringify(definition, null, 2)}
                    autoSize={{ minRows: 12, maxRows: 40 }}
                    style={{ fontFamily: 'monospace', fontSize: 12 }}
                  />
                ),
              },
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('process.validationNote')}
          </Typography.Text>
        </Col>
      </Row>
    </>
  );
}
