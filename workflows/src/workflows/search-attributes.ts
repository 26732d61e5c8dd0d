import { defineSearchAttributeKey } from '@temporalio/common';

/**
 * Search attributes that make requests findable in Temporal's UI and CLI
 * (e.g. `temporal workflow list --query "TongbanStatus='in_progress'"`).
 * They must be registered in the namespace before a workflow sets them.
 */
export const PROCESS_KEY = defineSearchAttributeKey('TongbanProcessKey', 'KEYWORD');
export const REQUEST_STATUS = defineSearchAttributeKey('TongbanStatus', 'KEYWORD');
export const APPLICANT_ORG = defineSearchAttributeKey('TongbanApplicantOrg', 'KEYWORD');
export const HANDLING_ORGS = defineSearchAttributeKey('TongbanHandlingOrgs', 'KEYWORD_LIST');
/** The worst clock of the running steps: on_time, reminded, yellow (黄牌) or red (红牌). */
export const OVERDUE_LEVEL = defineSearchAttributeKey('TongbanOverdueLevel', 'KEYWORD');

export const SEARCH_ATTRIBUTE_KEYS = [
  PROCESS_KEY,
  REQUEST_STATUS,
  APPLICANT_ORG,
  HANDLING_ORGS,
  OVERDUE_LEVEL,
] as const;
