import { readOnlyUiSchema } from './read-only-ui-schema';

describe('readOnlyUiSchema', () => {
  it('hides the title and every array button, keeping the rest of the uiSchema', () => {
    const uiSchema = readOnlyUiSchema({
      'ui:order': ['items'],
      'ui:globalOptions': { label: true },
      items: { 'ui:help': '每项诉求单独填写一行' },
    });
    expect(uiSchema).toEqual({
      'ui:order': ['items'],
      'ui:title': '',
      'ui:globalOptions': { label: true, addable: false, copyable: false, orderable: false, removable: false },
      items: { 'ui:help': '每项诉求单独填写一行' },
    });
  });

  it('works for a form without a uiSchema', () => {
    expect(readOnlyUiSchema(undefined)['ui:globalOptions']).toMatchObject({ addable: false, removable: false });
  });
});
