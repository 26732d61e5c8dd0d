import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CHOICE_KINDS,
  conditionValueType,
  isConditionSubgroup,
  operatorsFor,
  VALUE_OPERATORS,
  type Condition,
  type ConditionCombine,
  type ConditionOperator,
  type ConditionRule,
  type ConditionSubgroup,
  type ConditionValue,
  type DesignerField,
  type FieldAtPath,
} from '@tongban/forms/designer';
import { Button, Divider, Flex, Input, InputNumber, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface ConditionEditorProps {
  /** What the condition decides, shown as its heading and in every control's name: 显示条件, 必填条件. */
  label: string;
  /** Shown when there is no condition: 始终显示, 不按条件必填. */
  noneLabel: string;
  condition: Condition | undefined;
  /** The fields the condition may read (those above the field; see `conditionCandidates`). */
  candidates: readonly FieldAtPath[];
  onChange: (condition: Condition | undefined) => void;
}

/** A field's name in the pickers: its section or table first, so two fields of the same title are told apart. */
function candidateLabel(candidate: FieldAtPath, all: readonly FieldAtPath[]): string {
  const title = candidate.field.title || candidate.field.key;
  const parentPath = candidate.path.split('.').slice(0, -1).join('.');
  const parent = all.find((other) => other.path === parentPath)?.field;
  return parentPath ? `${parent?.title || parentPath} / ${title}` : title;
}

/** A new rule on `candidate`: its first operator, and a value of its kind (its first option for a choice). */
function newRule(candidate: FieldAtPath): ConditionRule {
  const operator = operatorsFor(candidate.field.kind)[0] ?? 'notEmpty';
  return withOperator({ field: candidate.path, operator }, candidate, operator);
}

function withOperator(rule: ConditionRule, candidate: FieldAtPath | undefined, operator: ConditionOperator) {
  if (!VALUE_OPERATORS.includes(operator)) return { field: rule.field, operator };
  const type = candidate ? conditionValueType(candidate.field.kind) : 'string';
  const keep = rule.value !== undefined && typeof rule.value === type;
  const first = candidate?.field.options?.[0]?.value;
  const fresh: ConditionValue = type === 'number' ? 0 : type === 'boolean' ? true : (first ?? '');
  return { field: rule.field, operator, value: keep ? (rule.value as ConditionValue) : fresh };
}

/**
 * The 显示条件 / 必填条件 of a field: rules (field, 比较方式, value of the
 * field's kind) combined with 且 / 或, and groups of rules for `A 且 (B 或 C)`.
 * No rules means no condition.
 */
export function ConditionEditor({ label, noneLabel, condition, candidates, onChange }: ConditionEditorProps) {
  const { t } = useTranslation();
  const first = candidates[0];
  if (!first)
    return (
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('designer.condition.noCandidates', { noneLabel })}
      </Typography.Paragraph>
    );
  const rules = condition?.rules ?? [];
  const set = (next: (ConditionRule | ConditionSubgroup)[], combine: ConditionCombine = condition?.combine ?? 'all') =>
    onChange(next.length > 0 ? { combine, rules: next } : undefined);
  const replace = (index: number, item: ConditionRule | ConditionSubgroup | undefined) =>
    set(rules.flatMap((old, i) => (i !== index ? [old] : item ? [item] : [])));

  return (
    <Flex vertical gap={8} style={{ marginBottom: 12 }}>
      {rules.length === 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {noneLabel}
        </Typography.Text>
      ) : null}
      {rules.length > 1 ? (
        <CombineSwitch
          ariaLabel={t('designer.condition.combineOf', { label })}
          value={condition?.combine ?? 'all'}
          onChange={(combine) => set(rules, combine)}
        />
      ) : null}
      {rules.map((item, index) =>
        isConditionSubgroup(item) ? (
          <Flex
            key={index}
            vertical
            gap={6}
            role="group"
            aria-label={t('designer.condition.groupName', { label, n: index + 1 })}
            style={{ border: '1px dashed #d9d9d9', borderRadius: 6, padding: 8 }}
          >
            <Flex justify="space-between" align="center">
              <CombineSwitch
                ariaLabel={t('designer.condition.combineOf', { label: `${label} ${index + 1}` })}
                value={item.combine}
                onChange={(combine) => replace(index, { ...item, combine })}
              />
              <Button
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('designer.condition.removeGroup', { label, n: index + 1 })}
                onClick={() => replace(index, undefined)}
              />
            </Flex>
            {item.rules.map((rule, inner) => (
              <RuleRow
                key={inner}
                name={`${label} ${index + 1}.${inner + 1}`}
                rule={rule}
                candidates={candidates}
                onChange={(next) => {
                  const kept = item.rules.flatMap((old, i) => (i !== inner ? [old] : next ? [next] : []));
                  replace(index, kept.length > 0 ? { ...item, rules: kept } : undefined);
                }}
              />
            ))}
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => replace(index, { ...item, rules: [...item.rules, newRule(first)] })}
            >
              {t('designer.condition.addRuleToGroup')}
            </Button>
          </Flex>
        ) : (
          <RuleRow
            key={index}
            name={`${label} ${index + 1}`}
            rule={item}
            candidates={candidates}
            onChange={(next) => replace(index, next)}
          />
        ),
      )}
      <Flex gap={8} wrap>
        <Button size="small" icon={<PlusOutlined />} onClick={() => set([...rules, newRule(first)])}>
          {t('designer.condition.addRule', { label })}
        </Button>
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => set([...rules, { combine: 'any', rules: [newRule(first), newRule(first)] }])}
        >
          {t('designer.condition.addGroup')}
        </Button>
      </Flex>
    </Flex>
  );
}

function CombineSwitch({
  ariaLabel,
  value,
  onChange,
}: {
  ariaLabel: string;
  value: ConditionCombine;
  onChange: (combine: ConditionCombine) => void;
}) {
  const { t } = useTranslation();
  return (
    <Segmented<ConditionCombine>
      size="small"
      aria-label={ariaLabel}
      value={value}
      options={[
        { value: 'all', label: t('designer.condition.all') },
        { value: 'any', label: t('designer.condition.any') },
      ]}
      onChange={onChange}
    />
  );
}

/** One rule: which field, how it compares, and with what (a control of the field's kind). */
function RuleRow({
  name,
  rule,
  candidates,
  onChange,
}: {
  name: string;
  rule: ConditionRule;
  candidates: readonly FieldAtPath[];
  onChange: (rule: ConditionRule | undefined) => void;
}) {
  const { t } = useTranslation();
  const candidate = candidates.find((entry) => entry.path === rule.field);
  const operators = candidate ? operatorsFor(candidate.field.kind) : [rule.operator];
  const valueLabel = t('designer.condition.valueOf', { name });
  const setValue = (value: ConditionValue | undefined) => onChange({ ...rule, value });
  let valueControl = null;
  if (VALUE_OPERATORS.includes(rule.operator)) {
    const kind = candidate?.field.kind;
    if (kind && CHOICE_KINDS.includes(kind))
      valueControl = (
        <Select
          aria-label={valueLabel}
          style={{ minWidth: 100 }}
          value={typeof rule.value === 'string' ? rule.value : undefined}
          options={(candidate?.field.options ?? []).map((option) => ({ value: option.value, label: option.label }))}
          onChange={(value: string) => setValue(value)}
        />
      );
    else if (kind === 'boolean')
      valueControl = (
        <Select
          aria-label={valueLabel}
          style={{ minWidth: 80 }}
          value={String(rule.value === true)}
          // 等于/不等于 已勾选 only: a box nobody touched holds no value, so "等于 未勾选" would not hold for it.
          options={[
            { value: 'true', label: t('designer.condition.ticked') },
            ...(rule.value === false ? [{ value: 'false', label: t('designer.condition.notTicked') }] : []),
          ]}
          onChange={(value: string) => setValue(value === 'true')}
        />
      );
    else if (kind === 'number' || kind === 'amount')
      valueControl = (
        <InputNumber
          aria-label={valueLabel}
          style={{ width: 120 }}
          value={typeof rule.value === 'number' ? rule.value : null}
          onChange={(value) => setValue(typeof value === 'number' ? value : undefined)}
        />
      );
    else
      valueControl = (
        <Input
          aria-label={valueLabel}
          style={{ width: 140 }}
          placeholder={kind === 'date' ? 'YYYY-MM-DD' : undefined}
          value={typeof rule.value === 'string' ? rule.value : ''}
          onChange={(event) => setValue(event.target.value)}
        />
      );
  }
  return (
    <Flex gap={6} wrap align="center">
      <Select
        aria-label={t('designer.condition.fieldOf', { name })}
        style={{ minWidth: 140 }}
        value={rule.field}
        options={candidates.map((entry) => ({ value: entry.path, label: candidateLabel(entry, candidates) }))}
        onChange={(path: string) => {
          const next = candidates.find((entry) => entry.path === path);
          if (next) onChange(newRule(next));
        }}
      />
      <Select
        aria-label={t('designer.condition.operatorOf', { name })}
        style={{ minWidth: 96 }}
        value={rule.operator}
        options={operators.map((operator) => ({
          value: operator,
          label: t(`designer.condition.operators.${operator}`),
        }))}
        onChange={(operator: ConditionOperator) => onChange(withOperator(rule, candidate, operator))}
      />
      {valueControl}
      <Button
        icon={<DeleteOutlined />}
        aria-label={t('designer.condition.removeRule', { name })}
        onClick={() => onChange(undefined)}
      />
    </Flex>
  );
}

/** The 显示条件 and 必填条件 sections of a field's properties. */
export function FieldConditions({
  field,
  candidates,
  onChange,
}: {
  field: DesignerField;
  candidates: readonly FieldAtPath[];
  onChange: (patch: Pick<DesignerField, 'visibleWhen' | 'requiredWhen'>) => void;
}) {
  const { t } = useTranslation();
  const visibility = t('designer.prop.visibility');
  const requirement = t('designer.condition.requiredWhen');
  return (
    <>
      <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
        {visibility}
      </Divider>
      <ConditionEditor
        label={visibility}
        noneLabel={t('designer.prop.alwaysVisible')}
        condition={field.visibleWhen}
        candidates={candidates}
        onChange={(visibleWhen) => onChange({ visibleWhen })}
      />
      {field.kind !== 'staticText' ? (
        <>
          <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
            {requirement}
          </Divider>
          {field.required && !field.requiredWhen ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('designer.condition.alwaysRequired')}
            </Typography.Paragraph>
          ) : (
            <ConditionEditor
              label={requirement}
              noneLabel={t('designer.condition.notRequiredByCondition')}
              condition={field.requiredWhen}
              candidates={candidates}
              onChange={(requiredWhen) => onChange({ requiredWhen })}
            />
          )}
        </>
      ) : null}
    </>
  );
}
