import { createField, emptyFormModel, insertField, type FormModel } from '@tongban/forms/designer';
import { applyDrop } from './apply-drop';

function model(): FormModel {
  let built = emptyFormModel('表单');
  for (const kind of ['text', 'number', 'section'] as const)
    built = insertField(built, createField(built, kind), null, built.fields.length);
  return built;
}

const keys = (built: FormModel) => built.fields.map((field) => field.key);

describe('applyDrop', () => {
  it('adds a palette kind where it is dropped and selects it', () => {
    const start = model();
    const onField = applyDrop(
      start,
      { type: 'palette', kind: 'date' },
      { type: 'field', uid: start.fields[1]?.uid ?? '' },
    );
    expect(keys(onField.model)).toEqual(['text1', 'date1', 'number1', 'section1']);
    expect(onField.selected).toBe(onField.model.fields[1]?.uid);
    const atEnd = applyDrop(start, { type: 'palette', kind: 'date' }, { type: 'group', parent: null });
    expect(keys(atEnd.model)).toEqual(['text1', 'number1', 'section1', 'date1']);
  });

  it('reorders like a sortable list and moves fields into a section', () => {
    const start = model();
    const [text, number, section] = start.fields.map((field) => field.uid) as [string, string, string];
    expect(keys(applyDrop(start, { type: 'field', uid: text }, { type: 'field', uid: section }).model)).toEqual([
      'number1',
      'section1',
      'text1',
    ]);
    expect(keys(applyDrop(start, { type: 'field', uid: section }, { type: 'field', uid: text }).model)).toEqual([
      'section1',
      'text1',
      'number1',
    ]);
    expect(keys(applyDrop(start, { type: 'field', uid: text }, { type: 'group', parent: null }).model)).toEqual([
      'number1',
      'section1',
      'text1',
    ]);
    const moved = applyDrop(start, { type: 'field', uid: number }, { type: 'group', parent: section }).model;
    expect(moved.fields[1]?.children?.map((field) => field.key)).toEqual(['number1']);
  });

  it('refuses a container inside a container', () => {
    const start = model();
    const section = start.fields[2]?.uid ?? '';
    expect(applyDrop(start, { type: 'palette', kind: 'table' }, { type: 'group', parent: section }).model).toBe(start);
  });
});
