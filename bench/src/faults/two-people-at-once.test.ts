import { UserModel } from '@tongban/store';
import { stateQuery } from '@tongban/workflows';
import { signIn, type ApiSession } from '../load/api-client';
import { submitOverHttp } from '../load/loan-renewal-flow';
import { runBounded } from '../load/run-bounded';
import { useFaultStack } from './fault-stack';

// Two holders of one 或签 (any-one-decides) step act at the same moment, 100 times: each time exactly
// one decision is taken (200) and the other is told why not (409), because the workflow's Update
// validator, not the projection the API reads, has the last word.
const SECOND_HANDLER = { _id: 'u-bench-zhaoshang-b', username: 'bench-zhaoshang-b', displayName: '李强' };
let second: ApiSession;

// Declared before the stack's own hooks, so it runs while the database connection is still open.
afterAll(async () => {
  await UserModel.deleteOne({ _id: SECOND_HANDLER._id });
});

const context = useFaultStack();

beforeAll(async () => {
  // A second handler at the service centre, sharing the demo password.
  const first = await UserModel.findById('u-zhaoshang').lean();
  if (!first) throw new Error('the demo user zhaoshang is missing');
  await UserModel.deleteOne({ _id: SECOND_HANDLER._id });
  await UserModel.create({ ...first, ...SECOND_HANDLER });
  second = await signIn(context.stack.servers[0]!.baseUrl!, SECOND_HANDLER.username);
});

it('100 rounds of two people deciding one step at once: exactly one succeeds each round', async () => {
  const outcomes: string[] = [];
  // Four rounds run side by side (each on its own request) to keep the test short; within a round
  // the two calls leave together.
  await runBounded(100, 4, async (round) => {
    const id = await submitOverHttp(context.sessions.applicant);
    const state = await context.temporal.workflow.getHandle(id).query(stateQuery);
    const taskOf = (userId: string) => state.tasks.find((task) => task.assignee.userId === userId)!.id;
    // Every other round the second person rejects instead: a conflicting decision, not a duplicate.
    const secondAction = round % 2 === 0 ? 'approve' : 'reject';
    const [a, b] = await Promise.all([
      context.sessions.centre.call('POST', `/tasks/${taskOf('u-zhaoshang')}/actions`, {
        action: 'approve',
        comment: '同意',
      }),
      second.call('POST', `/tasks/${taskOf(SECOND_HANDLER._id)}/actions`, { action: secondAction, comment: '意见' }),
    ]);
    const after = await context.temporal.workflow.getHandle(id).query(stateQuery);
    const decisions = after.timeline.filter(
      (entry) => entry.stepId === 'centre-verify' && (entry.action === 'approve' || entry.action === 'reject'),
    ).length;
    outcomes.push(`${[a.status, b.status].sort().join('+')} decisions=${decisions}`);
  });
  expect(outcomes).toHaveLength(100);
  expect(outcomes.filter((outcome) => outcome !== '200+409 decisions=1')).toEqual([]);
});
