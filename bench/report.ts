import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes the figures as JSON, creating the folder (bench/results/ is git-ignored). */
export const writeResults = (file: string, results: unknown): void => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
};

type Cell = string | number | undefined;

/** A plain aligned text table; numbers are right-aligned. */
export const table = (title: string, headers: string[], rows: Cell[][]): string => {
  const text = (cell: Cell) => (cell === undefined || (typeof cell === 'number' && Number.isNaN(cell)) ? '-' : String(cell));
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => text(r[i]).length)));
  const line = (cells: Cell[], numeric: boolean[]) =>
    cells.map((c, i) => (numeric[i] ? text(c).padStart(widths[i]!) : text(c).padEnd(widths[i]!))).join('  ').trimEnd();
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === undefined));
  return [title, line(headers, numeric), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(r, numeric))].join('\n');
};
