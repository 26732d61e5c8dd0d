import type { Organisation, Role } from '@tongban/store';

/** The demo password of every demo user. Demo data only: never seeded into production unless asked. */
export const DEMO_PASSWORD = 'tongban123';

export const demoOrganisations: Organisation[] = [
  { _id: 'org-platform', name: '通办平台管理', nameEn: 'Tongban administration', kind: 'department' },
  {
    _id: 'org-yunmeng-investment-centre',
    name: '云梦县招商服务中心',
    nameEn: 'Yunmeng County Investment Service Centre',
    kind: 'department',
    // The 办件编号 of the requests it accepts: 云梦招商-20261202-0001.
    numberPrefix: '云梦招商',
  },
  {
    _id: 'org-abc-yunmeng',
    name: '农行云梦支行',
    nameEn: 'ABC Yunmeng Branch',
    kind: 'bank',
    numberPrefix: '农行云梦',
  },
  // Enterprises carry their profile: their applications' enterprise fields fill in from it.
  {
    _id: 'org-yipule',
    name: '易普乐生物科技',
    nameEn: 'Yipule Biotech',
    kind: 'enterprise',
    creditCode: '91420923MA4C7YPL0G',
    address: '湖北省孝感市云梦县经济开发区曲阳大道 18 号',
    legalRepresentative: '王建国',
    contactPhone: '0712-4337108',
  },
  {
    _id: 'org-yinglian',
    name: '英联科技',
    nameEn: 'Yinglian Technology',
    kind: 'enterprise',
    creditCode: '91420902MA4D8LW6XW',
    address: '湖北省孝感市孝南区长征路 236 号',
    legalRepresentative: '周明远',
    contactPhone: '0712-2856619',
  },
];

export interface DemoUser {
  username: string;
  displayName: string;
  orgId: string;
  roles: Role[];
  /** What the user is for, printed with the logins. */
  description: string;
}

export const demoUsers: DemoUser[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    orgId: 'org-platform',
    roles: ['admin'],
    description: '管理员 administrator',
  },
  {
    username: 'qiye',
    displayName: '王丽',
    orgId: 'org-yipule',
    roles: ['applicant'],
    description: '企业用户 applicant, 易普乐生物科技',
  },
  {
    username: 'qiye2',
    displayName: '周强',
    orgId: 'org-yinglian',
    roles: ['applicant'],
    description: '企业用户 applicant, 英联科技',
  },
  {
    username: 'zhaoshang',
    displayName: '张伟',
    orgId: 'org-yunmeng-investment-centre',
    roles: ['handler'],
    description: '经办人 handler, 云梦县招商服务中心',
  },
  {
    username: 'yinhang',
    displayName: '陈静',
    orgId: 'org-abc-yunmeng',
    roles: ['bank_officer'],
    description: '信贷员 loan officer, 农行云梦支行',
  },
];

export const demoUserId = (username: string) => `u-${username}`;
