import type { ProcessDefinition } from '../dsl/process-definition';
import { SEED_ORGS } from './organisations';

/**
 * 不动产登记加急: the high-tech zone coordinates, the registration centre checks
 * the materials, the survey and cadastral check follow, the title is reviewed
 * and the certificates issued. The step SLAs add up to 9 working days, inside
 * the two weeks the city promised before a customer's audit.
 */
export const propertyRegistrationProcess: ProcessDefinition = {
  key: 'property-registration-expedite',
  version: 1,
  name: { zh: '不动产登记加急', en: 'Expedited property registration' },
  description: {
    zh: '老厂房缺少产权证书，审核日期临近：高新区协调，登记中心审查材料，测绘、权籍审核、发证在审核日期前完成。',
    en: 'Old factory buildings lack title certificates before a fixed audit: the zone coordinates, the centre checks materials, survey, title review and certificates follow.',
  },
  form: { key: 'property-registration-expedite', version: 1 },
  steps: [
    {
      type: 'approval',
      id: 'zone-coordinate',
      name: { zh: '高新区协调受理', en: 'Zone coordination' },
      assignees: { org: SEED_ORGS.highTechZone, role: 'handler' },
      sla: { workingDays: 1, remindBeforeWorkingDays: 0, onTimeout: 'escalate' },
    },
    {
      type: 'approval',
      id: 'materials-check',
      name: { zh: '登记中心材料审查', en: 'Materials check' },
      assignees: { org: SEED_ORGS.propertyRegistration, role: 'handler' },
      sla: { workingDays: 2, onTimeout: 'escalate' },
    },
    {
      type: 'approval',
      id: 'survey',
      name: { zh: '房产测绘和权籍调查', en: 'Survey and cadastral check' },
      assignees: { org: SEED_ORGS.naturalResources, role: 'handler' },
      sla: { workingDays: 3, onTimeout: 'escalate' },
    },
    {
      type: 'approval',
      id: 'title-review',
      name: { zh: '登簿审核', en: 'Title review' },
      assignees: { org: SEED_ORGS.propertyRegistration, role: 'leader' },
      sla: { workingDays: 2, onTimeout: 'escalate', escalateTo: { org: SEED_ORGS.highTechZone, role: 'leader' } },
    },
    {
      type: 'approval',
      id: 'certificates',
      name: { zh: '缮证发证', en: 'Certificates issued' },
      assignees: { org: SEED_ORGS.propertyRegistration, role: 'handler' },
      sla: { workingDays: 1, remindBeforeWorkingDays: 0, onTimeout: 'escalate' },
    },
  ],
  // Due on the audit date in the form; warned as soon as the days left cannot hold the steps still to come.
  sla: { untilField: 'auditDate', onTimeout: 'escalate', escalateTo: { org: SEED_ORGS.highTechZone, role: 'leader' } },
};
