import {
  closestCenter,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useQuery } from '@tanstack/react-query';
import {
  checkFormModel,
  conditionCandidates,
  compileFormModel,
  createField,
  emptyFormModel,
  findField,
  groupFields,
  insertField,
  moveField,
  parseFormSchema,
  removeField,
  updateField,
  type FieldKind,
  type FormModel,
} from '@tongban/forms/designer';
import {
  Alert,
  Button,
  Card,
  Col,
  ConfigProvider,
  Empty,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api/api-error';
import type { DefinitionVersion } from '../api/definitions';
import { catalogueQuery } from '../api/processes';
import type { FormData } from '../api/types';
import { PageHeader } from '../components/PageHeader';
import { DefinitionVersionRoute } from '../designer/shared/DefinitionVersionRoute';
import { DefinitionToolbar, type OpenVersion } from '../designer/shared/DefinitionToolbar';
import { applyDrop, type DragSource, type DropSpot } from '../designer/form/apply-drop';
import { DesignerCanvas } from '../designer/form/DesignerCanvas';
import { FIELD_KIND_ICONS } from '../designer/form/field-kind-icons';
import { FieldPalette } from '../designer/form/FieldPalette';
import { FieldProperties } from '../designer/form/FieldProperties';
import { FormJsonView } from '../designer/form/FormJsonView';
import { FormPreview } from '../designer/form/FormPreview';
import { withComputedFields } from '../forms/computed-fields';
import { VersionDiff } from '../designer/form/VersionDiff';
import { useLanguage } from '../i18n/use-language';
import { FormUsedBy } from '../designer/form/FormUsedBy';

/**
 * Among the droppables under the pointer, the smallest: the innermost field
 * or group (a field inside a section rather than the section around it).
 */
const innermostUnderPointer: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  if (hits.length === 0) return closestCenter(args);
  const area = (id: string | number) => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Number.POSITIVE_INFINITY;
  };
  return [...hits].sort((a, b) => area(a.id) - area(b.id));
};

/** A form definition as `/definitions/forms` stores it. */
interface StoredForm {
  key: string;
  title: { zh: string; en?: string };
  schema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  example: FormData;
}

const FORM_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * 表单设计器 at `/admin/forms/new` or `/admin/forms/:key/versions/:version`:
 * loads the version, then hands it to the designer (remounted per version).
 */
export default function FormDesignerPage() {
  const { t } = useTranslation();
  return (
    <DefinitionVersionRoute<StoredForm>
      kind="forms"
      title={t('designer.title')}
      designer={(stored) =>
        stored ? <FormDesigner key={`${stored.key}@${stored.version}`} stored={stored} /> : <FormDesigner />
      }
    />
  );
}

/**
 * The designer: an administrator places fields from the palette (drag, or
 * press to append), orders them, edits their properties, sees the form as
 * applicants will (预览) and as JSON, then saves a draft and publishes it.
 */
function FormDesigner({ stored }: { stored?: DefinitionVersion<StoredForm> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [model, setModel] = useState<FormModel>(() =>
    stored
      ? { ...parseFormSchema(stored.definition.schema, stored.definition.uiSchema), title: stored.definition.title.zh }
      : emptyFormModel(t('designer.untitled')),
  );
  const [formKey, setFormKey] = useState(stored?.definition.key ?? '');
  const [example, setExample] = useState<FormData>(() => stored?.definition.example ?? {});
  const [open, setOpen] = useState<OpenVersion | undefined>(
    stored ? { version: stored.version, status: stored.status, revision: stored.revision } : undefined,
  );
  const [serverProblems, setServerProblems] = useState<readonly FieldError[]>([]);
  const [selected, setSelected] = useState<string>();
  const [tab, setTab] = useState('design');
  const [dragging, setDragging] = useState<DragSource>();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const compiled = useMemo(() => compileFormModel(model), [model]);
  const definition = useMemo<StoredForm>(
    () => ({
      key: formKey,
      title: { zh: model.title, ...(stored?.definition.title.en ? { en: stored.definition.title.en } : {}) },
      schema: compiled.schema,
      uiSchema: compiled.uiSchema,
      // An example kept before a formula changed holds what the formula gave then: publishing checks it against now.
      example: withComputedFields(compiled.schema, example),
    }),
    [formKey, model.title, stored, compiled, example],
  );
  const [savedJson, setSavedJson] = useState(() => (stored ? JSON.stringify(definition) : ''));
  const dirty = JSON.stringify(definition) !== savedJson;
  const editable = !open || open.status === 'draft';
  const problems = useMemo(() => checkFormModel(model, language), [model, language]);
  const flagged = useMemo(() => new Set(problems.flatMap((problem) => (problem.uid ? [problem.uid] : []))), [problems]);
  const place = selected ? findField(model, selected) : undefined;

  const add = (kind: Exclude<FieldKind, 'raw'>) => {
    // Into the selected section or table when it can hold the kind, else at the end of the form.
    const container = place && ['section', 'table'].includes(place.field.kind) ? place.field.uid : null;
    const field = createField(model, kind);
    let next = container ? insertField(model, field, container, groupFields(model, container).length) : model;
    if (next === model) next = insertField(model, field, null, model.fields.length);
    setModel(next);
    setSelected(field.uid);
  };

  const drop = (event: DragEndEvent) => {
    setDragging(undefined);
    const source = event.active.data.current as DragSource | undefined;
    if (!source || !event.over) return;
    const overId = String(event.over.id);
    const spot: DropSpot = overId.startsWith('group:')
      ? { type: 'group', parent: (event.over.data.current as { parent: string | null }).parent }
      : { type: 'field', uid: overId };
    const result = applyDrop(model, source, spot);
    setModel(result.model);
    if (result.selected) setSelected(result.selected);
  };

  const move = (uid: string, delta: -1 | 1) => {
    const at = findField(model, uid);
    if (at) setModel(moveField(model, uid, at.parent, at.index + delta));
  };

  const remove = (uid: string) => {
    setModel(removeField(model, uid));
    if (selected && !findField(removeField(model, uid), selected)) setSelected(undefined);
  };

  const load = (next: FormModel) => {
    setModel(next);
    setSelected(undefined);
  };

  const design = (
    <DndContext
      // A published version never changes: nothing on it may be dragged.
      sensors={editable ? sensors : []}
      collisionDetection={innermostUnderPointer}
      onDragStart={(event: DragStartEvent) => setDragging(event.active.data.current as DragSource)}
      onDragCancel={() => setDragging(undefined)}
      onDragEnd={drop}
    >
      <Row gutter={[16, 16]}>
        {editable ? (
          <Col xs={24} lg={6}>
            <Card size="small">
              <FieldPalette onAdd={add} />
            </Card>
          </Col>
        ) : null}
        <Col xs={24} lg={editable ? 10 : 14}>
          <Card size="small" title={t('designer.canvas')}>
            {/* antd's inputs and buttons read this; a published version's are shown, not offered. */}
            <ConfigProvider componentDisabled={!editable}>
              <DesignerCanvas
                fields={model.fields}
                selected={selected}
                flagged={flagged}
                onSelect={setSelected}
                onMove={move}
                onRemove={remove}
              />
            </ConfigProvider>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('designer.properties')}>
            <ConfigProvider componentDisabled={!editable}>
              {place ? (
                <FieldProperties
                  key={place.field.uid}
                  field={place.field}
                  conditionFields={conditionCandidates(model.fields, place.field.uid)}
                  problems={problems.filter((problem) => problem.uid === place.field.uid)}
                  model={model}
                  onChange={(patch) => {
                    if (editable) setModel(updateField(model, place.field.uid, patch));
                  }}
                />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('designer.selectHint')} />
              )}
            </ConfigProvider>
          </Card>
        </Col>
      </Row>
      <DragOverlay dropAnimation={null}>
        {dragging ? (
          <Tag icon={dragging.type === 'palette' ? FIELD_KIND_ICONS[dragging.kind] : undefined} style={{ padding: 6 }}>
            {dragging.type === 'palette'
              ? t(`designer.kinds.${dragging.kind}`)
              : (findField(model, dragging.uid)?.field.title ?? '')}
          </Tag>
        ) : null}
      </DragOverlay>
    </DndContext>
  );

  return (
    <>
      <PageHeader
        title={t('designer.title')}
        subtitle={t('designer.subtitle')}
        extra={
          <>
            {editable ? <ImportForm onImport={load} /> : null}
            <DefinitionToolbar
              kind="forms"
              open={open}
              current={() => definition}
              dirty={dirty}
              onSaved={(saved) => {
                setOpen({ version: saved.version, status: saved.status, revision: saved.revision });
                setSavedJson(JSON.stringify(definition));
              }}
              onProblems={setServerProblems}
              versionPath={(key, version) => `/admin/forms/${encodeURIComponent(key)}/versions/${version}`}
            />
          </>
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
      {open?.status === 'published' && formKey ? <FormUsedBy formKey={formKey} version={open.version} /> : null}
      {serverProblems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="server-problems"
          title={t('definitions.serverProblems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {serverProblems.map((problem) => (
                <li key={`${problem.path}:${problem.message}`}>
                  {problem.message} <Typography.Text type="secondary">{problem.path}</Typography.Text>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form layout="vertical" component="div" disabled={!editable}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item
                label={t('designer.formKey')}
                htmlFor="form-key"
                style={{ marginBottom: 8 }}
                validateStatus={formKey && !FORM_KEY_PATTERN.test(formKey) ? 'error' : undefined}
                help={formKey && !FORM_KEY_PATTERN.test(formKey) ? t('designer.formKeyInvalid') : undefined}
              >
                <Input
                  id="form-key"
                  value={formKey}
                  disabled={!!open}
                  placeholder="tax-refund"
                  onChange={(event) => setFormKey(event.target.value.trim())}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('designer.formTitle')} htmlFor="form-title" style={{ marginBottom: 8 }}>
                <Input
                  id="form-title"
                  value={model.title}
                  onChange={(event) => setModel({ ...model, title: event.target.value })}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item label={t('designer.formDescription')} htmlFor="form-description" style={{ marginBottom: 8 }}>
                <Input
                  id="form-description"
                  value={model.description ?? ''}
                  onChange={(event) => {
                    const { description: _old, ...rest } = model;
                    setModel(event.target.value ? { ...rest, description: event.target.value } : rest);
                  }}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
        {problems.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            data-testid="designer-problems"
            title={t('designer.problems', { count: problems.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problems.map((problem, index) => (
                  <li key={index}>
                    {problem.uid ? (
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0 }}
                        onClick={() => {
                          setSelected(problem.uid ?? undefined);
                          setTab('design');
                        }}
                      >
                        {problem.message}
                      </Button>
                    ) : (
                      problem.message
                    )}
                  </li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert type="success" showIcon title={t('designer.noProblems')} />
        )}
      </Card>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'design', label: t('designer.tabs.design'), children: design },
          {
            key: 'preview',
            label: t('designer.tabs.preview'),
            children: (
              <Card size="small">
                <FormPreview form={compiled} example={example} onUseAsExample={editable ? setExample : undefined} />
              </Card>
            ),
          },
          ...(open
            ? [
                {
                  key: 'diff',
                  label: t('designer.tabs.diff'),
                  children: (
                    <Card size="small">
                      <VersionDiff formKey={formKey} version={open.version} model={model} />
                    </Card>
                  ),
                },
              ]
            : []),
          {
            key: 'json',
            label: t('designer.tabs.json'),
            children: (
              <FormJsonView
                compiled={compiled}
                onApply={(next) => {
                  load(next);
                  setTab('design');
                }}
              />
            ),
          },
        ]}
      />
    </>
  );
}

/** Starts from a published form: the form of a process in the catalogue, read into the designer. */
function ImportForm({ onImport }: { onImport: (model: FormModel) => void }) {
  const { t } = useTranslation();
  const catalogue = useQuery(catalogueQuery);
  return (
    <Flex gap={8} align="center" wrap>
      <Select
        aria-label={t('designer.importFrom')}
        placeholder={t('designer.importFrom')}
        style={{ minWidth: 220 }}
        loading={catalogue.isPending}
        status={catalogue.isError ? 'error' : undefined}
        notFoundContent={catalogue.isError ? catalogue.error.message : undefined}
        value={null}
        options={(catalogue.data ?? []).map((process) => ({ value: process.key, label: process.name }))}
        onChange={(key: string) => {
          const process = catalogue.data?.find((candidate) => candidate.key === key);
          if (process) onImport(parseFormSchema(process.form.schema, process.form.uiSchema ?? {}));
        }}
      />
    </Flex>
  );
}
