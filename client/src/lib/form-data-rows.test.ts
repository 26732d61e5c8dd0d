import { seedForms } from '@tongban/forms';
import { formDataRows, valueText } from './form-data-rows';

describe('formDataRows', () => {
  it('prints the project form by titles, with choices by their labels', () => {
    const form = seedForms.find((candidate) => candidate.key === 'project-parallel-approval')!;
    const rows = formDataRows(form.schema, form.uiSchema, form.example);
    expect(rows[0]).toEqual({
      type: 'field',
      label: '项目名称',
      value: '年产 50 万套新能源汽车电驱动总成项目',
      depth: 0,
    });
    expect(rows).toContainEqual({ type: 'field', label: '所属行业', value: '汽车及零部件', depth: 0 });
    expect(rows).toContainEqual({
      type: 'field',
      label: '需办理的审批事项',
      value: '发改备案、用地规划、环评、施工许可',
      depth: 0,
    });
    expect(rows).toContainEqual({ type: 'field', label: '总投资（元）', value: '100,000,000', depth: 0 });
  });

  it('prints detail tables as tables and sections under a heading', () => {
    const form = seedForms.find((candidate) => candidate.key === 'enterprise-demand')!;
    const table = formDataRows(form.schema, form.uiSchema, form.example).find((row) => row.type === 'table');
    expect(table).toMatchObject({ label: '诉求事项', columns: ['诉求类别', '诉求内容', '期望解决日期'] });
    expect(table?.type === 'table' ? table.rows[0]?.[0] : undefined).toBe('用工');
    const property = seedForms.find((candidate) => candidate.key === 'property-registration-expedite')!;
    const rows = formDataRows(property.schema, property.uiSchema, property.example);
    expect(rows.some((row) => row.type === 'heading')).toBe(true);
    expect(rows).toContainEqual(expect.objectContaining({ label: '营业执照', value: '是', depth: 1 }));
  });

  it('writes empty values as a dash', () => {
    expect(valueText({ type: 'string' }, undefined)).toBe('—');
    expect(valueText({ type: 'array' }, [])).toBe('—');
  });
});
