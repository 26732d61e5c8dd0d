import { isUnifiedSocialCreditCode } from '@tongban/forms';
import type { Organisation, Role } from '@tongban/store';
import { SEED_ORGS } from '@tongban/workflows';
import type { DemoUser } from './demo-data';

/**
 * The city of the seed catalogue (Xiaogan, with Yunmeng county): the
 * departments, banks and enterprises the seven seed processes route to, one
 * person per role in each, and the 306 monitored growth-point enterprises
 * with their 包保 groups. Everything here is deterministic, so a second seed
 * finds the same ids and changes nothing.
 */

/** How many growth-point enterprises the city monitors (the number the news report gives). */
export const GROWTH_POINT_ENTERPRISES = 306;
/** Enterprises per 包保 official: 34 officials. */
const ENTERPRISES_PER_GROUP = 9;

// Each office's 办件编号 prefix, as its staff write it (孝感经信-20261202-0001); without one a number
// would open with the first eight characters of the name, cut mid-word (孝感市经济和信息-…).
const departments: Organisation[] = [
  {
    _id: SEED_ORGS.economyBureau,
    name: '孝感市经济和信息化局',
    nameEn: 'Economy and IT Bureau',
    kind: 'department',
    numberPrefix: '孝感经信',
  },
  {
    _id: SEED_ORGS.ndrc,
    name: '孝感市发展和改革委员会',
    nameEn: 'Development and Reform Commission',
    kind: 'department',
    numberPrefix: '孝感发改',
  },
  {
    _id: SEED_ORGS.naturalResources,
    name: '孝感市自然资源和规划局',
    nameEn: 'Natural Resources and Planning Bureau',
    kind: 'department',
    numberPrefix: '孝感自规',
  },
  {
    _id: SEED_ORGS.ecology,
    name: '孝感市生态环境局',
    nameEn: 'Ecology and Environment Bureau',
    kind: 'department',
    numberPrefix: '孝感生态',
  },
  {
    _id: SEED_ORGS.housing,
    name: '孝感市住房和城乡建设局',
    nameEn: 'Housing and Construction Bureau',
    kind: 'department',
    numberPrefix: '孝感住建',
  },
  {
    _id: SEED_ORGS.propertyRegistration,
    name: '孝感市不动产登记中心',
    nameEn: 'Property Registration Centre',
    kind: 'department',
    numberPrefix: '孝感不动产',
  },
  {
    _id: SEED_ORGS.highTechZone,
    name: '孝感高新区管委会',
    nameEn: 'High-tech Zone Administrative Committee',
    kind: 'department',
    numberPrefix: '孝感高新',
  },
  {
    _id: SEED_ORGS.humanResources,
    name: '孝感市人力资源和社会保障局',
    nameEn: 'Human Resources and Social Security Bureau',
    kind: 'department',
    numberPrefix: '孝感人社',
  },
  {
    _id: SEED_ORGS.finance,
    name: '孝感市财政局',
    nameEn: 'Finance Bureau',
    kind: 'department',
    numberPrefix: '孝感财政',
  },
  {
    _id: 'org-supervision',
    name: '孝感市政府督查室',
    nameEn: 'Government Supervision Office',
    kind: 'department',
    numberPrefix: '孝感督查',
  },
  // The upper-level branch that grants 特批 to the county branch (org-abc-yunmeng, a demo organisation).
  {
    _id: SEED_ORGS.abcXiaogan,
    name: '农行孝感分行',
    nameEn: 'ABC Xiaogan Branch',
    kind: 'bank',
    numberPrefix: '农行孝感',
  },
];

/** The enterprises the seed forms' examples name, each with an applicant. */
const namedEnterprises: (Organisation & { user: Omit<DemoUser, 'orgId' | 'roles'> })[] = [
  {
    _id: 'org-huarui',
    name: '云梦县华瑞汽车零部件有限公司',
    nameEn: 'Huarui Auto Parts',
    kind: 'enterprise',
    creditCode: '91420923MA4F5XK27X',
    address: '湖北省孝感市云梦县城关镇楚王城大道 88 号',
    legalRepresentative: '陈国华',
    contactPhone: '0712-4321678',
    user: {
      username: 'huarui',
      displayName: '陈刚',
      description: '企业用户 applicant, 华瑞汽车零部件（不动产登记加急）',
    },
  },
  {
    _id: 'org-zhiqu',
    name: '孝感智驱动力科技有限公司',
    nameEn: 'Zhiqu Power Technology',
    kind: 'enterprise',
    creditCode: '91420900MA49KQ3U1Q',
    address: '湖北省孝感市孝感高新区长兴三路 9 号',
    legalRepresentative: '刘振宇',
    contactPhone: '0712-2468135',
    user: { username: 'zhiqu', displayName: '刘洋', description: '企业用户 applicant, 智驱动力（项目并联审批）' },
  },
  {
    _id: 'org-xinda',
    name: '应城市鑫达精密机械有限公司',
    nameEn: 'Xinda Precision Machinery',
    kind: 'enterprise',
    creditCode: '91420981MA49R7TN27',
    address: '湖北省孝感市应城市城北工业园蒲阳大道 66 号',
    legalRepresentative: '张德明',
    contactPhone: '0712-3215806',
    user: {
      username: 'xinda',
      displayName: '张建华',
      description: '企业用户 applicant, 鑫达精密机械（设备更新再贷款）',
    },
  },
  {
    _id: 'org-jinsheng',
    name: '大悟县金盛纺织有限公司',
    nameEn: 'Jinsheng Textiles',
    kind: 'enterprise',
    creditCode: '91420922MA4E6CD1YX',
    address: '湖北省孝感市大悟县城关镇纺织路 12 号',
    legalRepresentative: '杨志强',
    contactPhone: '0712-7223419',
    user: { username: 'jinsheng', displayName: '杨帆', description: '企业用户 applicant, 金盛纺织（奖补申请）' },
  },
];

const person = (
  username: string,
  displayName: string,
  orgId: string,
  roles: Role[],
  description: string,
): DemoUser => ({ username, displayName, orgId, roles, description });

/** One handler and one leader in every department (bank officers in banks), plus the city-wide roles. */
const departmentPeople: DemoUser[] = [
  person('jxj', '李明', SEED_ORGS.economyBureau, ['handler'], '经办人 handler, 市经信局'),
  person('jxj-leader', '黄志刚', SEED_ORGS.economyBureau, ['leader'], '负责人 leader, 市经信局'),
  person('fgw', '吴晓燕', SEED_ORGS.ndrc, ['handler'], '经办人 handler, 市发改委'),
  person('fgw-leader', '郑国平', SEED_ORGS.ndrc, ['leader'], '负责人 leader, 市发改委'),
  person('zrzy', '孙浩', SEED_ORGS.naturalResources, ['handler'], '经办人 handler, 市自然资源和规划局'),
  person('zrzy-leader', '马建国', SEED_ORGS.naturalResources, ['leader'], '负责人 leader, 市自然资源和规划局'),
  person('sthj', '朱婷', SEED_ORGS.ecology, ['handler'], '经办人 handler, 市生态环境局'),
  person('sthj-leader', '胡卫东', SEED_ORGS.ecology, ['leader'], '负责人 leader, 市生态环境局'),
  person('zjj', '郭磊', SEED_ORGS.housing, ['handler'], '经办人 handler, 市住建局'),
  person('zjj-leader', '何振华', SEED_ORGS.housing, ['leader'], '负责人 leader, 市住建局'),
  person('bdc', '林芳', SEED_ORGS.propertyRegistration, ['handler'], '经办人 handler, 市不动产登记中心'),
  person('bdc-leader', '罗文斌', SEED_ORGS.propertyRegistration, ['leader'], '负责人 leader, 市不动产登记中心'),
  person('gxq', '梁晨', SEED_ORGS.highTechZone, ['handler'], '经办人 handler, 高新区管委会'),
  person('gxq-leader', '宋海涛', SEED_ORGS.highTechZone, ['leader'], '负责人 leader, 高新区管委会'),
  person('rsj', '唐静', SEED_ORGS.humanResources, ['handler'], '经办人 handler, 市人社局'),
  person('rsj-leader', '韩立新', SEED_ORGS.humanResources, ['leader'], '负责人 leader, 市人社局'),
  person('czj', '冯雪', SEED_ORGS.finance, ['handler'], '经办人 handler, 市财政局'),
  person('czj-leader', '董建军', SEED_ORGS.finance, ['leader'], '负责人 leader, 市财政局'),
  person('zhaoshang-leader', '杨光明', SEED_ORGS.investmentCentre, ['leader'], '负责人 leader, 云梦县招商服务中心'),
  person(
    'chuangkou',
    '陈晓',
    SEED_ORGS.investmentCentre,
    ['window'],
    '窗口受理 window clerk, 云梦县招商服务中心（为企业代办）',
  ),
  person('yinhang-leader', '徐丽华', SEED_ORGS.abcYunmeng, ['leader'], '行长 leader, 农行云梦支行'),
  person('nhxg', '曹峰', SEED_ORGS.abcXiaogan, ['bank_officer'], '信贷审批 bank officer, 农行孝感分行'),
  person('nhxg-leader', '彭卫国', SEED_ORGS.abcXiaogan, ['leader'], '负责人 leader, 农行孝感分行'),
  person('duban', '邓淑芬', 'org-supervision', ['supervisor'], '督办 supervisor, 市政府督查室（全市只读、督办）'),
  person('shenji', '许文', 'org-supervision', ['auditor'], '审计 auditor, 市政府督查室（只读、审计日志）'),
];

const PLACES = ['云梦县', '孝南区', '汉川市', '应城市', '安陆市', '大悟县', '孝昌县', '孝感高新区'];
// 51 brands × 6 industries = 306 distinct names.
const BRANDS = [
  '恒通',
  '华信',
  '永盛',
  '金鼎',
  '宏远',
  '瑞丰',
  '新源',
  '天成',
  '众鑫',
  '博达',
  '汇川',
  '楚天',
  '长江',
  '鼎盛',
  '凯旋',
  '卓越',
  '锦华',
  '盛世',
  '联创',
  '天润',
  '中兴',
  '东升',
  '正泰',
  '宝丰',
  '世纪',
  '嘉禾',
  '祥瑞',
  '德胜',
  '安康',
  '富源',
  '晨光',
  '海纳',
  '九州',
  '银河',
  '华美',
  '龙腾',
  '明阳',
  '万达',
  '百川',
  '亿丰',
  '同心',
  '远航',
  '信达',
  '荣昌',
  '泰和',
  '兴业',
  '弘毅',
  '润泽',
  '元亨',
  '光大',
  '广和',
];
const INDUSTRIES = ['机械制造', '汽车零部件', '新材料', '食品', '纺织', '电子科技'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** A deterministic two- or three-character name for generated people. */
const generatedName = (i: number) =>
  `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${i % 3 === 0 ? GIVEN[(i * 5 + 3) % GIVEN.length] : ''}`;

export interface GrowthPointEnterprise {
  org: Organisation & { growthPoint: { groupId: string }; creditCode: string };
  reporter: DemoUser;
}

/** The 306 monitored enterprises, each with one reporter (applicant). */
export function growthPointEnterprises(): GrowthPointEnterprise[] {
  return Array.from({ length: GROWTH_POINT_ENTERPRISES }, (_, i) => {
    const n = i + 1;
    const orgId = `org-gp-${pad(n, 3)}`;
    const name = `${PLACES[i % PLACES.length]}${BRANDS[i % BRANDS.length]}${INDUSTRIES[Math.floor(i / BRANDS.length)]}有限公司`;
    return {
      org: {
        _id: orgId,
        name,
        kind: 'enterprise',
        // 91 (enterprise) + Xiaogan's region code + 9 characters from the code's alphabet + the check character.
        creditCode: withCheckCharacter(`91420900MAGP${pad(n, 5)}`),
        address: `湖北省孝感市${PLACES[i % PLACES.length]}工业园区 ${n} 号`,
        legalRepresentative: generatedName(i + 1000),
        contactPhone: `0712-${pad(2_300_000 + n, 7)}`,
        growthPoint: { groupId: growthPointGroupId(Math.floor(i / ENTERPRISES_PER_GROUP) + 1) },
      },
      reporter: person(
        `gp${pad(n, 3)}`,
        generatedName(i),
        orgId,
        ['applicant'],
        `企业用户 applicant, 增长点企业 ${name}`,
      ),
    };
  });
}

/** The 18th character that makes a 统一社会信用代码 of the first 17 (GB 32100-2015). */
function withCheckCharacter(first17: string): string {
  const code = [...'0123456789ABCDEFGHJKLMNPQRTUWXY'].map((check) => first17 + check).find(isUnifiedSocialCreditCode);
  if (!code) throw new Error(`no check character makes ${first17} a credit code`);
  return code;
}

const growthPointGroupId = (k: number) => `org-gp-group-${pad(k, 2)}`;
const GROUPS = Math.ceil(GROWTH_POINT_ENTERPRISES / ENTERPRISES_PER_GROUP);

/** 包保组: one per responsible official, who is its leader; under the economy bureau. */
function growthPointGroups(): { org: Organisation; official: DemoUser }[] {
  return Array.from({ length: GROUPS }, (_, i) => {
    const k = i + 1;
    const orgId = growthPointGroupId(k);
    return {
      org: {
        _id: orgId,
        name: `重大增长点包保第 ${k} 组`,
        nameEn: `Growth-point group ${k}`,
        kind: 'department',
        parentId: SEED_ORGS.economyBureau,
      },
      official: person(
        `baobao${pad(k, 2)}`,
        generatedName(i + 500),
        orgId,
        ['leader'],
        `包保责任人 leader, 包保第 ${k} 组`,
      ),
    };
  });
}

/** Every organisation and person of the city, in the order they are written. */
export function cityData(): { organisations: Organisation[]; users: DemoUser[] } {
  const groups = growthPointGroups();
  const enterprises = growthPointEnterprises();
  return {
    organisations: [
      ...departments,
      ...namedEnterprises.map(({ user: _user, ...org }) => org),
      ...groups.map((group) => group.org),
      ...enterprises.map((enterprise) => enterprise.org),
    ],
    users: [
      ...departmentPeople,
      ...namedEnterprises.map(({ user, _id }) => ({ ...user, orgId: _id, roles: ['applicant'] as Role[] })),
      ...groups.map((group) => group.official),
      ...enterprises.map((enterprise) => enterprise.reporter),
    ],
  };
}

/** The logins worth printing (and listing in the README): one per role and organisation, not all 340 generated ones. */
export function cityLogins(): DemoUser[] {
  const { users } = cityData();
  return users.filter(
    (user) => !/^gp\d{3}$|^baobao\d{2}$/.test(user.username) || /^(gp001|baobao01)$/.test(user.username),
  );
}
