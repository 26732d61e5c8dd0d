import { Router } from 'express';
import { requireUser, signedIn } from '../auth/current-user';
import { auditExportQuery, auditListQuery, auditVerifyQuery } from '../http/audit-schemas';
import { requestLanguage } from '../http/language';
import { parseInput } from '../http/parse-input';
import { exportAuditCsv } from './export-audit-csv';
import { exportAuditXlsx } from './export-audit-xlsx';
import { listAudit } from './list-audit';
import { verifyAudit } from './verify-audit';

/** `/audit`: the hash-chained log, for supervisors, auditors and administrators. */
export function auditRoutes(): Router {
  const router = Router();
  router.use(requireUser);

  router.get('/', async (req, res) => {
    res.json(await listAudit(signedIn(req).ability, parseInput(auditListQuery, req.query, req)));
  });

  router.get('/verify', async (req, res) => {
    res.json(await verifyAudit(signedIn(req).ability, parseInput(auditVerifyQuery, req.query, req)));
  });

  router.get('/export.csv', async (req, res) => {
    const filter = parseInput(auditExportQuery, req.query, req);
    await exportAuditCsv(signedIn(req).ability, filter, requestLanguage(req), res);
  });

  router.get('/export.xlsx', async (req, res) => {
    const filter = parseInput(auditExportQuery, req.query, req);
    await exportAuditXlsx(signedIn(req).ability, filter, requestLanguage(req), res);
  });

  return router;
}
