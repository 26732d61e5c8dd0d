import type { ProcessDefinition } from '../dsl/process-definition';
import { SEED_ORGS } from './organisations';

/** A department reviews only when the application asks for its filing. */
const asks = (filing: string) => ({ in: [filing, { var: 'filings' }] });

/**
 * 项目并联审批: development & reform (lead), natural resources, ecology &
 * environment and housing & construction review at once, each only for the
 * filings ticked; development & reform's leader signs off when all are done.
 */
export const projectParallelApprovalProcess: ProcessDefinition = {
  key: 'project-parallel-approval',
  version: 1,
  name: { zh: '项目并联审批', en: 'Cross-department project approval' },
  description: {
    zh: '重大项目一次申请，发改、自然资源、生态环境、住建并联审查，发改委统一办结；跟踪“321”签约、开工、投产。',
    en: 'One application: development & reform, natural resources, ecology and housing review in parallel, then a final sign-off; the 321 stage is tracked.',
  },
  form: { key: 'project-parallel-approval', version: 1 },
  steps: [
    {
      type: 'parallel',
      id: 'joint-review',
      name: { zh: '并联审批', en: 'Parallel review' },
      leadBranchId: 'ndrc',
      branches: [
        {
          id: 'ndrc',
          name: { zh: '发改委（牵头）', en: 'Development & reform (lead)' },
          steps: [
            {
              type: 'approval',
              id: 'ndrc-filing',
              name: { zh: '发改委项目备案', en: 'Project filing' },
              assignees: { org: SEED_ORGS.ndrc, role: 'handler' },
              when: asks('ndrc-filing'),
              sla: { workingDays: 3, onTimeout: 'escalate' },
            },
          ],
        },
        {
          id: 'land',
          name: { zh: '自然资源和规划局', en: 'Natural resources & planning' },
          steps: [
            {
              type: 'approval',
              id: 'land-planning',
              name: { zh: '用地规划许可', en: 'Land-use planning permit' },
              assignees: { org: SEED_ORGS.naturalResources, role: 'handler' },
              when: asks('land-planning'),
              sla: { workingDays: 5, onTimeout: 'escalate' },
            },
          ],
        },
        {
          id: 'eco',
          name: { zh: '生态环境局', en: 'Ecology & environment' },
          steps: [
            {
              type: 'approval',
              id: 'eia',
              name: { zh: '环评审批', en: 'Environmental impact assessment' },
              assignees: { org: SEED_ORGS.ecology, role: 'handler' },
              when: asks('eia'),
              sla: { workingDays: 5, onTimeout: 'escalate' },
            },
          ],
        },
        {
          id: 'housing',
          name: { zh: '住建局', en: 'Housing & construction' },
          steps: [
            {
              type: 'approval',
              id: 'construction-permit',
              name: { zh: '施工许可', en: 'Construction permit' },
              assignees: { org: SEED_ORGS.housing, role: 'handler' },
              when: asks('construction-permit'),
              sla: { workingDays: 5, onTimeout: 'escalate' },
            },
          ],
        },
      ],
    },
    {
      type: 'approval',
      id: 'final-signoff',
      name: { zh: '发改委综合办结', en: 'Final sign-off' },
      assignees: { org: SEED_ORGS.ndrc, role: 'leader' },
      sla: { workingDays: 2, onTimeout: 'remind' },
    },
  ],
};
