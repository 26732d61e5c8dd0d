import type { RequestStatus, StepStatus, TaskStatus } from '../api/types';

/** antd Tag colours: blue while moving, orange when the applicant must act, green done, red refused. */
export const REQUEST_STATUS_COLOURS: Record<RequestStatus, string> = {
  in_progress: 'processing',
  returned: 'warning',
  completed: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export const TASK_STATUS_COLOURS: Record<TaskStatus, string> = {
  open: 'processing',
  approved: 'success',
  rejected: 'error',
  cancelled: 'default',
  delegated: 'purple',
  transferred: 'default',
  waiting: 'warning',
  // A copy (抄送): read, nothing to decide.
  informed: 'cyan',
};

/** antd Steps status of a process step. */
export function stepDisplayStatus(status: StepStatus): 'wait' | 'process' | 'finish' | 'error' {
  switch (status) {
    case 'active':
      return 'process';
    case 'approved':
    case 'completed':
      return 'finish';
    case 'rejected':
      return 'error';
    case 'pending':
    case 'skipped':
      return 'wait';
  }
}

/** Timeline dot colour of an action; unknown actions stay neutral. */
export function timelineColour(action: string): string {
  if (action === 'approve' || action === 'complete' || action === 'auto_approve' || action === 'fill') return 'green';
  if (action === 'reject' || action === 'auto_reject' || action === 'red_card') return 'red';
  if (action === 'return' || action === 'yellow_card' || action === 'escalate' || action === 'withdraw')
    return 'orange';
  if (action === 'submit' || action === 'resubmit') return 'blue';
  return 'gray';
}
