import type { FormDefinition } from '../form-definition';

/**
 * 不动产登记加急申请表: an enterprise asks for title certificates for buildings
 * that have none, before a fixed date (e.g. a customer's supplier audit). The
 * audit date is the deadline the whole process works back from.
 */
export const propertyRegistrationExpediteForm: FormDefinition = {
  key: 'property-registration-expedite',
  version: 1,
  title: { zh: '不动产登记加急申请表', en: 'Expedited property registration' },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '不动产登记加急申请表',
    required: [
      'enterpriseName',
      'creditCode',
      'buildings',
      'auditDate',
      'reason',
      'materials',
      'contactName',
      'contactPhone',
    ],
    additionalProperties: false,
    properties: {
      enterpriseName: { type: 'string', title: '企业名称', minLength: 2, maxLength: 100 },
      creditCode: {
        type: 'string',
        title: '统一社会信用代码',
        pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
      },
      buildings: {
        type: 'array',
        title: '申请登记的建筑物',
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          title: '建筑物',
          required: ['name', 'floorArea', 'landParcelNo', 'hasPlanningPermit'],
          additionalProperties: false,
          properties: {
            name: { type: 'string', title: '建筑物名称', minLength: 1, maxLength: 50 },
            floorArea: { type: 'number', title: '建筑面积（m²）', exclusiveMinimum: 0, maximum: 1_000_000 },
            landParcelNo: { type: 'string', title: '宗地代码', pattern: '^\\d{12}[GJZ][A-Z]\\d{5}$' },
            hasPlanningPermit: { type: 'boolean', title: '已取得建设工程规划许可证' },
          },
        },
      },
      auditDate: { type: 'string', title: '审核日期（办结期限）', format: 'date' },
      auditParty: { type: 'string', title: '审核方', maxLength: 100 },
      reason: { type: 'string', title: '加急理由', minLength: 10, maxLength: 1000 },
      materials: {
        type: 'object',
        title: '已备材料',
        required: [
          'businessLicense',
          'landCertificate',
          'planningPermit',
          'completionAcceptance',
          'surveyReport',
          'taxCertificate',
        ],
        additionalProperties: false,
        properties: {
          businessLicense: { type: 'boolean', title: '营业执照', default: false },
          landCertificate: { type: 'boolean', title: '土地权属证书', default: false },
          planningPermit: { type: 'boolean', title: '建设工程规划许可证', default: false },
          completionAcceptance: { type: 'boolean', title: '竣工验收备案材料', default: false },
          surveyReport: { type: 'boolean', title: '房产测绘报告', default: false },
          taxCertificate: { type: 'boolean', title: '完税证明', default: false },
        },
      },
      contactName: { type: 'string', title: '联系人', minLength: 2, maxLength: 20 },
      contactPhone: { type: 'string', title: '联系电话', pattern: '^1[3-9]\\d{9}$' },
    },
  },
  uiSchema: {
    'ui:order': [
      'enterpriseName',
      'creditCode',
      'buildings',
      'auditDate',
      'auditParty',
      'reason',
      'materials',
      'contactName',
      'contactPhone',
    ],
    creditCode: { 'ui:placeholder': '18 位，见营业执照' },
    buildings: {
      items: {
        'ui:order': ['name', 'floorArea', 'landParcelNo', 'hasPlanningPermit'],
        name: { 'ui:placeholder': '如 1 号厂房' },
        landParcelNo: { 'ui:placeholder': '19 位，如 420923001002GB00035', 'ui:help': '见土地权属证书或宗地图' },
      },
    },
    auditDate: { 'ui:help': '测绘、权籍审核和发证须在此日期前全部完成' },
    auditParty: { 'ui:placeholder': '如 某整车企业供应商质量审核' },
    reason: { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } },
    materials: {
      'ui:help': '勾选已准备好的材料，缺少的材料由登记中心一次性告知',
      'ui:order': [
        'businessLicense',
        'landCertificate',
        'planningPermit',
        'completionAcceptance',
        'surveyReport',
        'taxCertificate',
      ],
    },
    contactPhone: { 'ui:placeholder': '11 位手机号' },
  },
  example: {
    enterpriseName: '云梦县华瑞汽车零部件有限公司',
    creditCode: '91420923MA4F5XK27X',
    buildings: [
      { name: '1 号厂房', floorArea: 6480.5, landParcelNo: '420923001002GB00035', hasPlanningPermit: true },
      { name: '2 号厂房', floorArea: 5320, landParcelNo: '420923001002GB00035', hasPlanningPermit: true },
      { name: '3 号厂房', floorArea: 4210.8, landParcelNo: '420923001002GB00035', hasPlanningPermit: true },
      { name: '4 号厂房', floorArea: 3895, landParcelNo: '420923001002GB00036', hasPlanningPermit: true },
      { name: '5 号仓库', floorArea: 2150, landParcelNo: '420923001002GB00036', hasPlanningPermit: false },
      { name: '综合楼', floorArea: 1860.25, landParcelNo: '420923001002GB00036', hasPlanningPermit: true },
    ],
    auditDate: '2026-05-20',
    auditParty: '某外资整车企业供应商现场审核',
    reason: '六栋老厂房建成多年未办理不动产权证书，外资整车企业供应商审核要求提供厂房产权证明，否则将失去配套资格。',
    materials: {
      businessLicense: true,
      landCertificate: true,
      planningPermit: true,
      completionAcceptance: false,
      surveyReport: false,
      taxCertificate: true,
    },
    contactName: '陈刚',
    contactPhone: '13908651234',
  },
};
