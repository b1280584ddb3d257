import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HARDENING_RESULTS_DIR, type HardeningFigures } from '../../support/hardening-report';

/**
 * `npm run report:hardening`: turns the figures the hardening suites left in test-results/hardening/ (by the
 * last `npm test`) into docs/hardening.md, so the table in the docs is what the suites measured, not typed.
 */
const outputPath = join(process.cwd(), 'docs', 'hardening.md');
if (!existsSync(HARDENING_RESULTS_DIR)) {
  console.error(`No figures in ${HARDENING_RESULTS_DIR}: run npm test first.`);
  process.exit(1);
}
const reports = readdirSync(HARDENING_RESULTS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ id: file.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(HARDENING_RESULTS_DIR, file), 'utf8')) as HardeningFigures & { recordedAt: string }) }));

const rows = reports.flatMap((report) =>
  Object.entries(report.figures).map(([label, value]) => `| ${report.suite} | \`${report.id}\` | ${label} | ${value.toLocaleString('en-US')} |`),
);
const notes = reports.flatMap((report) => (report.notes ?? []).map((note) => `- **${report.suite}** (\`${report.id}\`): ${note}`));
const lastRun = reports.map((report) => report.recordedAt).sort().at(-1);

writeFileSync(
  outputPath,
  [
    '# Hardening report',
    '',
    'Produced by the suites of issue 9 (`test/hardening/`, `test/infra/cdk-nag.test.ts`, `test/infra/npm-audit.test.ts`),',
    'which run in `npm test`; `npm run report:hardening` writes this file from the figures of the last run.',
    `Last run: ${lastRun}.`,
    '',
    '| Suite | Test | Figure | Value |',
    '| --- | --- | --- | ---: |',
    ...rows,
    '',
    '## Findings and notes',
    '',
    ...(notes.length > 0 ? notes : ['- none recorded']),
    '',
  ].join('\n'),
);
console.log(`Wrote ${outputPath}: ${reports.length} suites, ${rows.length} figures.`);
