import { ROLES } from '@tongban/store';
import { z } from 'zod';

/** Responses of organisations, users and the caller's substitute; strict, like `response-schemas.ts`. */

export const organisationSchema = z.strictObject({
  id: z.string().meta({ examples: ['org-yunmeng-investment-centre'] }),
  name: z.string(),
  nameEn: z.string().optional(),
  kind: z.enum(['department', 'bank', 'enterprise']),
  parentId: z.string().optional(),
  creditCode: z
    .string()
    .optional()
    .meta({ description: '统一社会信用代码 (enterprises): the window clerk finds an enterprise by it' }),
  numberPrefix: z.string().optional().meta({
    description: 'What the 办件编号 of requests it accepts open with; absent: the first 8 characters of its name',
  }),
  address: z.string().optional().meta({ description: '住所 (enterprises): prefills its applications' }),
  legalRepresentative: z
    .string()
    .optional()
    .meta({ description: '法定代表人 (enterprises): prefills its applications' }),
  contactPhone: z.string().optional().meta({ description: 'The organisation’s telephone' }),
});

export const substituteSchema = z
  .strictObject({
    userId: z.string(),
    from: z.string().meta({ description: 'YYYY-MM-DD, China time' }),
    to: z.string().meta({ description: 'YYYY-MM-DD, inclusive' }),
  })
  .meta({ description: 'Who gets the user’s new tasks while they are away (代理人)' });

export const directoryUserSchema = z
  .strictObject({
    id: z.string().meta({ examples: ['u-zhaoshang'] }),
    displayName: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    roles: z.array(z.enum(ROLES)),
    username: z.string().optional().meta({ description: 'Administrators only' }),
    active: z.boolean().optional().meta({ description: 'Administrators only' }),
    substitute: substituteSchema.optional().meta({ description: 'Administrators only' }),
  })
  .meta({ description: 'A user: directory fields for staff, the account for administrators' });

/** A page of a list: `items`, `total`, `page` and `pageSize`. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    items: z.array(item),
    total: z.number().int().meta({ description: 'Items in all pages' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const organisationPageSchema = pageOf(organisationSchema);
export const userPageSchema = pageOf(directoryUserSchema);
export const substituteBodySchema = z.strictObject({ substitute: substituteSchema.nullable() });

export const notificationPreferencesSchema = z
  .strictObject({
    email: z.strictObject({ enabled: z.boolean(), address: z.string() }).optional(),
    sms: z.strictObject({ enabled: z.boolean(), phone: z.string() }).optional(),
    robot: z.strictObject({ enabled: z.boolean(), url: z.string() }).optional(),
    mutedKinds: z.array(z.string()),
  })
  .meta({ description: 'The channels a user chose besides in-app notifications (always on)' });
