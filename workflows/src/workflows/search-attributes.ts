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

export const SEARCH_ATTRIBUTE_KEYS = [PROCESS_KEY, REQUEST_STATUS, APPLICANT_ORG, HANDLING_ORGS] as const;
