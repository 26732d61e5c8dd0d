import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { localized, type Language } from '../http/language';

/** The media type of an `.xlsx` workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Rows at most per spreadsheet export; a narrower filter gets the rest (the last row says so). */
export const MAX_XLSX_ROWS = 100_000;

/** One column of an export: its header in both languages and how a row fills it. */
export interface XlsxColumn<Row> {
  zh: string;
  en: string;
  /** In characters; default 16. */
  width?: number;
  value: (row: Row, language: Language) => string | number | null | undefined;
}

/** What to export and how to call the file. */
export interface XlsxExport<Row> {
  /** The file name's stem, ASCII: `requests` becomes `requests-20261207.xlsx`. */
  fileStem: string;
  sheetName: { zh: string; en: string };
  columns: readonly XlsxColumn<Row>[];
  /** In the order they are to appear; read lazily, one at a time, so a cursor never sits in memory. */
  rows: AsyncIterable<Row>;
  language: Language;
}

/**
 * Streams a one-sheet workbook to the response as the rows arrive: ExcelJS's
 * streaming writer without the shared-strings table (which would keep every
 * string in memory), pausing while the client reads slower than the database
 * answers. At most `MAX_XLSX_ROWS` rows; if there were more, a last row says
 * so. An error once bytes have gone out can no longer become a JSON error:
 * the connection is cut, so the client sees a failed download, not a short file.
 */
export async function streamXlsx<Row>(res: Response, spec: XlsxExport<Row>): Promise<void> {
  const { columns, language } = spec;
  res.status(200);
  res.type(XLSX_TYPE);
  res.attachment(`${spec.fileStem}-${chinaDateStamp(new Date())}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: true });
  try {
    const sheet = workbook.addWorksheet(localized(spec.sheetName, language), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = columns.map((column) => ({ width: column.width ?? 16 }));
    const header = sheet.addRow(columns.map((column) => (language === 'en' ? column.en : column.zh)));
    header.font = { bold: true };
    header.commit();
    let written = 0;
    for await (const row of spec.rows) {
      if (written === MAX_XLSX_ROWS) {
        sheet.addRow([truncationNote(language)]).commit();
        break;
      }
      sheet.addRow(columns.map((column) => column.value(row, language) ?? null)).commit();
      written += 1;
      if (res.writableNeedDrain && !(await drained(res))) return;
    }
    sheet.commit();
    await workbook.commit();
  } catch (error) {
    if (!res.headersSent) throw error;
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

function truncationNote(language: Language): string {
  return language === 'en'
    ? `Only the first ${MAX_XLSX_ROWS} rows are exported: narrow the filters to export the rest.`
    : `仅导出前 ${MAX_XLSX_ROWS} 行，请缩小筛选范围后分批导出。`;
}

/** Resolves true once the response takes more bytes, false if the client went away meanwhile. */
async function drained(res: Response): Promise<boolean> {
  const ac = new AbortController();
  try {
    return await Promise.race([
      once(res, 'drain', { signal: ac.signal }).then(() => true),
      once(res, 'close', { signal: ac.signal }).then(() => false),
    ]);
  } finally {
    ac.abort();
  }
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** `2026-12-07 11:49:41`: an instant as a clock in China reads it (UTC+8, no daylight saving). */
export function chinaDateTime(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return new Date(at + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

function chinaDateStamp(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

/** Maps each item of an async iterable as it is read. */
export async function* mapRows<From, To>(source: AsyncIterable<From>, map: (item: From) => To): AsyncIterable<To> {
  for await (const item of source) yield map(item);
}
