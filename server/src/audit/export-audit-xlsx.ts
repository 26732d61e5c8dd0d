import type { AuditEvent } from '@tongban/store';
import type { Response } from 'express';
import type { AppAbility } from '../auth/define-abilities';
import { chinaDateTime, MAX_XLSX_ROWS, streamXlsx, type XlsxColumn } from '../exports/stream-xlsx';
import type { AuditFilterInput } from '../http/audit-schemas';
import type { Language } from '../http/language';
import { AUDIT_COLUMNS, auditExportCursor } from './export-audit-csv';
import { requireAuditReader } from './list-audit';

/** The CSV's columns, the time in China time (the CSV keeps the stored UTC instant). */
const COLUMNS: readonly XlsxColumn<AuditEvent>[] = AUDIT_COLUMNS.map((column, index) => ({
  zh: column.zh,
  en: column.en,
  width: index === 0 ? 20 : 16,
  value:
    index === 0
      ? (event: AuditEvent) => chinaDateTime(event.at)
      : (event: AuditEvent, language: Language) => cellOf(column.value(event, language)),
}));

function cellOf(value: unknown): string | number | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'number' ? value : String(value);
}

/**
 * `GET /audit/export.xlsx`: the filtered audit log as a workbook, oldest first
 * as the CSV, with its columns. Strings are cells, never formulas, so nothing
 * needs defusing as the CSV does.
 */
export async function exportAuditXlsx(
  ability: AppAbility,
  filter: AuditFilterInput,
  language: Language,
  res: Response,
): Promise<void> {
  requireAuditReader(ability);
  const cursor = await auditExportCursor(filter, MAX_XLSX_ROWS + 1);
  await streamXlsx(res, {
    fileStem: 'audit',
    sheetName: { zh: '审计日志', en: 'Audit log' },
    columns: COLUMNS,
    rows: cursor as AsyncIterable<AuditEvent>,
    language,
  });
}
