import {
  FORMULA_KINDS,
  formulaProblems,
  formulaReferences,
  type DesignerField,
  type FormModel,
  type FormulaReference,
} from '@tongban/forms/designer';
import { FORMULA_FUNCTIONS } from '@tongban/forms/formulas';
import { Flex, Form, Input, Select, Switch, Tag, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

interface FormulaEditorProps {
  model: FormModel;
  field: DesignerField;
  onChange: (patch: { formula?: string }) => void;
}

/**
 * The 公式 of a computed field: a switch that makes the field computed, the
 * formula, pickers that insert a field (a 明细表 column as `table.column`)
 * or a function where the cursor is, and what is wrong with it as one types,
 * in the UI language. Shown for the kinds a formula can compute.
 */
export function FormulaEditor({ model, field, onChange }: FormulaEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const input = useRef<TextAreaRef>(null);
  const references = useMemo(() => formulaReferences(model, field.uid), [model, field.uid]);
  const problems = useMemo(
    () => (field.formula === undefined ? [] : formulaProblems(model, language).filter((p) => p.uid === field.uid)),
    [model, field.uid, field.formula, language],
  );
  if (!FORMULA_KINDS.includes(field.kind)) return null;
  const computed = field.formula !== undefined;
  const formula = field.formula ?? '';

  /** Puts `text` where the cursor is (or at the end) and the cursor `back` characters before its end. */
  const insert = (text: string, back = 0) => {
    const element = input.current?.resizableTextArea?.textArea;
    const start = element?.selectionStart ?? formula.length;
    const end = element?.selectionEnd ?? formula.length;
    const next = formula.slice(0, start) + text + formula.slice(end);
    onChange({ formula: next });
    const cursor = start + text.length - back;
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(cursor, cursor);
    });
  };

  const kindTag = (reference: FormulaReference) =>
    reference.kind === 'value' ? null : (
      <Tag style={{ marginInlineStart: 4 }}>{t(`formulaEditor.reference.${reference.kind}`)}</Tag>
    );

  return (
    <>
      <Form.Item label={t('formulaEditor.computed')} htmlFor="prop-computed" style={{ marginBottom: 12 }}>
        <Switch id="prop-computed" checked={computed} onChange={(on) => onChange({ formula: on ? '' : undefined })} />
      </Form.Item>
      {computed ? (
        <Form.Item
          label={t('formulaEditor.formula')}
          htmlFor="prop-formula"
          style={{ marginBottom: 12 }}
          validateStatus={problems.length > 0 ? 'error' : undefined}
        >
          <Input.TextArea
            id="prop-formula"
            ref={input}
            value={formula}
            autoSize={{ minRows: 2, maxRows: 6 }}
            placeholder={t('formulaEditor.placeholder')}
            style={{ fontFamily: 'monospace' }}
            onChange={(event) => onChange({ formula: event.target.value })}
          />
          {problems.length > 0 ? (
            <Typography.Text type="danger" data-testid="formula-problems">
              {problems.map((problem) => (
                <div key={problem.message}>{problem.message}</div>
              ))}
            </Typography.Text>
          ) : formula.trim() ? (
            <Typography.Text type="success" data-testid="formula-ok">
              {t('formulaEditor.ok')}
            </Typography.Text>
          ) : null}
          <Flex gap={8} wrap style={{ marginTop: 8 }}>
            <Select
              aria-label={t('formulaEditor.insertField')}
              placeholder={t('formulaEditor.insertField')}
              showSearch={{ optionFilterProp: 'label' }}
              value={null}
              style={{ minWidth: 160, flex: 1 }}
              options={references.map((reference) => ({
                value: reference.text,
                label: reference.label,
                title: reference.text,
                reference,
              }))}
              optionRender={(option) => (
                <span>
                  {option.label}
                  {kindTag(option.data.reference)}
                </span>
              )}
              onSelect={(text) => {
                if (text) insert(text);
              }}
            />
            <Select
              aria-label={t('formulaEditor.insertFunction')}
              placeholder={t('formulaEditor.insertFunction')}
              showSearch={{ optionFilterProp: 'label' }}
              value={null}
              style={{ minWidth: 160, flex: 1 }}
              popupMatchSelectWidth={false}
              options={FORMULA_FUNCTIONS.map((fn) => ({
                value: fn.name,
                label: fn.name,
                fn,
              }))}
              optionRender={(option) => (
                <div style={{ maxWidth: 360, whiteSpace: 'normal' }}>
                  <Typography.Text code>{option.data.fn.signature[language === 'en' ? 'en' : 'zh']}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">
                      {option.data.fn.description[language === 'en' ? 'en' : 'zh']}
                    </Typography.Text>
                  </div>
                </div>
              )}
              onSelect={(name) => {
                if (name) insert(`${name}()`, 1);
              }}
            />
          </Flex>
        </Form.Item>
      ) : null}
    </>
  );
}
