import fc from 'fast-check';
import { validateFormData } from '../validate-form-data';
import { compileFormModel } from './compile-form-model';
import {
  CONDITION_OPERATORS,
  conditionCandidates,
  evaluateCondition,
  operatorsFor,
  singleRuleCondition,
  valueAtPath,
  type Condition,
  type ConditionRule,
  type ConditionSubgroup,
} from './conditions';
import { checkFormModel } from './check-form-model';
import type { DesignerField, FieldKind, FormModel } from './form-model';
import { parseFormSchema } from './parse-form-schema';

// Every operator compiles to JSON Schema and reads back; and for many generated conditions and data, the server's
// validator (ajv, as it checks a submission) agrees with the condition read directly: a field is accepted exactly
// while its 显示条件 holds, and missing exactly while its 必填条件 does not.

const OPTIONS = ['a', 'b', 'c'].map((value) => ({ value, label: `选项${value}` }));

function field(key: string, kind: FieldKind, extra: Partial<DesignerField> = {}): DesignerField {
  return {
    uid: `u-${key}`,
    key,
    kind,
    title: `字段${key}`,
    required: false,
    ...(kind === 'select' || kind === 'checkbox' || kind === 'radio' ? { options: OPTIONS } : {}),
    ...extra,
  };
}

/** The fields conditions read: one of each kind that offers operators, top level and in a section. */
const SOURCES: DesignerField[] = [
  field('text', 'text'),
  field('number', 'number'),
  field('amount', 'amount'),
  field('date', 'date'),
  field('choice', 'select'),
  field('ticks', 'checkbox'),
  field('pledge', 'boolean'),
  field('files', 'attachment'),
];
const SECTION_SOURCES: DesignerField[] = [field('name', 'text'), field('count', 'number')];
const SOURCE_PATHS: [string, FieldKind][] = [
  ...SOURCES.map((source): [string, FieldKind] => [source.key, source.kind]),
  ...SECTION_SOURCES.map((source): [string, FieldKind] => [`sec.${source.key}`, source.kind]),
];

// Values chosen so rules often hold and often fail, with characters that mean something in a regular expression.
const TEXTS = ['', '甲', '甲乙', 'a.b', '(x', '乙*'];
const NUMBERS = [-1, 0, 1.5, 100];
const DATES = ['2025-12-31', '2026-01-01', '2026-06-30', '2026-07-09', '2026-10-10'];

function valueOf(kind: FieldKind): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'text':
      return fc.constantFrom(...TEXTS);
    case 'number':
    case 'amount':
      return fc.constantFrom(...NUMBERS);
    case 'date':
      return fc.constantFrom(...DATES);
    case 'select':
      return fc.constantFrom('a', 'b', 'c');
    case 'checkbox':
      return fc.subarray(['a', 'b', 'c']);
    case 'boolean':
      return fc.boolean();
    case 'attachment':
      return fc.constantFrom([], [{ id: 'file-1', name: '营业执照.pdf' }]);
    default:
      return fc.constant(undefined);
  }
}

const ruleArbitrary: fc.Arbitrary<ConditionRule> = fc.constantFrom(...SOURCE_PATHS).chain(([path, kind]) =>
  fc.constantFrom(...operatorsFor(kind)).chain((operator) => {
    if (operator === 'empty' || operator === 'notEmpty') return fc.constant<ConditionRule>({ field: path, operator });
    const value =
      kind === 'checkbox'
        ? fc.constantFrom('a', 'b', 'c')
        : kind === 'text'
          ? fc.constantFrom(...TEXTS.filter((text) => text !== ''))
          : valueOf(kind);
    return value.map((v): ConditionRule => ({ field: path, operator, value: v as ConditionRule['value'] }));
  }),
);

const combineArbitrary = fc.constantFrom('all' as const, 'any' as const);
const conditionArbitrary: fc.Arbitrary<Condition> = fc.record({
  combine: combineArbitrary,
  rules: fc.array(
    fc.oneof(
      { weight: 3, arbitrary: ruleArbitrary },
      {
        weight: 1,
        arbitrary: fc.record({
          combine: combineArbitrary,
          rules: fc.array(ruleArbitrary, { minLength: 1, maxLength: 3 }),
        }),
      },
    ) as fc.Arbitrary<ConditionRule | ConditionSubgroup>,
    { minLength: 1, maxLength: 3 },
  ),
});

/** Data for the source fields, each maybe absent; the section maybe absent too. */
const dataArbitrary: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    top: fc.record(Object.fromEntries(SOURCES.map((source) => [source.key, valueOf(source.kind)])), {
      requiredKeys: [],
    }),
    section: fc.option(
      fc.record(Object.fromEntries(SECTION_SOURCES.map((source) => [source.key, valueOf(source.kind)])), {
        requiredKeys: [],
      }),
      { nil: undefined },
    ),
  })
  .map(({ top, section }) => (section === undefined ? top : { ...top, sec: section }));

/**
 * A form whose fields after the sources carry the condition: `shown` (required, visible when), `needed` (required
 * when), and in the section `sectionNeeded` (required when) and `sectionShown` (required, visible when), both read
 * from the form's root when the condition reads outside the section.
 */
function formWith(condition: Condition): FormModel {
  return {
    title: '条件',
    closed: true,
    fields: [
      ...SOURCES,
      field('sec', 'section', {
        children: [
          ...SECTION_SOURCES,
          field('sectionNeeded', 'text', { requiredWhen: condition }),
          field('sectionShown', 'text', { required: true, visibleWhen: condition }),
        ],
      }),
      field('shown', 'text', { required: true, visibleWhen: condition }),
      field('needed', 'text', { requiredWhen: condition }),
    ],
  };
}

let version = 0;

describe('conditions', () => {
  it.each(CONDITION_OPERATORS.map((operator) => [operator]))('compiles %s and reads it back', (operator) => {
    const [path, kind] = SOURCE_PATHS.find(([, candidate]) => operatorsFor(candidate).includes(operator)) ?? [];
    const rule: ConditionRule = {
      field: path as string,
      operator,
      ...(operator === 'empty' || operator === 'notEmpty'
        ? {}
        : { value: kind === 'number' ? 1.5 : kind === 'boolean' ? true : kind === 'checkbox' ? 'b' : '甲(乙)' }),
    };
    const model = formWith(singleRuleCondition(rule));
    expect(checkFormModel(model)).toEqual([]);
    const { schema, uiSchema } = compileFormModel(model);
    const parsed = parseFormSchema(schema, uiSchema);
    expect(withoutUids(parsed.fields)).toEqual(withoutUids(model.fields));
    expect(parsed.extraSchema).toBeUndefined();
    expect(compileFormModel(parsed)).toEqual({ schema, uiSchema });
  });

  it('reads a form published with the one-rule 显示条件 as the same condition, and writes it back unchanged', () => {
    // What the designer wrote before conditions had operators: `=` on a choice, 包含 on a checkbox group.
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      title: '旧表单',
      unevaluatedProperties: false,
      properties: {
        kind: {
          type: 'string',
          title: '类型',
          oneOf: [
            { const: 'a', title: '甲' },
            { const: 'b', title: '乙' },
          ],
        },
        items: {
          type: 'array',
          title: '事项',
          uniqueItems: true,
          items: {
            type: 'string',
            oneOf: [
              { const: 'x', title: '某' },
              { const: 'y', title: '另' },
            ],
          },
        },
      },
      allOf: [
        {
          if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
          then: { properties: { reason: { type: 'string', title: '原因' } }, required: ['reason'] },
        },
        {
          if: { properties: { items: { contains: { const: 'y' } } }, required: ['items'] },
          then: { properties: { detail: { type: 'string', title: '说明' } } },
        },
      ],
    };
    const uiSchema = { 'ui:order': ['kind', 'items', 'reason', 'detail'], items: { 'ui:widget': 'checkboxes' } };
    const model = parseFormSchema(schema, uiSchema);
    expect(model.fields.map((candidate) => [candidate.key, candidate.visibleWhen])).toEqual([
      ['kind', undefined],
      ['items', undefined],
      ['reason', singleRuleCondition({ field: 'kind', operator: 'eq', value: 'b' })],
      ['detail', singleRuleCondition({ field: 'items', operator: 'contains', value: 'y' })],
    ]);
    expect(compileFormModel(model)).toEqual({ schema, uiSchema });
  });

  it.each([
    ['gt', '2026-06-30'],
    ['gte', '2026-01-09'],
    ['lt', '2026-10-01'],
    ['lte', '2000-01-01'],
  ] as const)(
    'compares a date %s %s by a pattern that orders dates as the calendar does, and reads it back',
    (operator, date) => {
      const rule: ConditionRule = { field: 'date', operator, value: date };
      const model = formWith(singleRuleCondition(rule));
      expect(checkFormModel(model)).toEqual([]);
      const { schema, uiSchema } = compileFormModel(model);
      expect(withoutUids(parseFormSchema(schema, uiSchema).fields)).toEqual(withoutUids(model.fields));
      const form = { key: 'dates', version: ++version, title: { zh: '日期' }, schema, uiSchema, example: {} };
      const days = ['1999-12-31', '2000-01-01', '2026-01-08', '2026-01-09', '2026-01-10', '2026-06-29', '2026-06-30'];
      for (const day of [...days, '2026-07-01', '2026-09-30', '2026-10-01', '2026-10-02', '2099-12-31']) {
        const holds = evaluateCondition(singleRuleCondition(rule), (path) => (path === 'date' ? day : undefined));
        const shown = validateFormData(form, { date: day, needed: '理由', shown: '说明' }).valid;
        expect([day, shown]).toEqual([day, holds]);
      }
    },
  );

  it('round-trips any condition through the schema', () => {
    fc.assert(
      fc.property(conditionArbitrary, (condition) => {
        const model = formWith(condition);
        const { schema, uiSchema } = compileFormModel(model);
        const parsed = parseFormSchema(schema, uiSchema);
        expect(withoutUids(parsed.fields)).toEqual(withoutUids(model.fields));
        expect(parsed.extraSchema).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });

  it('is enforced by the server exactly as it reads', () => {
    fc.assert(
      fc.property(conditionArbitrary, fc.array(dataArbitrary, { minLength: 8, maxLength: 8 }), (condition, samples) => {
        const { schema, uiSchema } = compileFormModel(formWith(condition));
        const form = { key: 'conditions', version: ++version, title: { zh: '条件' }, schema, uiSchema, example: {} };
        const valid = (data: Record<string, unknown>) => validateFormData(form, data).valid;
        for (const data of samples) {
          const holds = evaluateCondition(condition, (path) => valueAtPath(data, path));
          const section = data.sec as Record<string, unknown> | undefined;
          const shownInSection = holds ? { sectionShown: '补充说明' } : {};
          const sectionFilled = section ? { sec: { ...section, sectionNeeded: '补充', ...shownInSection } } : {};
          const filled = { ...data, needed: '理由', ...sectionFilled };
          // 显示条件: the field is accepted (and, being required, needed) exactly while the condition holds.
          expect(valid({ ...filled, shown: '说明' })).toBe(holds);
          expect(valid(filled)).toBe(!holds);
          // 必填条件: missing is refused exactly while it holds; filled is always fine.
          const withShown = holds ? { shown: '说明' } : {};
          expect(valid({ ...data, ...sectionFilled, ...withShown })).toBe(!holds);
          expect(valid({ ...filled, ...withShown })).toBe(true);
          if (!section) continue;
          // In a section, read from the form's root when the condition reads outside it.
          const complete = { ...filled, ...withShown };
          expect(valid({ ...complete, sec: { ...section, ...shownInSection } })).toBe(!holds);
          expect(valid({ ...complete, sec: { ...section, sectionNeeded: '补充', sectionShown: '补充说明' } })).toBe(
            holds,
          );
          expect(valid({ ...complete, sec: { ...section, sectionNeeded: '补充' } })).toBe(!holds);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('offers the fields above, and a column only the earlier columns of its line', () => {
    const model: FormModel = {
      title: '候选',
      closed: true,
      fields: [
        field('kind', 'radio'),
        field('sec', 'section', { children: [field('scale', 'select'), field('note', 'text')] }),
        field('items', 'table', { children: [field('qty', 'number'), field('price', 'amount')] }),
        field('reason', 'textarea'),
      ],
    };
    const offered = (uid: string) => conditionCandidates(model.fields, uid).map((entry) => entry.path);
    expect(offered('u-note')).toEqual(['kind', 'sec.scale']);
    expect(offered('u-price')).toEqual(['items.qty']);
    expect(offered('u-reason')).toEqual(['kind', 'sec.scale', 'sec.note', 'items']);
  });

  it('names what a condition gets wrong before publishing', () => {
    const model = formWith(singleRuleCondition({ field: 'choice', operator: 'eq', value: 'z' }));
    const later: FormModel = {
      ...model,
      fields: [
        field('first', 'text', { visibleWhen: singleRuleCondition({ field: 'text', operator: 'empty' }) }),
        ...model.fields,
      ],
    };
    const messages = checkFormModel(later).map((problem) => problem.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '“字段first”的显示条件须引用它前面的字段，“字段text”在它后面',
        '“字段shown”的显示条件取值不在“字段choice”的选项中',
        '“字段needed”的必填条件取值不在“字段choice”的选项中',
      ]),
    );
    const missing = formWith(singleRuleCondition({ field: 'gone', operator: 'notEmpty' }));
    expect(checkFormModel(missing).map((problem) => problem.message)).toContain(
      '“字段shown”的显示条件引用了不存在的字段“gone”',
    );
    const wrongType = formWith(singleRuleCondition({ field: 'number', operator: 'gt', value: '5' }));
    expect(checkFormModel(wrongType, 'en').map((problem) => problem.message)).toContain(
      '"字段shown" has a visibility condition that compares "字段number" with a value of the wrong type',
    );
  });
});

function withoutUids(fields: readonly DesignerField[]): unknown[] {
  return fields.map(({ uid: _uid, children, ...rest }) =>
    children ? { ...rest, children: withoutUids(children) } : rest,
  );
}
