import { useTestStack } from '../../test/test-stack';
import { ensureGrowthPointSchedule, GROWTH_POINT_SCHEDULE_ID } from '../seed/growth-point-schedule';

// The Schedule the seed creates, on the real Temporal dev server with a real worker. The
// demo slice has no growth-point process, so a triggered round opens nothing: this checks
// the wiring (workflow type, task queue, arguments), growth-point.test.ts the round itself.
const stack = useTestStack();

it('is created once, runs growthPointRound on the 1st of each month in China time, and starts it when triggered', async () => {
  expect(await ensureGrowthPointSchedule(stack.temporal)).toBe('created');
  expect(await ensureGrowthPointSchedule(stack.temporal)).toBe('exists');
  const schedule = stack.temporal.schedule.getHandle(GROWTH_POINT_SCHEDULE_ID);
  const described = await schedule.describe();
  expect(described.spec.timezone).toBe('Asia/Shanghai');
  expect(described.spec.calendars).toEqual([
    expect.objectContaining({ dayOfMonth: [{ start: 1, end: 1, step: 1 }], hour: [{ start: 8, end: 8, step: 1 }] }),
  ]);
  expect(described.action).toMatchObject({ type: 'startWorkflow', workflowType: 'growthPointRound' });

  await schedule.trigger();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const recent = (await schedule.describe()).info.recentActions;
    const started = recent[0]?.action.workflow;
    if (started) {
      const result = await stack.temporal.workflow.getHandle(started.workflowId, started.firstExecutionRunId).result();
      expect(result).toEqual({ reportMonth: expect.stringMatching(/^\d{4}-\d{2}$/), opened: 0, alreadyOpen: 0 });
      break;
    }
    if (Date.now() > deadline) throw new Error('the triggered schedule started no workflow');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await schedule.delete();
});
