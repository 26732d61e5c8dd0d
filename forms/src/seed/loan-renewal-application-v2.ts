import type { FormDefinition } from '../form-definition';
import { loanRenewalApplicationForm } from './loan-renewal-application';

/**
 * 续贷协调申请表 v2: version 1 plus the financial statements the bank's due
 * diligence reads, uploaded with the application (references to the server's
 * files, never their bytes). Version 1 stays as it is: running requests pin it.
 */
export const loanRenewalApplicationFormV2: FormDefinition = {
  ...loanRenewalApplicationForm,
  version: 2,
  schema: {
    ...loanRenewalApplicationForm.schema,
    properties: {
      ...(loanRenewalApplicationForm.schema.properties as Record<string, unknown>),
      financialStatements: {
        type: 'array',
        title: '近三个月财务报表',
        maxItems: 10,
        items: {
          type: 'object',
          title: '报表文件',
          required: ['id', 'name'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', title: '文件编号', minLength: 1 },
            name: { type: 'string', title: '文件名', minLength: 1 },
            size: { type: 'integer', title: '文件大小（字节）', minimum: 0 },
            contentType: { type: 'string', title: '文件类型' },
          },
        },
      },
    },
  },
  uiSchema: {
    ...loanRenewalApplicationForm.uiSchema,
    'ui:order': [...(loanRenewalApplicationForm.uiSchema['ui:order'] as string[]), 'financialStatements'],
    financialStatements: {
      'ui:field': 'attachments',
      'ui:help': '资产负债表、利润表、现金流量表，PDF 或扫描件，银行尽职调查时查阅',
    },
  },
};
