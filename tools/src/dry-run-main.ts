import { readFile } from 'node:fs/promises';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { seedProcesses, validateProcessDefinition, type ProcessDefinition } from '@tongban/workflows';
import { dryRun, type DryRunCase } from '@tongban/workflows/dry-run';
import { ensureTestServer } from './toolchain';

/**
 * `npm run dry-run -- <definition.json | seed process key> [cases.json] [--act-after N]`:
 * runs a process definition on the time-skipping test server with generated
 * people and prints, per case of form data, the path, the deadlines, the
 * warnings, the escalations and the working days it took.
 */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const args = process.argv.slice(2);
  const actAfterIndex = args.indexOf('--act-after');
  const actAfterWorkingDays = actAfterIndex >= 0 ? Number(args.splice(actAfterIndex, 2)[1]) : 1;
  const [source, casesFile] = args;
  if (!source || !Number.isInteger(actAfterWorkingDays) || actAfterWorkingDays < 0) {
    console.error('usage: npm run dry-run -- <definition.json | seed process key> [cases.json] [--act-after N]');
    process.exit(2);
  }
  const definition = await loadDefinition(source);
  const validation = validateProcessDefinition(definition);
  if (!validation.valid) {
    for (const problem of validation.problems) console.error(`${problem.path} ${problem.message}`);
    process.exit(1);
  }
  const cases = casesFile ? (JSON.parse(await readFile(casesFile, 'utf8')) as DryRunCase[]) : undefined;
  const reports = await dryRun(definition, {
    testServerPath: await ensureTestServer(),
    actAfterWorkingDays,
    ...(cases ? { cases } : {}),
  });
  for (const report of reports) {
    console.log(`\n${definition.name.zh} — ${report.case}: ${report.status}, ${report.workingDays ?? '—'} 个工作日`);
    console.table(
      report.path.map((step) => ({
        步骤: step.name,
        状态: step.status,
        开始: step.startedAt ?? '',
        结束: step.endedAt ?? '',
        时限: step.dueAt ?? '',
        计时: step.clockLevel ?? '',
      })),
    );
    if (report.warnings.length) console.log(`预警 warnings: ${report.warnings.join(', ')}`);
    if (report.escalations.length) console.log(`上报 escalations: ${report.escalations.join(', ')}`);
  }
}

async function loadDefinition(source: string): Promise<ProcessDefinition> {
  if (source.endsWith('.json')) return JSON.parse(await readFile(source, 'utf8')) as ProcessDefinition;
  const seeded = seedProcesses
    .filter((definition) => definition.key === source)
    .sort((a, b) => b.version - a.version)[0];
  if (!seeded) throw new Error(`no seed process ${source}; give a definition file instead`);
  return seeded;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
