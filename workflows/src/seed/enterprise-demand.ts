import type { JsonLogicRule, ProcessDefinition } from '../dsl/process-definition';
import { SEED_ORGS } from './organisations';

/** True when the demand has at least one item of one of these categories. */
const hasItem = (...categories: string[]): JsonLogicRule => ({
  some: [{ var: 'items' }, { in: [{ var: 'category' }, categories] }],
});

/**
 * 企业诉求专班: the high-tech zone accepts the demand and splits it; one task
 * force (专班) per kind of item works in parallel, each with its own deadline,
 * the zone leading; the zone's leader visits the firm (回访) when all are closed.
 */
export const enterpriseDemandProcess: ProcessDefinition = {
  key: 'enterprise-demand',
  version: 1,
  name: { zh: '企业诉求专班', en: 'Enterprise demand task forces' },
  description: {
    zh: '企业扩产遇到用工、融资、用地、审批等问题，高新区按事项成立工作专班，各部门并联办理，全部办结后回访。',
    en: 'An expanding firm hits labour, financing, land or approval problems; the zone sets up a task force per item, departments work in parallel, then the zone follows up.',
  },
  form: { key: 'enterprise-demand', version: 1 },
  steps: [
    {
      type: 'approval',
      id: 'zone-accept',
      name: { zh: '高新区受理分办', en: 'Zone accepts and assigns' },
      assignees: { org: SEED_ORGS.highTechZone, role: 'handler' },
      sla: { workingDays: 1, remindBeforeWorkingDays: 0, onTimeout: 'escalate' },
    },
    {
      type: 'parallel',
      id: 'task-forces',
      name: { zh: '专班并联办理', en: 'Task forces in parallel' },
      leadBranchId: 'zone',
      branches: [
        {
          id: 'zone',
          name: { zh: '高新区专班（牵头）', en: 'Zone task force (lead)' },
          steps: [
            {
              type: 'approval',
              id: 'zone-items',
              name: { zh: '高新区专班办理', en: 'Zone task force' },
              assignees: { org: SEED_ORGS.highTechZone, role: 'handler' },
              when: hasItem('after-sales-centre', 'other'),
              sla: { workingDays: 15, remindBeforeWorkingDays: 3, onTimeout: 'escalate' },
            },
          ],
        },
        {
          id: 'labour',
          name: { zh: '用工专班', en: 'Labour task force' },
          steps: [
            {
              type: 'approval',
              id: 'labour-items',
              name: { zh: '人社局用工专班办理', en: 'Labour task force' },
              assignees: { org: SEED_ORGS.humanResources, role: 'handler' },
              when: hasItem('labour'),
              sla: { workingDays: 15, remindBeforeWorkingDays: 3, onTimeout: 'escalate' },
            },
          ],
        },
        {
          id: 'financing',
          name: { zh: '融资专班', en: 'Financing task force' },
          steps: [
            {
              type: 'approval',
              id: 'financing-items',
              name: { zh: '经信局融资专班办理', en: 'Financing task force' },
              assignees: { org: SEED_ORGS.economyBureau, role: 'handler' },
              when: hasItem('financing'),
              sla: { workingDays: 10, remindBeforeWorkingDays: 2, onTimeout: 'escalate' },
            },
          ],
        },
        {
          id: 'land',
          name: { zh: '用地专班', en: 'Land task force' },
          steps: [
            {
              type: 'approval',
              id: 'land-items',
              name: { zh: '自然资源和规划局用地专班办理', en: 'Land task force' },
              assignees: { org: SEED_ORGS.naturalResources, role: 'handler' },
              when: hasItem('land'),
              sla: { workingDays: 15, remindBeforeWorkingDays: 3, onTimeout: 'escalate' },
            },
          ],
        },
        {
          id: 'approvals',
          name: { zh: '审批专班', en: 'Approvals task force' },
          steps: [
            {
              type: 'approval',
              id: 'approval-items',
              name: { zh: '发改委审批专班办理', en: 'Approvals task force' },
              assignees: { org: SEED_ORGS.ndrc, role: 'handler' },
              when: hasItem('approval'),
              sla: { workingDays: 10, remindBeforeWorkingDays: 2, onTimeout: 'escalate' },
            },
          ],
        },
      ],
    },
    {
      type: 'approval',
      id: 'follow-up-visit',
      name: { zh: '高新区回访', en: 'Zone follow-up visit' },
      assignees: { org: SEED_ORGS.highTechZone, role: 'leader' },
      sla: { workingDays: 3, onTimeout: 'remind' },
    },
  ],
  // One overall deadline over the task forces' own; late, the zone's leader is added to whatever is still open.
  sla: {
    workingDays: 20,
    remindBeforeWorkingDays: 3,
    onTimeout: 'escalate',
    escalateTo: { org: SEED_ORGS.highTechZone, role: 'leader' },
  },
  // An unsatisfied firm reopens the matter: the zone's leader rectifies, the supervision office calls back.
  rating: {
    rectification: { assignees: { org: SEED_ORGS.highTechZone, role: 'leader' }, sla: { workingDays: 5 } },
    followUp: { assignees: { org: SEED_ORGS.supervision, role: 'supervisor' } },
  },
};
