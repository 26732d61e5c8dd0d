import { TaskProjectionModel, type RequestProjection, type TaskProjection } from '@tongban/store';

/** Statuses of an added signer who has not decided yet: the only ones 减签 may remove. */
const UNDECIDED = new Set<TaskProjection['status']>(['open', 'waiting']);

/**
 * The people this task's handler added (加签) to its step who have not decided
 * yet, so the task page can offer 减签. Read from the request's own record: the
 * `add_signer` entries its handler made at this step since the task began, and
 * the step's signer tasks still open or waiting (one read by `requestId`). The
 * engine remains the judge (`SIGNER_NOT_REMOVABLE`); this only says whom to offer.
 */
export async function addedSigners(
  task: Pick<TaskProjection, '_id' | 'requestId' | 'stepId' | 'assigneeId' | 'createdAt'>,
  request: Pick<RequestProjection, 'steps' | 'timeline'>,
): Promise<{ userId: string; displayName: string; status: 'open' | 'waiting' }[]> {
  const step = request.steps.find((candidate) => candidate.id === task.stepId);
  if (step?.status !== 'active') return [];
  const names = new Map<string, string>();
  for (const entry of request.timeline) {
    if (entry.action !== 'add_signer' || entry.stepId !== task.stepId || entry.actor?.userId !== task.assigneeId)
      continue;
    if (entry.at < task.createdAt) continue;
    const signers = (entry.detail?.signers ?? []) as { userId: string; displayName: string }[];
    for (const signer of signers) names.set(signer.userId, signer.displayName);
  }
  if (names.size === 0) return [];
  const tasks = await TaskProjectionModel.find(
    { requestId: task.requestId },
    { stepId: 1, kind: 1, status: 1, assigneeId: 1 },
  ).lean();
  const seen = new Set<string>();
  return tasks.flatMap((candidate) => {
    const name = names.get(candidate.assigneeId);
    if (
      name === undefined ||
      candidate._id === task._id ||
      candidate.stepId !== task.stepId ||
      candidate.kind !== 'signer' ||
      !UNDECIDED.has(candidate.status) ||
      seen.has(candidate.assigneeId)
    )
      return [];
    seen.add(candidate.assigneeId);
    return [{ userId: candidate.assigneeId, displayName: name, status: candidate.status as 'open' | 'waiting' }];
  });
}
