import type { ChineseFormatName } from '../formats/chinese-formats';
import type { RegionDepth } from '../regions/region-depth';
import type { DictionaryReference } from './dictionary-choices';
import type { PrefillSource } from '../prefill';
import type { Condition } from './conditions';
import type { JsonObject } from './json-value';

/**
 * The form designer's model: what an administrator edits. It compiles to a
 * JSON Schema (draft 2020-12) plus a uiSchema for react-jsonschema-form
 * (`compileFormModel`), and any JSON Schema form parses back into it
 * (`parseFormSchema`), with whatever the model cannot express kept verbatim
 * in `extraSchema` / `extraUi` or as a `raw` field.
 */

/** The kinds of field the palette offers, plus `raw` for a property the designer cannot model. */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'number'
  | 'amount'
  | 'date'
  | 'dateRange'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'boolean'
  | 'orgPicker'
  | 'userPicker'
  | 'region'
  | 'attachment'
  | 'table'
  | 'section'
  | 'staticText'
  | 'raw';

/** The kinds of organisation an organisation picker may be limited to. */
export const ORG_PICKER_KINDS = ['department', 'bank', 'enterprise'] as const;
export type OrgPickerKind = (typeof ORG_PICKER_KINDS)[number];

/** A choice of a select, radio group or checkbox group: the stored value and the label people see. */
export interface ChoiceOption {
  value: string;
  label: string;
}

export interface DesignerField {
  /** Stable id inside the designer (drag and drop, selection); never part of the schema. */
  uid: string;
  /** The property name in the data; unique within its group. */
  key: string;
  kind: FieldKind;
  title: string;
  required: boolean;
  /** `ui:help` under the field. */
  help?: string;
  /** `ui:placeholder`. */
  placeholder?: string;
  /** JSON Schema `default`. */
  default?: unknown;
  /** text, textarea: length limits and a regular expression the value must match. */
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /** text: a Chinese identifier it holds, checked with its check digit (统一社会信用代码, 身份证号, 手机 …). */
  format?: ChineseFormatName;
  /** number, amount: bounds. */
  minimum?: number;
  maximum?: number;
  /** number: whole numbers only. */
  integer?: boolean;
  /** checkbox, table, attachment: how many entries. */
  minItems?: number;
  maxItems?: number;
  /** select, radio, checkbox. */
  options?: ChoiceOption[];
  /** select, radio, checkbox: the options come from this dictionary (数据字典), pinned when the form is published. */
  dictionary?: DictionaryReference;
  /** boolean: the box must be ticked (a pledge, 承诺), written `enum: [true]`. */
  mustAccept?: boolean;
  /**
   * text, textarea: filled in from the applicant organisation's profile (企业名称, 统一社会信用代码 …) when
   * an application opens, and checked against it when a window clerk files; `ui:options.prefill`.
   */
  prefill?: PrefillSource;
  /** orgPicker: only organisations of this kind (受理部门: a department; 贷款银行: a bank); `ui:options.orgKind`. */
  orgKind?: OrgPickerKind;
  /** region: how far down the 省/市/区县 picker asks (`ui:options.depth`); the county when absent. */
  regionDepth?: RegionDepth;
  /** staticText: the text shown. */
  text?: string;
  /** section (a nested group) and table (its columns). */
  children?: DesignerField[];
  /** 显示条件: shown (and kept in the data) only while this holds; see `conditions.ts`. */
  visibleWhen?: Condition;
  /** 必填条件: required only while this holds (and the field is shown). */
  requiredWhen?: Condition;
  /** number, amount, text, textarea, date: computed by this formula (公式), shown read-only; `x-formula` in the schema. */
  formula?: string;
  /** JSON Schema keywords of this field the designer does not model, kept as they were. For `raw`, the whole schema. */
  extraSchema?: JsonObject;
  /** uiSchema entries of this field the designer does not model. For `raw`, the whole uiSchema node. */
  extraUi?: JsonObject;
}

export interface FormModel {
  title: string;
  description?: string;
  fields: DesignerField[];
  /** Refuse data with properties the form does not declare (`additionalProperties: false`); on for new forms. */
  closed: boolean;
  /** Root keywords the designer does not model (`$defs`, `if`/`then`, other `allOf` rules, …). */
  extraSchema?: JsonObject;
  /** Root uiSchema entries the designer does not model. */
  extraUi?: JsonObject;
}

/** What compiling produces: the two documents a published form version stores. */
export interface CompiledForm {
  schema: JsonObject;
  uiSchema: JsonObject;
}

/** Kinds that hold other fields. */
export const CONTAINER_KINDS: readonly FieldKind[] = ['section', 'table'];

/** Kinds offered as choices. */
export const CHOICE_KINDS: readonly FieldKind[] = ['select', 'radio', 'checkbox'];

/** The kinds a table column may be: one line of a detail table holds simple values only. */
export const COLUMN_KINDS: readonly FieldKind[] = [
  'text',
  'textarea',
  'number',
  'amount',
  'date',
  'select',
  'radio',
  'checkbox',
  'boolean',
  'orgPicker',
  'userPicker',
];

/** The palette, in the order it is shown. */
export const PALETTE_KINDS: readonly Exclude<FieldKind, 'raw'>[] = [
  'text',
  'textarea',
  'number',
  'amount',
  'date',
  'dateRange',
  'select',
  'radio',
  'checkbox',
  'boolean',
  'orgPicker',
  'userPicker',
  'region',
  'attachment',
  'table',
  'section',
  'staticText',
];

/** The custom widgets and fields a renderer must register for designed forms. */
export const DESIGNER_WIDGETS = { orgPicker: 'orgPicker', userPicker: 'userPicker' } as const;
export const DESIGNER_FIELDS = { attachments: 'attachments', region: 'region' } as const;

/** An empty form, as the designer starts one. */
export function emptyFormModel(title: string): FormModel {
  return { title, fields: [], closed: true };
}
