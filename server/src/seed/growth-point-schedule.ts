import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { TASK_QUEUE } from '@tongban/workflows';

export const GROWTH_POINT_SCHEDULE_ID = 'growth-point-monthly-round';

/**
 * The Temporal Schedule behind 重大增长点监测: at 08:00 China time on the 1st
 * of each month it starts `growthPointRound`, which opens last month's report
 * request for every monitored enterprise. Created by the seed, like the
 * process it runs: a programme is catalogue data an operator may pause or
 * change in Temporal, not something every worker replica should race to
 * create. Idempotent: an existing schedule is left as the operator set it.
 */
export async function ensureGrowthPointSchedule(temporal: Client): Promise<'created' | 'exists'> {
  try {
    await temporal.schedule.create({
      scheduleId: GROWTH_POINT_SCHEDULE_ID,
      spec: { calendars: [{ dayOfMonth: 1, hour: 8, minute: 0 }], timezone: 'Asia/Shanghai' },
      action: {
        type: 'startWorkflow',
        workflowType: 'growthPointRound',
        workflowId: 'growth-point-round',
        taskQueue: TASK_QUEUE,
        args: [{}],
      },
      // A round missed while Temporal was down still runs within a day; two rounds never overlap.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
      memo: { description: '重大增长点监测：每月 1 日为每家监测企业发起上月月报' },
    });
    return 'created';
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'exists';
    throw error;
  }
}
