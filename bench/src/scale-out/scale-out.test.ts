import { TASK_QUEUE } from '@tongban/workflows';
import { onServer } from '../load/api-client';
import { runFlowOverHttp, type FlowSessions } from '../load/loan-renewal-flow';
import { runBounded } from '../load/run-bounded';
import { useFaultStack } from '../faults/fault-stack';

// Two workers and two API servers on one Temporal and one database: nothing to configure, nothing
// shared but those two. Each flow's calls go to alternating servers, and both workers poll the queue.
const context = useFaultStack({ workers: 2, servers: 2 });

it('serves flows through both API servers with both workers polling', async () => {
  const perServer: FlowSessions[] = context.stack.servers.map((server) => ({
    applicant: onServer(context.sessions.applicant, server.baseUrl!),
    centre: onServer(context.sessions.centre, server.baseUrl!),
    bank: onServer(context.sessions.bank, server.baseUrl!),
  }));
  // Submit on one server, approve on the other, and the other way round: sessions and state are not per server.
  const crossed: FlowSessions[] = [
    { applicant: perServer[0]!.applicant, centre: perServer[1]!.centre, bank: perServer[0]!.bank },
    { applicant: perServer[1]!.applicant, centre: perServer[0]!.centre, bank: perServer[1]!.bank },
  ];
  await runBounded(20, 8, (index) => runFlowOverHttp(crossed[index % 2]!));

  for (const server of context.stack.servers) {
    const metrics = await (await fetch(`${server.baseUrl}/api/v1/metrics`)).text();
    const actions = metrics
      .split('\n')
      .filter(
        (line) => line.startsWith('tongban_http_requests_total{') && line.includes('route="/api/v1/tasks/:id/actions"'),
      )
      .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
    expect(actions).toBe(20);
  }

  const pollers = async (taskQueueType: number) => {
    const response = await context.temporal.connection.workflowService.describeTaskQueue({
      namespace: 'default',
      taskQueue: { name: TASK_QUEUE },
      taskQueueType,
    });
    return (response.pollers ?? []).map((poller) => poller.identity ?? '');
  };
  // 1: workflow tasks, 2: activity tasks. A worker's identity is pid@host; the harness's Temporal
  // also remembers the pollers of earlier test files for a while.
  const ours = context.stack.workers.map((worker) => `${worker.pid}@`);
  for (const type of [1, 2]) {
    const identities = await pollers(type);
    expect(ours.filter((pid) => identities.some((identity) => identity.startsWith(pid)))).toEqual(ours);
  }
});
