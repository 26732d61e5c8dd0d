import { attachmentReferences, directoryReferences } from './form-references';

const uiSchema = {
  statements: { 'ui:field': 'attachments' },
  site: { photos: { 'ui:field': 'attachments' }, note: { 'ui:widget': 'textarea' } },
  items: { items: { 'a/b': { 'ui:field': 'attachments' } } },
  plain: { 'ui:widget': 'text' },
};

it('finds the files an attachment field holds, wherever it sits in the data', () => {
  const data = {
    statements: [
      { id: 'att-1', name: '资产负债表.pdf' },
      { id: 'att-2', name: '利润表.pdf', size: 10 },
    ],
    site: { photos: [{ id: 'att-3', name: '厂房.jpg' }], note: 'att-9' },
    items: [{ 'a/b': [] }, { 'a/b': [{ id: 'att-4', name: '合同.pdf' }] }],
    plain: 'att-8',
  };
  expect(attachmentReferences({ uiSchema }, data)).toEqual([
    { path: '/statements/0', fieldPath: '/statements', id: 'att-1' },
    { path: '/statements/1', fieldPath: '/statements', id: 'att-2' },
    { path: '/site/photos/0', fieldPath: '/site/photos', id: 'att-3' },
    { path: '/items/1/a~1b/0', fieldPath: '/items/1/a~1b', id: 'att-4' },
  ]);
});

it('ignores what is not a file reference: strings in other fields, malformed items, missing fields', () => {
  expect(attachmentReferences({ uiSchema }, { plain: 'att-1', statements: 'att-2' })).toEqual([]);
  expect(attachmentReferences({ uiSchema }, { statements: [{ name: 'x' }, null, 'att-3', { id: 7 }] })).toEqual([]);
  expect(attachmentReferences({ uiSchema: {} }, { statements: [{ id: 'att-1', name: 'x' }] })).toEqual([]);
});

it('finds the organisations and people picker fields name, with the kind an organisation picker wants', () => {
  const pickers = {
    bank: { 'ui:widget': 'orgPicker', 'ui:options': { orgKind: 'bank' } },
    department: { 'ui:widget': 'orgPicker', 'ui:options': { orgKind: 'township' } },
    contacts: { items: { person: { 'ui:widget': 'userPicker' } } },
    note: { 'ui:widget': 'textarea' },
  };
  const data = {
    bank: 'org-abc-yunmeng',
    department: 'org-jingxin',
    contacts: [{ person: 'u-zhaoshang' }, { person: '' }, {}],
    note: 'org-x',
  };
  expect(directoryReferences({ uiSchema: pickers }, data)).toEqual([
    { path: '/bank', kind: 'organisation', id: 'org-abc-yunmeng', orgKind: 'bank' },
    { path: '/department', kind: 'organisation', id: 'org-jingxin' },
    { path: '/contacts/0/person', kind: 'user', id: 'u-zhaoshang' },
  ]);
});
