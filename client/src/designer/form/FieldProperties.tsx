import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CHOICE_KINDS,
  FIELD_KEY_PATTERN,
  ORG_PICKER_KINDS,
  PREFILL_SOURCES,
  type ChoiceOption,
  type DesignerField,
  type FieldAtPath,
  type FormModel,
  type FormModelProblem,
  type OrgPickerKind,
  type PrefillSource,
} from '@tongban/forms/designer';
import { Alert, Button, Divider, Flex, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CHINESE_FORMATS, isChineseFormat, type ChineseFormatName } from '@tongban/forms/formats';
import { FieldConditions } from './ConditionEditor';
import { DictionaryPicker } from './DictionaryPicker';
import { RegionDepthSelect } from './RegionDepthSelect';
import { FormulaEditor } from './FormulaEditor';

type Patch = Partial<Omit<DesignerField, 'uid'>>;

interface FieldPropertiesProps {
  field: DesignerField;
  /** The fields its conditions may read (`conditionCandidates`). */
  conditionFields: readonly FieldAtPath[];
  problems: readonly FormModelProblem[];
  /** The whole form: what a formula may name and whether it computes. */
  model: FormModel;
  onChange: (patch: Patch) => void;
}

/** The named formats a one-line text field may hold: Chinese identifiers, checked with their check digits. */
const NAMED_FORMATS = Object.entries(CHINESE_FORMATS) as [
  ChineseFormatName,
  (typeof CHINESE_FORMATS)[ChineseFormatName],
][];

const TEXT_KINDS = ['text', 'textarea'];
/** Where a text field may fill in from: the applicant organisation's profile. */
const PREFILL_OPTIONS = Object.entries(PREFILL_SOURCES) as [PrefillSource, { zh: string; en: string }][];
const PLACEHOLDER_KINDS = ['text', 'textarea', 'number', 'amount', 'date', 'select', 'orgPicker', 'userPicker'];
const COUNT_KINDS = ['checkbox', 'table', 'attachment'];

/** A labelled control; the label names the control for screen readers and tests. */
function Item({ id, label, children, help }: { id: string; label: string; children: ReactNode; help?: ReactNode }) {
  return (
    <Form.Item label={label} htmlFor={id} help={help} style={{ marginBottom: 12 }}>
      {children}
    </Form.Item>
  );
}

/** The properties panel of the selected field. */
export function FieldProperties({ field, conditionFields, problems, model, onChange }: FieldPropertiesProps) {
  const { t, i18n } = useTranslation();
  const kind = field.kind;
  const numberOrUndefined = (value: number | null) => (value === null ? undefined : value);
  const textOrUndefined = (value: string) => (value === '' ? undefined : value);

  return (
    <Form layout="vertical" component="div" aria-label={t('designer.properties')} data-testid="field-properties">
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={problems.map((problem) => (
            <div key={problem.message}>{problem.message}</div>
          ))}
        />
      ) : null}
      <Item id="prop-title" label={t(kind === 'staticText' ? 'designer.prop.titleOptional' : 'designer.prop.title')}>
        <Input id="prop-title" value={field.title} onChange={(event) => onChange({ title: event.target.value })} />
      </Item>
      <Item
        id="prop-key"
        label={t('designer.prop.key')}
        help={FIELD_KEY_PATTERN.test(field.key) ? t('designer.prop.keyHelp') : t('designer.prop.keyInvalid')}
      >
        <Input
          id="prop-key"
          value={field.key}
          status={FIELD_KEY_PATTERN.test(field.key) ? undefined : 'error'}
          onChange={(event) => onChange({ key: event.target.value.trim() })}
        />
      </Item>
      {kind === 'staticText' ? (
        <Item id="prop-text" label={t('designer.prop.text')}>
          <Input.TextArea
            id="prop-text"
            rows={4}
            value={field.text ?? ''}
            onChange={(event) => onChange({ text: textOrUndefined(event.target.value) })}
          />
        </Item>
      ) : (
        <Flex gap={16} wrap>
          <Form.Item label={t('designer.prop.required')} htmlFor="prop-required" style={{ marginBottom: 12 }}>
            <Switch id="prop-required" checked={field.required} onChange={(required) => onChange({ required })} />
          </Form.Item>
          {kind === 'boolean' ? (
            <Form.Item label={t('designer.prop.mustAccept')} htmlFor="prop-must-accept" style={{ marginBottom: 12 }}>
              <Switch
                id="prop-must-accept"
                checked={field.mustAccept ?? false}
                onChange={(mustAccept) => onChange({ mustAccept: mustAccept || undefined })}
              />
            </Form.Item>
          ) : null}
          {kind === 'number' ? (
            <Form.Item label={t('designer.prop.integer')} htmlFor="prop-integer" style={{ marginBottom: 12 }}>
              <Switch
                id="prop-integer"
                checked={field.integer ?? false}
                onChange={(integer) => onChange({ integer: integer || undefined })}
              />
            </Form.Item>
          ) : null}
        </Flex>
      )}
      {kind !== 'staticText' && kind !== 'raw' ? (
        <Item id="prop-help" label={t('designer.prop.help')}>
          <Input
            id="prop-help"
            value={field.help ?? ''}
            onChange={(event) => onChange({ help: textOrUndefined(event.target.value) })}
          />
        </Item>
      ) : null}
      {PLACEHOLDER_KINDS.includes(kind) ? (
        <Item id="prop-placeholder" label={t('designer.prop.placeholder')}>
          <Input
            id="prop-placeholder"
            value={field.placeholder ?? ''}
            onChange={(event) => onChange({ placeholder: textOrUndefined(event.target.value) })}
          />
        </Item>
      ) : null}

      {kind === 'orgPicker' ? (
        <Item id="prop-org-kind" label={t('designer.prop.orgKind')}>
          <Select
            id="prop-org-kind"
            allowClear
            placeholder={t('admin.organisations.allKinds')}
            value={field.orgKind}
            options={ORG_PICKER_KINDS.map((orgKind) => ({
              value: orgKind,
              label: t(`admin.organisations.kinds.${orgKind}`),
            }))}
            onChange={(orgKind?: OrgPickerKind) => onChange({ orgKind })}
          />
        </Item>
      ) : null}

      {TEXT_KINDS.includes(kind) ? (
        <Item id="prop-prefill" label={t('designer.prop.prefill')} help={t('designer.prop.prefillHelp')}>
          <Select
            id="prop-prefill"
            allowClear
            placeholder={t('designer.prop.prefillNone')}
            value={field.prefill}
            options={PREFILL_OPTIONS.map(([value, label]) => ({
              value,
              label: i18n.language === 'en' ? label.en : label.zh,
            }))}
            onChange={(prefill?: PrefillSource) => onChange({ prefill })}
          />
        </Item>
      ) : null}

      {kind === 'region' ? (
        <Item id="prop-region-depth" label={t('designer.prop.regionDepth')}>
          <RegionDepthSelect
            id="prop-region-depth"
            value={field.regionDepth}
            onChange={(regionDepth) => onChange({ regionDepth })}
          />
        </Item>
      ) : null}

      {CHOICE_KINDS.includes(kind) ? (
        <Item id="prop-dictionary" label={t('designer.prop.dictionary')}>
          <DictionaryPicker value={field.dictionary} onChange={onChange} />
        </Item>
      ) : null}
      {/* Options from a dictionary are its entries, not edited here. */}
      {CHOICE_KINDS.includes(kind) && !field.dictionary ? (
        <OptionsEditor options={field.options ?? []} onChange={(options) => onChange({ options })} />
      ) : null}

      <DefaultValue field={field} onChange={onChange} />

      {TEXT_KINDS.includes(kind) || kind === 'number' || kind === 'amount' || COUNT_KINDS.includes(kind) ? (
        <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
          {t('designer.prop.validation')}
        </Divider>
      ) : null}
      {TEXT_KINDS.includes(kind) ? (
        <>
          <Flex gap={8}>
            <Item id="prop-min-length" label={t('designer.prop.minLength')}>
              <InputNumber
                id="prop-min-length"
                min={0}
                precision={0}
                value={field.minLength ?? null}
                onChange={(value) => onChange({ minLength: numberOrUndefined(value) })}
              />
            </Item>
            <Item id="prop-max-length" label={t('designer.prop.maxLength')}>
              <InputNumber
                id="prop-max-length"
                min={1}
                precision={0}
                value={field.maxLength ?? null}
                onChange={(value) => onChange({ maxLength: numberOrUndefined(value) })}
              />
            </Item>
          </Flex>
          <Item id="prop-pattern-preset" label={t('designer.prop.format')}>
            <Select
              id="prop-pattern-preset"
              allowClear
              placeholder={t('designer.prop.formatNone')}
              value={field.format ?? (field.pattern ? 'custom' : undefined)}
              options={[
                ...(kind === 'text'
                  ? NAMED_FORMATS.map(([name, named]) => ({
                      value: name,
                      label: i18n.language === 'en' ? named.label.en : named.label.zh,
                    }))
                  : []),
                { value: 'custom', label: t('designer.formats.custom') },
              ]}
              onChange={(key?: string) =>
                onChange(
                  key === 'custom'
                    ? { format: undefined, pattern: field.pattern ?? '^.*$' }
                    : { format: isChineseFormat(key) ? key : undefined, pattern: undefined },
                )
              }
            />
          </Item>
          {field.pattern ? (
            <Item id="prop-pattern" label={t('designer.prop.pattern')}>
              <Input
                id="prop-pattern"
                value={field.pattern}
                style={{ fontFamily: 'monospace' }}
                onChange={(event) => onChange({ pattern: textOrUndefined(event.target.value) })}
              />
            </Item>
          ) : null}
        </>
      ) : null}
      {kind === 'number' || kind === 'amount' ? (
        <Flex gap={8}>
          <Item id="prop-minimum" label={t(kind === 'amount' ? 'designer.prop.minimumYuan' : 'designer.prop.minimum')}>
            <InputNumber
              id="prop-minimum"
              value={field.minimum ?? null}
              onChange={(value) => onChange({ minimum: numberOrUndefined(value) })}
            />
          </Item>
          <Item id="prop-maximum" label={t(kind === 'amount' ? 'designer.prop.maximumYuan' : 'designer.prop.maximum')}>
            <InputNumber
              id="prop-maximum"
              value={field.maximum ?? null}
              onChange={(value) => onChange({ maximum: numberOrUndefined(value) })}
            />
          </Item>
        </Flex>
      ) : null}
      {COUNT_KINDS.includes(kind) ? (
        <Flex gap={8}>
          <Item id="prop-min-items" label={t('designer.prop.minItems')}>
            <InputNumber
              id="prop-min-items"
              min={0}
              precision={0}
              value={field.minItems ?? null}
              onChange={(value) => onChange({ minItems: numberOrUndefined(value) })}
            />
          </Item>
          <Item id="prop-max-items" label={t('designer.prop.maxItems')}>
            <InputNumber
              id="prop-max-items"
              min={1}
              precision={0}
              value={field.maxItems ?? null}
              onChange={(value) => onChange({ maxItems: numberOrUndefined(value) })}
            />
          </Item>
        </Flex>
      ) : null}

      <FormulaEditor model={model} field={field} onChange={onChange} />
      <FieldConditions field={field} candidates={conditionFields} onChange={onChange} />

      {kind === 'raw' || field.extraSchema || field.extraUi ? <ExtraJson field={field} onChange={onChange} /> : null}
    </Form>
  );
}

function OptionsEditor({
  options,
  onChange,
}: {
  options: readonly ChoiceOption[];
  onChange: (options: ChoiceOption[]) => void;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ChoiceOption>) =>
    onChange(options.map((option, i) => (i === index ? { ...option, ...patch } : option)));
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: '0 0 12px' }}>
      <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('designer.prop.options')}</legend>
      <Flex vertical gap={6}>
        {options.map((option, index) => (
          <Flex key={index} gap={6}>
            <Input
              aria-label={t('designer.prop.optionLabel', { n: index + 1 })}
              placeholder={t('designer.prop.optionLabelPlaceholder')}
              value={option.label}
              onChange={(event) => set(index, { label: event.target.value })}
            />
            <Input
              aria-label={t('designer.prop.optionValue', { n: index + 1 })}
              placeholder={t('designer.prop.optionValuePlaceholder')}
              value={option.value}
              style={{ fontFamily: 'monospace' }}
              onChange={(event) => set(index, { value: event.target.value.trim() })}
            />
            <Button
              icon={<DeleteOutlined />}
              aria-label={t('designer.prop.removeOption', { n: index + 1 })}
              onClick={() => onChange(options.filter((_, i) => i !== index))}
            />
          </Flex>
        ))}
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            let n = options.length + 1;
            while (options.some((option) => option.value === `option${n}`)) n++;
            onChange([...options, { value: `option${n}`, label: t('designer.prop.newOption', { n }) }]);
          }}
        >
          {t('designer.prop.addOption')}
        </Button>
      </Flex>
    </fieldset>
  );
}

function DefaultValue({ field, onChange }: { field: DesignerField; onChange: (patch: Patch) => void }) {
  const { t } = useTranslation();
  const label = t('designer.prop.default');
  if (field.kind === 'text' || field.kind === 'textarea')
    return (
      <Item id="prop-default" label={label}>
        <Input
          id="prop-default"
          value={typeof field.default === 'string' ? field.default : ''}
          onChange={(event) => onChange({ default: event.target.value === '' ? undefined : event.target.value })}
        />
      </Item>
    );
  if (field.kind === 'number' || field.kind === 'amount')
    return (
      <Item id="prop-default" label={label}>
        <InputNumber
          id="prop-default"
          value={typeof field.default === 'number' ? field.default : null}
          onChange={(value) => onChange({ default: value ?? undefined })}
        />
      </Item>
    );
  if (field.kind === 'select' || field.kind === 'radio')
    return (
      <Item id="prop-default" label={label}>
        <Select
          id="prop-default"
          allowClear
          placeholder={t('designer.prop.noDefault')}
          value={typeof field.default === 'string' ? field.default : undefined}
          options={(field.options ?? []).map((option) => ({ value: option.value, label: option.label }))}
          onChange={(value?: string) => onChange({ default: value })}
        />
      </Item>
    );
  return null;
}

/** What the panel has no control for, as JSON an expert may edit; for a raw field, the whole field. */
function ExtraJson({ field, onChange }: { field: DesignerField; onChange: (patch: Patch) => void }) {
  const { t } = useTranslation();
  const shown = (value: unknown) => JSON.stringify(value ?? {}, null, 2);
  const [schemaText, setSchemaText] = useState(shown(field.extraSchema));
  const [uiText, setUiText] = useState(shown(field.extraUi));
  const [error, setError] = useState<string>();
  const apply = () => {
    try {
      const extraSchema = JSON.parse(schemaText) as unknown;
      const extraUi = JSON.parse(uiText) as unknown;
      if (typeof extraSchema !== 'object' || extraSchema === null || Array.isArray(extraSchema)) throw new Error();
      if (typeof extraUi !== 'object' || extraUi === null || Array.isArray(extraUi)) throw new Error();
      setError(undefined);
      const empty = (value: object) => Object.keys(value).length === 0;
      onChange({
        extraSchema: empty(extraSchema) ? undefined : (extraSchema as Record<string, unknown>),
        extraUi: empty(extraUi) ? undefined : (extraUi as Record<string, unknown>),
      });
    } catch {
      setError(t('designer.json.invalid'));
    }
  };
  return (
    <>
      <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
        {t(field.kind === 'raw' ? 'designer.prop.rawJson' : 'designer.prop.extraJson')}
      </Divider>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t(field.kind === 'raw' ? 'designer.prop.rawHint' : 'designer.prop.extraHint')}
      </Typography.Paragraph>
      <Item id="prop-extra-schema" label="JSON Schema">
        <Input.TextArea
          id="prop-extra-schema"
          autoSize={{ minRows: 3, maxRows: 14 }}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          value={schemaText}
          onChange={(event) => setSchemaText(event.target.value)}
        />
      </Item>
      <Item id="prop-extra-ui" label="uiSchema">
        <Input.TextArea
          id="prop-extra-ui"
          autoSize={{ minRows: 2, maxRows: 10 }}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          value={uiText}
          onChange={(event) => setUiText(event.target.value)}
        />
      </Item>
      {error ? <Alert type="error" title={error} style={{ marginBottom: 8 }} /> : null}
      <Button onClick={apply}>{t('designer.json.applyField')}</Button>
    </>
  );
}
