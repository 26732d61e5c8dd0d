import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { requestQuery } from '../api/requests';
import type { RequestDetail } from '../api/types';
import { PageError } from '../components/PageError';
import { PageLoading } from '../components/PageLoading';
import { filledSteps } from '../lib/filled-steps';
import { formDataRows, type DataRow } from '../lib/form-data-rows';
import { formatDateTime } from '../lib/format-date-time';
import { timelineLabel } from '../lib/timeline-label';

// Print styles: A4 with margins, no screen chrome, tables that do not split a row across pages.
const PRINT_CSS = `
.print-sheet { max-width: 800px; margin: 24px auto; padding: 32px; background: #fff; color: #000;
  font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 14px; line-height: 1.6; }
.print-sheet h1 { text-align: center; font-size: 22px; letter-spacing: 4px; margin: 0 0 4px; }
.print-sheet .print-sub { text-align: center; margin-bottom: 16px; }
.print-sheet h2 { font-size: 15px; margin: 18px 0 6px; border-left: 4px solid #000; padding-left: 6px; }
.print-sheet table { width: 100%; border-collapse: collapse; }
.print-sheet th, .print-sheet td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; word-break: break-all; }
.print-sheet th { width: 28%; font-weight: normal; background: #f5f5f5; }
.print-sheet tr { page-break-inside: avoid; break-inside: avoid; }
.print-sheet .print-foot { margin-top: 24px; display: flex; justify-content: space-between; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { background: #fff !important; }
  .no-print { display: none !important; }
  .print-sheet { margin: 0; padding: 0; max-width: none; }
  .print-sheet th { background: none; }
}
@media (max-width: 600px) { .print-sheet { padding: 12px; margin: 0; } }
`;

function DataRows({ rows }: { rows: DataRow[] }) {
  return (
    <table>
      <tbody>
        {rows.map((row, index) =>
          row.type === 'field' ? (
            <tr key={index}>
              <th style={{ paddingLeft: 6 + row.depth * 16 }}>{row.label}</th>
              <td style={{ whiteSpace: 'pre-wrap' }}>{row.value}</td>
            </tr>
          ) : row.type === 'heading' ? (
            <tr key={index}>
              <td colSpan={2} style={{ fontWeight: 'bold', paddingLeft: 6 + row.depth * 16 }}>
                {row.label}
              </td>
            </tr>
          ) : (
            <tr key={index}>
              <th style={{ paddingLeft: 6 + row.depth * 16 }}>{row.label}</th>
              <td style={{ padding: 0 }}>
                <table>
                  <thead>
                    <tr>
                      {row.columns.map((column) => (
                        <th key={column} style={{ width: 'auto' }}>
                          {column}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {row.rows.map((line, lineIndex) => (
                      <tr key={lineIndex}>
                        {line.map((cell, cellIndex) => (
                          <td key={cellIndex}>{cell}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** The sheet itself: who applied for what, the form's content, the steps and every decision. */
export function RequestSheet({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const rows = request.form
    ? formDataRows(
        request.form.schema as Record<string, unknown>,
        request.form.uiSchema as Record<string, unknown>,
        request.data,
      )
    : [];
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <h1>{t('print.title')}</h1>
      <div className="print-sub">{request.processName}</div>
      <table>
        <tbody>
          <tr>
            <th>{t('detail.requestNo')}</th>
            <td>{request.number ?? request.id}</td>
          </tr>
          <tr>
            <th>{t('detail.applicant')}</th>
            <td>{request.applicant.orgName}</td>
          </tr>
          <tr>
            <th>{t('detail.applicantUser')}</th>
            <td>{request.applicant.displayName}</td>
          </tr>
          {request.filedBy ? (
            <tr>
              <th>{t('detail.filedBy')}</th>
              <td>{`${request.filedBy.displayName}（${request.filedBy.orgName}）`}</td>
            </tr>
          ) : null}
          <tr>
            <th>{t('detail.submittedAt')}</th>
            <td>{formatDateTime(request.createdAt)}</td>
          </tr>
          <tr>
            <th>{t('print.status')}</th>
            <td>{t(`requestStatus.${request.status}`)}</td>
          </tr>
          {request.completedAt ? (
            <tr>
              <th>{t('detail.completedAt')}</th>
              <td>{formatDateTime(request.completedAt)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <h2>{t('print.content')}</h2>
      {rows.length > 0 ? <DataRows rows={rows} /> : <p>{t('detail.noForm')}</p>}
      {filledSteps(request).map(({ step, form, data }) => (
        <section key={step.id}>
          <h2>
            {step.name} · {form.title}
          </h2>
          <DataRows
            rows={formDataRows(
              form.schema as Record<string, unknown>,
              (form.uiSchema ?? {}) as Record<string, unknown>,
              data,
            )}
          />
        </section>
      ))}
      <h2>{t('print.history')}</h2>
      <table>
        <thead>
          <tr>
            <th style={{ width: '22%' }}>{t('print.time')}</th>
            <th style={{ width: '18%' }}>{t('print.step')}</th>
            <th style={{ width: '22%' }}>{t('print.actor')}</th>
            <th style={{ width: 'auto' }}>{t('print.action')}</th>
          </tr>
        </thead>
        <tbody>
          {request.timeline.map((entry, index) => {
            const { key, values } = timelineLabel(entry, request.steps);
            return (
              <tr key={entry.seq ?? index}>
                <td>{formatDateTime(entry.at)}</td>
                <td>{entry.stepName ?? '—'}</td>
                <td>{entry.actor ? `${entry.actor.displayName}（${entry.actor.orgName}）` : t('detail.system')}</td>
                <td>
                  {t(key, { ...values, defaultValue: entry.action })}
                  {entry.comment ? `：${entry.comment}` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="print-foot">
        <span>{t('print.printedAt', { at: formatDateTime(new Date().toISOString()) })}</span>
        <span>{t('print.seal')}</span>
      </div>
    </article>
  );
}

/** 办件单 at `/requests/:id/print`: the request on one clean sheet, printed (or saved as PDF) from the browser. */
export default function RequestPrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { requestId = '' } = useParams<{ requestId: string }>();
  const request = useQuery(requestQuery(requestId));
  return (
    <>
      <style>{PRINT_CSS}</style>
      {request.data ? <title>{`${t('print.title')} - ${request.data.processName}`}</title> : null}
      <Flex className="no-print" gap={8} justify="center" style={{ padding: 12 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!request.data}>
          {t('print.print')}
        </Button>
        <Button onClick={() => void navigate(`/requests/${encodeURIComponent(requestId)}`)}>{t('common.back')}</Button>
      </Flex>
      {request.isPending ? (
        <PageLoading />
      ) : request.isError ? (
        <PageError error={request.error} onRetry={() => void request.refetch()} />
      ) : (
        <RequestSheet request={request.data} />
      )}
    </>
  );
}
