import { ROLES } from '@tongban/store';
import { z } from 'zod';
import { pagingFields } from './paging';

/**
 * Bodies and queries of organisations, users and the caller's substitute
 * (代理人). As in `schemas.ts`, the same schemas validate and document.
 */

const role = z.enum(ROLES);
const organisationKind = z.enum(['department', 'bank', 'enterprise']);
const organisationId = z
  .string()
  .regex(/^org-[a-z0-9][a-z0-9-]{0,62}$/)
  .meta({ description: '`org-` and lowercase letters, digits, hyphens', examples: ['org-yunmeng-tax-bureau'] });
const searchText = z.string().trim().min(1).max(64);
/** `YYYY-MM-DD` that is a real date. */
const isoDate = z.iso.date().meta({ description: 'YYYY-MM-DD (China time)', examples: ['2026-12-01'] });

export const organisationIdParams = z.strictObject({ id: organisationId });

export const organisationListQuery = z.strictObject({
  q: searchText.optional().meta({ description: 'Part of the name (zh or en)' }),
  kind: organisationKind.optional(),
  ...pagingFields,
});

const organisationName = z.string().trim().min(1).max(100);
/**
 * A 办件编号 prefix: one short word people read and say. No spaces or control characters (a number
 * is one word on paper and in a search box) and no `|`, which separates the parts of a claimed position.
 */
const numberPrefix = z
  .string()
  .trim()
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^\s|\u0000-\u001f\u007f-\u009f]{1,16}$/, { message: '1–16 characters, no spaces, control characters or |' })
  .meta({
    description: 'What the 办件编号 of requests this organisation accepts open with (1–16 characters, no spaces or |)',
    examples: ['云梦招商'],
  });

/**
 * An enterprise's profile, which its applications' enterprise fields are filled in from. The shape
 * here; the credit code's check character and the phone's number plan are checked with messages in
 * the caller's language (`organisationProfileErrors`).
 */
const creditCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().length(18))
  .meta({ description: '统一社会信用代码: 18 characters with its check character', examples: ['91420921MA4F2PH8AJ'] });
const address = z
  .string()
  .trim()
  .min(2)
  .max(200)
  .meta({ description: '住所 (registered address)', examples: ['湖北省孝感市云梦县城关镇楚王城大道 88 号'] });
const legalRepresentative = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .meta({ description: '法定代表人', examples: ['王建国'] });
const contactPhone = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .meta({ description: 'The organisation’s telephone: a mobile or a landline', examples: ['0712-4321678'] });
const removableProfileFields = {
  creditCode: creditCode.nullable().optional().meta({ description: '`null` removes it' }),
  address: address.nullable().optional().meta({ description: '`null` removes it' }),
  legalRepresentative: legalRepresentative.nullable().optional().meta({ description: '`null` removes it' }),
  contactPhone: contactPhone.nullable().optional().meta({ description: '`null` removes it' }),
};

export const createOrganisationBody = z
  .strictObject({
    id: organisationId.optional().meta({ description: 'Chosen id; generated when absent' }),
    name: organisationName,
    nameEn: organisationName.optional(),
    kind: organisationKind,
    parentId: organisationId.optional().meta({ description: 'The organisation it belongs to (e.g. a bank branch)' }),
    numberPrefix: numberPrefix.optional(),
    creditCode: creditCode.optional(),
    address: address.optional(),
    legalRepresentative: legalRepresentative.optional(),
    contactPhone: contactPhone.optional(),
  })
  .meta({ examples: [{ name: '云梦县税务局', nameEn: 'Yunmeng County Tax Bureau', kind: 'department' }] });

export const updateOrganisationBody = z
  .strictObject({
    name: organisationName.optional(),
    nameEn: organisationName.nullable().optional().meta({ description: '`null` removes it' }),
    kind: organisationKind.optional(),
    parentId: organisationId.nullable().optional().meta({ description: '`null` removes it' }),
    numberPrefix: numberPrefix
      .nullable()
      .optional()
      .meta({ description: '`null` goes back to the default from the name' }),
    ...removableProfileFields,
  })
  .meta({ examples: [{ name: '国家税务总局云梦县税务局' }] });

const username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{1,31}$/)
  .meta({ description: '2–32 of a-z 0-9 _ . -, starting with a letter or digit', examples: ['lisi'] });
const password = z.string().min(8).max(256).meta({ description: 'At least 8 characters; stored as argon2id' });
const displayName = z.string().trim().min(1).max(64);

export const userIdParams = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9._@-]{1,128}$/)
    .meta({ examples: ['u-zhaoshang'] }),
});

export const userListQuery = z.strictObject({
  q: searchText.optional().meta({ description: 'Part of the name or username' }),
  org: organisationId.optional().meta({ description: 'Only this organisation' }),
  role: role.optional().meta({ description: 'Only users holding this role' }),
  active: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Administrators only: active or deactivated users (default both)' }),
  ...pagingFields,
});

export const createUserBody = z
  .strictObject({
    username,
    displayName,
    orgId: organisationId,
    roles: z.array(role).max(ROLES.length),
    password,
    active: z.boolean().optional().meta({ description: 'Default true' }),
  })
  .meta({
    examples: [
      {
        username: 'lisi',
        displayName: '李四',
        orgId: 'org-yunmeng-investment-centre',
        roles: ['handler'],
        password: 'a-long-passphrase',
      },
    ],
  });

export const updateUserBody = z
  .strictObject({
    displayName: displayName.optional(),
    orgId: organisationId.optional(),
    roles: z.array(role).max(ROLES.length).optional(),
    password: password.optional().meta({ description: 'A new password; ends the user’s sessions' }),
    active: z
      .boolean()
      .optional()
      .meta({ description: '`false` deactivates (users are never deleted: history names them)' }),
  })
  .meta({ examples: [{ roles: ['handler', 'leader'] }, { active: false }] });

export const substituteBody = z
  .strictObject({
    userId: z
      .string()
      .regex(/^[A-Za-z0-9._@-]{1,128}$/)
      .meta({ description: 'An active colleague who can hold tasks (from `GET /users`)' }),
    from: isoDate,
    to: isoDate.meta({ description: 'Last day, inclusive (YYYY-MM-DD)' }),
  })
  .meta({ examples: [{ userId: 'u-lisi', from: '2026-12-01', to: '2026-12-05' }] });

/** Group robots the worker may post to: their public webhook hosts, never an address inside the network. */
export const ROBOT_WEBHOOK_HOSTS = ['oapi.dingtalk.com', 'qyapi.weixin.qq.com'] as const;

export const notificationPreferencesBody = z
  .strictObject({
    email: z.strictObject({ enabled: z.boolean(), address: z.email().max(254) }).optional(),
    sms: z
      .strictObject({
        enabled: z.boolean(),
        phone: z
          .string()
          .regex(/^1[3-9]\d{9}$/)
          .meta({ description: 'A mainland mobile number', examples: ['13800138000'] }),
      })
      .optional(),
    robot: z
      .strictObject({
        enabled: z.boolean(),
        url: z
          .url({
            protocol: /^https$/,
            hostname: new RegExp(`^(${ROBOT_WEBHOOK_HOSTS.join('|').replaceAll('.', '\\.')})$`),
          })
          .max(500)
          // zod runs this after a failed URL check too: an unparseable one is that check's error, not a crash here.
          .refine((url) => !URL.canParse(url) || (!new URL(url).username && !new URL(url).password), {
            message: 'no user name in the URL',
          })
          .meta({
            description: `A DingTalk or WeCom group robot webhook (https://${ROBOT_WEBHOOK_HOSTS.join(' or https://')})`,
          }),
      })
      .optional(),
    mutedKinds: z
      .array(z.string().regex(/^[a-z_]{1,32}$/))
      .max(30)
      .default([])
      .meta({ description: 'Notification kinds kept in-app only (e.g. reminder)' }),
  })
  .meta({
    examples: [{ email: { enabled: true, address: 'zhangwei@yunmeng.gov.cn' }, mutedKinds: ['reminder'] }],
  });
