import { serverFieldErrors, unplacedFieldErrors } from './server-field-errors';

describe('serverFieldErrors', () => {
  it('puts each message under its field', () => {
    expect(
      serverFieldErrors([
        { path: '/loanAmount', message: '“原贷款金额（元）”应当为 >= 1' },
        { path: '/loanAmount', message: '第二条' },
        { path: '/guarantors/0/name', message: '请填写“担保人姓名”' },
      ]),
    ).toEqual({
      loanAmount: { __errors: ['“原贷款金额（元）”应当为 >= 1', '第二条'] },
      guarantors: { 0: { name: { __errors: ['请填写“担保人姓名”'] } } },
    });
  });

  it('attaches root errors to the form', () => {
    expect(serverFieldErrors([{ path: '/', message: '表单无效' }])).toEqual({ __errors: ['表单无效'] });
  });
});

describe('unplacedFieldErrors', () => {
  const schema = { type: 'object' as const, properties: { loanAmount: { type: 'number' as const } } };

  it('keeps only errors no field can show', () => {
    const fields = [
      { path: '/loanAmount', message: '太小' },
      { path: '/smuggled', message: '表单中没有字段“smuggled”' },
      { path: '/', message: '表单无效' },
    ];
    expect(unplacedFieldErrors(fields, schema).map((field) => field.path)).toEqual(['/smuggled', '/']);
  });
});
