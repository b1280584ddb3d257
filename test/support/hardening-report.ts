import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The hardening suites (issue 9) each leave their figures here, so one script (`npm run report:hardening`)
 * can turn the last run into the table of docs/hardening.md: the table is produced by the suites, never typed.
 */
export interface HardeningFigures {
  /** The suite's name as the table shows it, e.g. "Fuzzing from the contract". */
  suite: string;
  /** Label → count, e.g. { "cases": 12400, "operations": 62 }. */
  figures: Record<string, number>;
  /** Findings fixed or still open, one line each. */
  notes?: string[];
}

export const HARDENING_RESULTS_DIR = join(process.cwd(), 'test-results', 'hardening');

export const recordHardeningFigures = (id: string, report: HardeningFigures): void => {
  mkdirSync(HARDENING_RESULTS_DIR, { recursive: true });
  writeFileSync(join(HARDENING_RESULTS_DIR, `${id}.json`), `${JSON.stringify({ ...report, recordedAt: new Date().toISOString() }, null, 2)}\n`);
};
