import { ADMINISTRATION_ACTIONS } from '@tongban/workflows/administration-vocabulary';
import type { AuditEntry } from '../api/audit';
import { formatDateTime } from './format-date-time';
import type { LabelKey } from './timeline-label';

const ADMINISTRATIVE = new Set<string>(ADMINISTRATION_ACTIONS);

/** The label of an action: administrative ones under `audit.actions`, a request's under `timelineAction`. */
export function auditActionKey(action: string): string {
  return ADMINISTRATIVE.has(action) ? `audit.actions.${action}` : `timelineAction.${action}`;
}

/** One line of what an administrative change did: a field and its values, or a fixed note. */
export type ChangeLine =
  { kind: 'field'; field: string; before: string; after: string } | { kind: 'note'; label: LabelKey };

/** How values read in the viewer's language: yes and no (an account's `active`), and codes by field (roles, kinds, statuses). */
export interface ValueWords {
  yes: string;
  no: string;
  /** Between the items of a list: 、 in Chinese, a comma in English. */
  listSeparator: string;
  /** The label of a code in a field, or the code itself. */
  code(field: string, value: string): string;
}

/**
 * What an administrative entry's `detail` says, as lines to show: each
 * changed field with before → after (absent values as "—", lists joined,
 * a zh/en name by its Chinese, other objects as compact JSON), then the
 * parts of a definition too long to copy, "password changed" and a
 * lockout's end. Request entries have none here (their comment says it).
 */
export function auditChangeLines(entry: Pick<AuditEntry, 'chain' | 'detail'>, words: ValueWords): ChangeLine[] {
  if (entry.chain !== 'administration' || !entry.detail) return [];
  const lines: ChangeLine[] = [];
  const changes = entry.detail.changes;
  if (changes && typeof changes === 'object') {
    for (const [field, change] of Object.entries(changes as Record<string, { before?: unknown; after?: unknown }>))
      lines.push({
        kind: 'field',
        field,
        before: shown(field, change?.before, words),
        after: shown(field, change?.after, words),
      });
  }
  const changedKeys = entry.detail.changedKeys;
  if (Array.isArray(changedKeys)) {
    // Parts of a definition too long to copy into the entry are named only.
    const long = changedKeys.filter(
      (key) => typeof key === 'string' && !lines.some((line) => line.kind === 'field' && line.field === key),
    );
    if (long.length > 0)
      lines.push({
        kind: 'note',
        label: { key: 'audit.changedParts', values: { parts: long.join(words.listSeparator) } },
      });
  }
  // Recorded after the API stopped between the change and its entry: it may not have landed.
  if (entry.detail.unconfirmed === true) lines.push({ kind: 'note', label: { key: 'audit.unconfirmed', values: {} } });
  if (entry.detail.passwordChanged === true)
    lines.push({ kind: 'note', label: { key: 'audit.passwordChanged', values: {} } });
  if (typeof entry.detail.lockedUntil === 'string')
    lines.push({
      kind: 'note',
      label: { key: 'audit.lockedUntil', values: { time: formatDateTime(entry.detail.lockedUntil) } },
    });
  return lines;
}

function shown(field: string, value: unknown, words: ValueWords): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return words.code(field, value);
  if (Array.isArray(value))
    return value
      .map((item) => (typeof item === 'string' ? words.code(field, item) : JSON.stringify(item)))
      .join(words.listSeparator);
  if (typeof value === 'object') {
    const localized = value as { zh?: unknown };
    return typeof localized.zh === 'string' ? localized.zh : JSON.stringify(value);
  }
  return String(value);
}
