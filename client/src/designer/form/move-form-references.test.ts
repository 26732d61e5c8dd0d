import { moveFormReferences } from './move-form-references';

describe('moveFormReferences', () => {
  const process = {
    key: 'loan-renewal',
    form: { key: 'loan-renewal-application', version: 1 },
    steps: [
      { type: 'approval', id: 'accept' },
      {
        type: 'parallel',
        branches: [{ steps: [{ type: 'fill', id: 'bank', form: { key: 'loan-renewal-application', version: 1 } }] }],
      },
    ],
  };

  it('points each named reference at the new version and leaves the original as it was', () => {
    const moved = moveFormReferences(process, [{ path: '/form' }, { path: '/steps/1/branches/0/steps/0/form' }], 3);
    expect(moved.form).toEqual({ key: 'loan-renewal-application', version: 3 });
    expect(moved.steps[1]).toEqual({
      type: 'parallel',
      branches: [{ steps: [{ type: 'fill', id: 'bank', form: { key: 'loan-renewal-application', version: 3 } }] }],
    });
    expect(process.form.version).toBe(1);
  });

  it('refuses a pointer that leads to no form reference (the definition changed since it was read)', () => {
    expect(() => moveFormReferences(process, [{ path: '/steps/0/form' }], 3)).toThrow(
      'no form reference at /steps/0/form',
    );
  });
});
