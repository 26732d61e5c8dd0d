import type { FormDefinition } from '../form-definition';

/**
 * 服务评价（好差评）: the enterprise rates the service when every item of its
 * demand is closed. Grades follow the national 好差评 five levels; a poor
 * grade must say why, because it is sent back for rectification (整改).
 */
export const enterpriseDemandRatingForm: FormDefinition = {
  key: 'enterprise-demand-rating',
  version: 1,
  title: { zh: '服务评价（好差评）', en: 'Service rating' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '服务评价（好差评）',
    required: ['grade', 'resolved'],
    additionalProperties: false,
    properties: {
      grade: {
        type: 'integer',
        title: '评价等级',
        oneOf: [
          { const: 5, title: '非常满意' },
          { const: 4, title: '满意' },
          { const: 3, title: '基本满意' },
          { const: 2, title: '不满意' },
          { const: 1, title: '非常不满意' },
        ],
      },
      resolved: { type: 'boolean', title: '诉求是否已解决' },
      comment: { type: 'string', title: '评价意见', minLength: 5, maxLength: 500 },
    },
    if: { properties: { grade: { maximum: 2 } }, required: ['grade'] },
    then: { required: ['comment'] },
  },
  uiSchema: {
    'ui:order': ['grade', 'resolved', 'comment'],
    grade: { 'ui:widget': 'radio' },
    resolved: { 'ui:widget': 'radio' },
    comment: {
      'ui:widget': 'textarea',
      'ui:options': { rows: 3 },
      'ui:help': '评价为“不满意”或“非常不满意”时必填，请说明具体原因',
    },
  },
  example: {
    grade: 5,
    resolved: true,
    comment: '专班响应迅速，用工和融资问题均在一个月内落实，售后服务中心已选定场地。',
  },
};
