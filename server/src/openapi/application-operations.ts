import { z } from 'zod';
import { processKeyParams } from '../http/schemas';
import type { ApiOperation } from './operation-types';

export const previousApplicationSchema = z.strictObject({
  previous: z
    .strictObject({
      requestId: z.string(),
      number: z.string().optional().meta({ description: '办件编号' }),
      createdAt: z.string(),
      data: z.record(z.string(), z.unknown()).meta({ description: 'Its form data, the fields the caller may read' }),
    })
    .nullable()
    .meta({ description: 'The newest request of the caller’s organisation on this process; null when there is none' }),
});

/** What an application form starts from besides the form itself. */
export const APPLICATION_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'GET',
    path: '/processes/:key/previous-application',
    operationId: 'getPreviousApplication',
    tag: 'catalogue',
    auth: 'session',
    summary: {
      zh: '沿用上次填写：本单位在该事项上最近一次办件的表单数据',
      en: 'Reuse the last application: the form data of the caller’s organisation’s newest request on this process',
    },
    description: {
      zh: '只返回调用者本单位发起（含窗口代办）的办件，且只含调用者可见的字段；从未办过则 previous 为 null。',
      en: 'Only requests of the caller’s own organisation (window filings for it included), only the fields the caller may read; previous is null when there is none.',
    },
    params: processKeyParams,
    responses: {
      200: { description: { zh: '最近一次的表单数据', en: 'The newest form data' }, schema: previousApplicationSchema },
    },
    errors: ['UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED'],
  },
];
