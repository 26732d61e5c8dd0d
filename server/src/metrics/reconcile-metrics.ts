import { Counter, type Registry } from 'prom-client';

/** What the reconciliation counts: requests it checked, and what it repaired. */
export interface ReconcileMetrics {
  checked: Counter;
  /** One per drifted document, by collection (`requests`, `tasks`) and kind (`missing`, `different`). */
  repaired: Counter<'collection' | 'kind'>;
}

export function createReconcileMetrics(registry: Registry): ReconcileMetrics {
  return {
    checked: new Counter({
      name: 'tongban_reconcile_checked_total',
      help: 'Open requests whose projection the reconciliation compared with their workflow state',
      registers: [registry],
    }),
    repaired: new Counter({
      name: 'tongban_reconcile_repaired_total',
      help: 'Projection documents the reconciliation found drifted from the workflow state and rewrote, by collection and kind',
      labelNames: ['collection', 'kind'] as const,
      registers: [registry],
    }),
  };
}
