import { Router } from 'express';
import { requireUser, signedIn } from '../auth/current-user';
import { auditExportQuery } from '../http/audit-schemas';
import { requestLanguage } from '../http/language';
import { parseInput } from '../http/parse-input';
import { exportAuditXlsx } from './export-audit-xlsx';

/** `/audit/export.xlsx`: the log as a workbook, for supervisors, auditors and administrators. */
export function auditRoutes(): Router {
  const router = Router();

  router.get('/export.xlsx', requireUser, async (req, res) => {
    const filter = parseInput(auditExportQuery, req.query, req);
    await exportAuditXlsx(signedIn(req).ability, filter, requestLanguage(req), res);
  });

  return router;
}
