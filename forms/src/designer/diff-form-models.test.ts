import { loanRenewalApplicationForm } from '../seed';
import { diffFormModels } from './diff-form-models';
import { createField, insertField, removeField, updateField, moveField } from './edit-form-model';
import { parseFormSchema } from './parse-form-schema';

describe('diffFormModels', () => {
  const v1 = parseFormSchema(loanRenewalApplicationForm.schema, loanRenewalApplicationForm.uiSchema);

  it('finds nothing between a form and itself', () => {
    expect(
      diffFormModels(v1, parseFormSchema(loanRenewalApplicationForm.schema, loanRenewalApplicationForm.uiSchema)),
    ).toEqual([]);
  });

  it('lists added, removed and changed fields by key path, and a new order once for its group', () => {
    let v2 = insertField(v1, { ...createField(v1, 'attachment'), key: 'licence', title: '营业执照' }, null, 0);
    const [first, second] = v1.fields;
    v2 = updateField(v2, first!.uid, { title: '合同编号', required: !first!.required });
    v2 = removeField(v2, v1.fields.at(-1)!.uid);
    v2 = moveField(v2, second!.uid, null, 5);
    const changes = diffFormModels(v1, v2);
    expect(changes.filter((change) => change.change === 'moved')).toEqual([]);
    expect(changes).toEqual(
      expect.arrayContaining([
        { path: 'licence', change: 'added', title: '营业执照' },
        { path: first!.key, change: 'changed', title: '合同编号', properties: ['required', 'title'] },
        { path: v1.fields.at(-1)!.key, change: 'removed', title: v1.fields.at(-1)!.title },
        { path: '', change: 'changed', title: v1.title, properties: ['order'] },
      ]),
    );
  });
});
