import fc from 'fast-check';
import type { JsonSchema } from '../form-definition';
import { checkFormula, scopeOf } from './check-formula';
import { FormulaError } from './formula-error';
import { formulaFields } from './formula-fields';
import { computedValueErrors, computeFormData, formFormulas, formulaDefinitionProblems } from './form-formulas';

/** A 设备更新 application: a 明细表 of equipment with a computed subtotal per row, and totals over it. */
function equipmentForm(formulas: Record<string, string> = {}): JsonSchema {
  const computed = (key: string, schema: JsonSchema) =>
    formulas[key] === undefined ? schema : { ...schema, 'x-formula': formulas[key], readOnly: true };
  return {
    type: 'object',
    properties: {
      company: { type: 'string', title: '企业名称' },
      start: { type: 'string', format: 'date', title: '开工日期' },
      end: { type: 'string', format: 'date', title: '完工日期' },
      rate: { type: 'number', title: '补贴比例' },
      equipment: {
        type: 'array',
        title: '设备清单',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string', title: '设备名称' },
            quantity: { type: 'integer', title: '数量' },
            unitPrice: { type: 'number', multipleOf: 0.01, title: '单价' },
            subtotal: computed('subtotal', { type: 'number', multipleOf: 0.01, title: '小计' }),
          },
        },
      },
      total: computed('total', { type: 'number', multipleOf: 0.01, title: '总投资' }),
      loan: computed('loan', { type: 'number', multipleOf: 0.01, title: '贷款金额' }),
      loanInWords: computed('loanInWords', { type: 'string', title: '贷款金额大写' }),
      days: computed('days', { type: 'integer', title: '工期（天）' }),
      workdays: computed('workdays', { type: 'integer', title: '工期（工作日）' }),
      summary: computed('summary', { type: 'string', title: '摘要' }),
      level: computed('level', { type: 'string', title: '规模' }),
      average: computed('average', { type: 'number', title: '平均单价' }),
    },
  };
}

const rows = [
  { name: '数控机床', quantity: 3, unitPrice: 19.99 },
  { name: '工业机器人', quantity: 2, unitPrice: 0.1 },
  { name: '检测仪', quantity: 1, unitPrice: 0.2 },
];

describe('computeFormData', () => {
  it('computes row columns and totals over them exactly, in yuan to the fen', () => {
    const schema = equipmentForm({
      subtotal: 'quantity * unitPrice',
      total: 'SUM(equipment.subtotal)',
      loan: 'total * rate',
    });
    const { data } = computeFormData(schema, { equipment: rows, rate: 0.7 });
    expect((data.equipment as { subtotal: number }[]).map((row) => row.subtotal)).toEqual([59.97, 0.2, 0.2]);
    // 59.97 + 0.2 + 0.2 in doubles is 60.370000000000005; in decimals it is 60.37.
    expect(data.total).toBe(60.37);
    // 60.37 × 0.7 = 42.259 → 42.26 (half up to the fen).
    expect(data.loan).toBe(42.26);
  });

  it('sums any amounts to the fen exactly, as integer fen would', () => {
    const schema = equipmentForm({ subtotal: 'quantity * unitPrice', total: 'SUM(equipment.subtotal)' });
    const line = fc.record({ quantity: fc.integer({ min: 0, max: 1000 }), fen: fc.integer({ min: 0, max: 10 ** 9 }) });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const equipment = lines.map(({ quantity, fen }) => ({ quantity, unitPrice: fen / 100 }));
        const { data } = computeFormData(schema, { equipment });
        const fen = lines.reduce((total, { quantity, fen: price }) => total + BigInt(quantity) * BigInt(price), 0n);
        const yuan = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        expect(data.total).toBe(Number(yuan));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the data it was given alone and gives the same object back when nothing changes', () => {
    const schema = equipmentForm({ total: 'SUM(equipment.unitPrice)' });
    const input = { equipment: [{ unitPrice: 0.1 }, { unitPrice: 0.2 }] };
    const first = computeFormData(schema, input).data;
    expect(first).not.toBe(input);
    expect(input).toEqual({ equipment: [{ unitPrice: 0.1 }, { unitPrice: 0.2 }] });
    expect(first.total).toBe(0.3);
    expect(computeFormData(schema, first).data).toBe(first);
  });

  it('sums and multiplies over a column, and SUMPRODUCT multiplies row by row', () => {
    const schema = equipmentForm({
      total: 'SUMPRODUCT(equipment.quantity, equipment.unitPrice)',
      loan: 'PRODUCT(equipment.quantity) + COUNT(equipment) + COUNT(equipment.name) / 10',
      average: 'AVERAGE(equipment.unitPrice)',
    });
    const { data } = computeFormData(schema, { equipment: [...rows, { quantity: 4 }] });
    expect(data.total).toBe(60.37);
    // 3 × 2 × 1 × 4 + 4 rows + 3 names / 10
    expect(data.loan).toBe(28.3);
    expect(data.average).toBe(Number('6.76333333333333333333'));
  });

  it('counts calendar days and working days across a Chinese holiday', () => {
    const schema = equipmentForm({ days: 'DAYS(start, end)', workdays: 'NETWORKDAYS(start, end)' });
    // 国庆 2026: 10-01 to 10-07 off, Sunday 09-20 and Saturday 10-10 worked.
    const national = computeFormData(schema, { start: '2026-09-28', end: '2026-10-10' }).data;
    expect(national).toMatchObject({ days: 12, workdays: 6 });
    // 春节 2026: 02-15 to 02-23 off, Saturday 02-14 worked.
    const spring = computeFormData(schema, { start: '2026-02-13', end: '2026-02-24' }).data;
    expect(spring).toMatchObject({ days: 11, workdays: 3 });
    // Backwards is negative; one empty date leaves the result empty.
    expect(computeFormData(schema, { start: '2026-10-10', end: '2026-09-28' }).data).toMatchObject({
      days: -12,
      workdays: -6,
    });
    expect(computeFormData(schema, { start: '2026-09-28' }).data).not.toHaveProperty('days');
  });

  it('adds calendar days and working days to a date, over 国庆 and 调休', () => {
    const schema = {
      type: 'object',
      properties: {
        accepted: { type: 'string', format: 'date', title: '受理日期' },
        limit: { type: 'integer', title: '办理时限（工作日）' },
        due: {
          type: 'string',
          format: 'date',
          title: '办结时限',
          readOnly: true,
          'x-formula': 'WORKDAY(accepted, limit)',
        },
        review: {
          type: 'string',
          format: 'date',
          title: '复查日期',
          readOnly: true,
          'x-formula': 'DATEADD(accepted, 30)',
        },
      },
    };
    // 2026-09-29 (Tue) + 5 working days: 09-30, 10-08, 10-09, 10-10 (a 调休 Saturday), 10-12.
    expect(computeFormData(schema, { accepted: '2026-09-29', limit: 5 }).data).toMatchObject({
      due: '2026-10-12',
      review: '2026-10-29',
    });
    expect(computeFormData(schema, { accepted: '2026-12-31', limit: 0 }).data.review).toBe('2027-01-30');
    const negative = computeFormData(schema, { accepted: '2026-09-29', limit: -1 }).values;
    expect(negative.find((value) => value.path === '/due')?.error?.zh).toBe('WORKDAY 的工作日数不能为负数');
    expect(
      formulaDefinitionProblems({
        ...schema,
        properties: { ...schema.properties, due: { ...schema.properties.due, 'x-formula': 'WORKDAY(limit, 1)' } },
      })[0]?.message,
    ).toBe('“办结时限”：“办理时限（工作日）”是数字，这里需要日期');
  });

  it('writes an amount in capitals, joins text and chooses with IF', () => {
    const schema = equipmentForm({
      loan: 'ROUND(123456.784, 2)',
      loanInWords: 'UPPERMONEY(loan)',
      summary: 'company & "：" & TEXTJOIN("、", equipment.name) & "，共" & COUNT(equipment) & "台（套）"',
      level: 'IF(loan >= 100000, "大额", "小额")',
    });
    const { data } = computeFormData(schema, { company: '华北机械', equipment: rows });
    expect(data).toMatchObject({
      loan: 123456.78,
      loanInWords: '壹拾贰万叁仟肆佰伍拾陆元柒角捌分',
      summary: '华北机械：数控机床、工业机器人、检测仪，共3台（套）',
      level: '大额',
    });
  });

  it('reads formulas typed with a Chinese input method', () => {
    const schema = equipmentForm({ total: 'SUM（equipment.unitPrice）× 2', level: 'IF（total ＞ 1，“多”，“少”）' });
    expect(computeFormData(schema, { equipment: rows }).data).toMatchObject({ total: 40.58, level: '多' });
  });

  it('rounds half up, never to even', () => {
    const schema = equipmentForm({ total: 'ROUND(2.5) + ROUND(0.125, 2)', days: '7 / 2' });
    expect(computeFormData(schema, {}).data).toMatchObject({ total: 3.13, days: 4 });
  });

  it('reports a division by zero on the field, in both languages, and leaves the value empty', () => {
    const schema = equipmentForm({ average: 'total / COUNT(equipment)', total: 'SUM(equipment.unitPrice)' });
    const { data, values } = computeFormData(schema, { equipment: [] });
    expect(data).not.toHaveProperty('average');
    const failed = values.find((value) => value.path === '/average');
    expect(failed?.error?.code).toBe('FORMULA_DIVISION_BY_ZERO');
    expect(computedValueErrors(schema, data, 'zh-CN')).toEqual([
      { path: '/average', message: '“平均单价”无法计算：除数为零' },
    ]);
    expect(computedValueErrors(schema, data, 'en')).toEqual([
      { path: '/average', message: '"平均单价" cannot be computed: division by zero' },
    ]);
  });
});

describe('formula problems', () => {
  const problemOf = (formulas: Record<string, string>, language: 'zh-CN' | 'en' = 'zh-CN') =>
    formulaDefinitionProblems(equipmentForm(formulas), language);

  it('names an unknown field, an unknown function and a wrong number of arguments', () => {
    expect(problemOf({ total: 'price * 2' })).toEqual([
      { path: '/properties/total/x-formula', message: '“总投资”：没有字段“price”' },
    ]);
    expect(problemOf({ total: 'price * 2' }, 'en')).toEqual([
      { path: '/properties/total/x-formula', message: '"总投资": there is no field "price"' },
    ]);
    expect(problemOf({ subtotal: 'quantity * price' })).toEqual([
      { path: '/properties/equipment/items/properties/subtotal/x-formula', message: '“小计”：没有字段“price”' },
    ]);
    expect(problemOf({ total: 'TOTAL(equipment.unitPrice)' })[0]?.message).toBe('“总投资”：没有函数“TOTAL”');
    expect(problemOf({ total: 'ROUND()' })[0]?.message).toBe('“总投资”：ROUND 需要 1 到 2 个参数，这里有 0 个');
    expect(problemOf({ total: 'equipment.nothing' })[0]?.message).toBe('“总投资”：“设备清单”中没有字段“nothing”');
  });

  it('refuses mixing types: text in arithmetic, a date in a number field, a column outside a sum', () => {
    expect(problemOf({ total: 'company * 2' })[0]?.message).toBe('“总投资”：“企业名称”是文本，这里需要数字');
    expect(problemOf({ total: 'company * 2' }, 'en')[0]?.message).toBe(
      '"总投资": "企业名称" is text; this needs a number',
    );
    expect(problemOf({ total: 'start' })[0]?.message).toBe('“总投资”：“总投资”的公式算出的是日期，与字段类型不符');
    expect(problemOf({ total: 'equipment.unitPrice * 2' })[0]?.message).toBe(
      '“总投资”：明细表的列“单价”须放在 SUM、COUNT 等汇总函数中使用',
    );
    expect(problemOf({ level: 'IF(rate > 1, "高", 0)' })[0]?.message).toBe(
      '“规模”：IF 的两个结果须同为一种类型，这里一个是文本，一个是数字',
    );
    expect(problemOf({ level: 'company > 1' })[0]?.message).toContain('不能比较文本和数字');
  });

  it('refuses syntax it cannot read and JavaScript it does not allow', () => {
    expect(problemOf({ total: 'SUM(equipment.unitPrice' })[0]?.message).toMatch(
      /^“总投资”：公式写法有误，请检查第 \d+ 个字符附近$/,
    );
    expect(problemOf({ total: 'rate % 2' })[0]?.message).toBe('“总投资”：公式中不能使用“%”');
    expect(problemOf({ total: 'rate[0]' })[0]?.message).toBe('“总投资”：公式中不能使用“[]”');
    expect(problemOf({ total: '' })[0]?.message).toBe('“总投资”：公式为空');
  });

  it('finds a cycle between formulas, names its fields in order and computes the rest', () => {
    const schema = equipmentForm({ total: 'loan + 1', loan: 'average * 2', average: 'total / 2', days: '1 + 1' });
    const problems = formulaDefinitionProblems(schema);
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      '/properties/average/x-formula',
      '/properties/loan/x-formula',
      '/properties/total/x-formula',
    ]);
    expect(problems[0]?.message).toMatch(/公式循环引用：“.+” → “.+” → “.+” → “.+”/);
    expect(formulaDefinitionProblems(schema, 'en')[0]?.message).toContain('refer to each other in a circle');
    expect(formFormulas(schema).computed.map((computed) => computed.field.key)).toEqual(['days']);
    expect(computeFormData(schema, {}).data).toEqual({ days: 2 });
  });

  it('refuses a formula on a field shown only under a condition, and reads such a field as empty while hidden', () => {
    const schema = {
      type: 'object',
      properties: {
        big: { type: 'boolean', title: '大额' },
        summary: { type: 'string', title: '摘要', readOnly: true, 'x-formula': '"理由：" & reason' },
      },
      allOf: [
        {
          if: { properties: { big: { const: true } }, required: ['big'] },
          then: {
            properties: {
              reason: { type: 'string', title: '理由' },
              note: { type: 'string', title: '备注', readOnly: true, 'x-formula': '"x"' },
            },
          },
        },
      ],
    };
    expect(formulaDefinitionProblems(schema)).toEqual([
      { path: '/properties/note/x-formula', message: '“备注”：“备注”只在条件成立时显示，不能由公式计算' },
    ]);
    expect(computeFormData(schema, { big: false }).data.summary).toBe('理由：');
    expect(computeFormData(schema, { big: true, reason: '扩产' }).data.summary).toBe('理由：扩产');
  });

  it('refuses a formula that reads itself', () => {
    expect(problemOf({ total: 'total + 1' })[0]?.message).toBe('“总投资”：公式循环引用：“总投资” → “总投资”');
  });

  it('orders formulas by what they read, whatever order the form lists them in', () => {
    const schema = equipmentForm({
      loanInWords: 'UPPERMONEY(loan)',
      loan: 'total * 0.5',
      total: 'SUM(equipment.subtotal)',
      subtotal: 'quantity * unitPrice',
    });
    expect(formFormulas(schema).computed.map((computed) => computed.field.key)).toEqual([
      'subtotal',
      'total',
      'loan',
      'loanInWords',
    ]);
    expect(computeFormData(schema, { equipment: [{ quantity: 2, unitPrice: 500000.01 }] }).data).toMatchObject({
      total: 1000000.02,
      loan: 500000.01,
      loanInWords: '伍拾万元零壹分',
    });
  });
});

describe('checkFormula', () => {
  const fields = formulaFields(equipmentForm());
  const top = scopeOf(null, fields);
  const row = scopeOf(fields.top.get('equipment')!.children.get('subtotal')!, fields);

  it('sees the columns of its own row by name inside a 明细表, and the form fields around it', () => {
    expect(checkFormula('quantity * unitPrice * rate', row).references.map((f) => f.key)).toEqual([
      'quantity',
      'unitPrice',
      'rate',
    ]);
    expect(() => checkFormula('quantity * 2', top)).toThrow(FormulaError);
  });

  it('calls functions in any letter case', () => {
    expect(checkFormula('sum(equipment.unitPrice)', top).type).toEqual({ shape: 'scalar', type: 'number' });
  });
});

describe('computedValueErrors', () => {
  const schema = equipmentForm({ subtotal: 'quantity * unitPrice', total: 'SUM(equipment.subtotal)' });
  const honest = computeFormData(schema, { equipment: rows }).data;

  it('accepts data whose computed values are what the formulas give', () => {
    expect(computedValueErrors(schema, honest)).toEqual([]);
  });

  it('refuses a changed total and a changed row, on their paths', () => {
    const tampered = structuredClone(honest) as { total: number; equipment: { subtotal: number }[] };
    tampered.total = 1;
    tampered.equipment[1]!.subtotal = 100;
    expect(computedValueErrors(schema, tampered)).toEqual([
      { path: '/equipment/1/subtotal', message: '“小计”由公式计算，应为 0.2' },
      { path: '/total', message: '“总投资”由公式计算，应为 60.37' },
    ]);
    expect(computedValueErrors(schema, tampered, 'en')[1]).toEqual({
      path: '/total',
      message: '"总投资" is computed by its formula and must be 60.37',
    });
  });

  it('refuses a computed value left out, and one sent where the formula gives nothing', () => {
    const { total: _omitted, ...withoutTotal } = honest;
    expect(computedValueErrors(schema, withoutTotal).map((error) => error.path)).toEqual(['/total']);
    const dates = equipmentForm({ days: 'DAYS(start, end)' });
    expect(computedValueErrors(dates, { days: 5 })).toEqual([
      { path: '/days', message: '“工期（天）”由公式计算，此处应为空' },
    ]);
  });
});
