import { randomUUID } from 'node:crypto';
import { loanRenewalApplicationForm } from '@tongban/forms';
import { RequestProjectionModel, TaskProjectionModel } from '@tongban/store';
import { Registry } from 'prom-client';
import { useTestStack } from '../../test/test-stack';
import { createReconcileMetrics } from '../metrics/reconcile-metrics';
import { reconcileRequests } from './reconcile-requests';

// Drift made by hand in the database, found and repaired from the workflow state. Only this
// file's requests: the other test files' workflows share the Temporal server (not the database).
const stack = useTestStack();
const since = new Date();

async function submit(): Promise<string> {
  const applicant = await stack.signIn('qiye');
  const response = await applicant
    .post('/api/v1/requests')
    .set('Idempotency-Key', randomUUID())
    .send({ processKey: 'loan-renewal', data: loanRenewalApplicationForm.example })
    .expect(201);
  return response.body.id as string;
}

it('repairs an edited request, a deleted task and a projection that says closed too early, and counts them', async () => {
  const edited = await submit();
  const closedEarly = await submit();
  const untouched = await submit();
  await RequestProjectionModel.updateOne({ _id: edited }, { $set: { currentStepIds: ['bank-decision'] } });
  await TaskProjectionModel.deleteOne({ _id: `${edited}.1` });
  await RequestProjectionModel.updateOne({ _id: closedEarly }, { $set: { status: 'completed' } });

  const registry = new Registry();
  const report = await reconcileRequests(stack.temporal, { since, metrics: createReconcileMetrics(registry) });

  expect(report.failed).toEqual([]);
  expect(report.drifted).toEqual(
    expect.arrayContaining([
      {
        requestId: edited,
        drift: [
          { collection: 'requests', id: edited, kind: 'different', fields: ['currentStepIds'] },
          { collection: 'tasks', id: `${edited}.1`, kind: 'missing', fields: [] },
        ],
      },
      {
        requestId: closedEarly,
        drift: [{ collection: 'requests', id: closedEarly, kind: 'different', fields: ['status'] }],
      },
    ]),
  );
  expect(report.drifted.map((each) => each.requestId)).not.toContain(untouched);
  expect((await RequestProjectionModel.findById(edited).lean())?.currentStepIds).toEqual(['centre-verify']);
  expect((await TaskProjectionModel.findById(`${edited}.1`).lean())?.status).toBe('open');
  expect((await RequestProjectionModel.findById(closedEarly).lean())?.status).toBe('in_progress');
  const metrics = await registry.getMetricsAsJSON();
  const repaired = metrics.find((metric) => metric.name === 'tongban_reconcile_repaired_total')!.values;
  expect(repaired).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ labels: { collection: 'requests', kind: 'different' }, value: 2 }),
      expect.objectContaining({ labels: { collection: 'tasks', kind: 'missing' }, value: 1 }),
    ]),
  );

  // Repaired means nothing left to repair.
  const again = await reconcileRequests(stack.temporal, { since });
  expect(again.drifted).toEqual([]);
  expect(again.checked).toBeGreaterThanOrEqual(3);
});

it('with dryRun reports drift and writes nothing', async () => {
  const id = await submit();
  await RequestProjectionModel.updateOne({ _id: id }, { $set: { status: 'rejected' } });
  const report = await reconcileRequests(stack.temporal, { since, dryRun: true });
  expect(report.drifted).toContainEqual({
    requestId: id,
    drift: [{ collection: 'requests', id, kind: 'different', fields: ['status'] }],
  });
  expect((await RequestProjectionModel.findById(id).lean())?.status).toBe('rejected');
  await reconcileRequests(stack.temporal, { since });
  expect((await RequestProjectionModel.findById(id).lean())?.status).toBe('in_progress');
});
