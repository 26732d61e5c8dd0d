import { schemaTitleAt } from './schema-problems';

describe('schemaTitleAt', () => {
  const definition = {
    steps: [
      { type: 'approval', assignees: { users: ['u-1'] } },
      { type: 'parallel', branches: [{ steps: [{ type: 'branch', branches: [{ when: {} }] }] }] },
    ],
  };

  it('follows $ref, arrays and the step type to the title, preferring the one beside a $ref', () => {
    expect(schemaTitleAt(definition, '/steps/0/assignees')).toBe('处理人');
    expect(schemaTitleAt(definition, '/steps/0/assignees/users/0')).toBe('用户');
    expect(schemaTitleAt(definition, '/steps/1/branches/0/steps/0/branches/0/when')).toBe('分支条件');
    expect(schemaTitleAt(definition, '/steps/0/name/zh')).toBe('中文');
  });

  it('has none for fields the schema does not have, inherited names included', () => {
    expect(schemaTitleAt(definition, '/steps/0/leadBranchId')).toBeUndefined();
    expect(schemaTitleAt(definition, '/constructor')).toBeUndefined();
    expect(schemaTitleAt(definition, '/steps/0/assignees/__proto__')).toBeUndefined();
  });
});
