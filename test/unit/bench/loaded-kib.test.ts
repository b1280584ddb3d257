import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeKiB, loadedKiB } from '../../../bench/esbuild-bundle';

describe('loadedKiB: what a route’s cold start reads of a split HTTP function', () => {
  const dir = mkdtempSync(join(tmpdir(), 'loaded-kib-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'chunks'));
  const write = (name: string, code: string, padKiB: number) => writeFileSync(join(dir, name), code + ' '.repeat(padKiB * 1024 - code.length));
  // As esbuild writes them: the entry imports what every route shares; each route's chunk is a lazy import().
  write('index.mjs', 'import{a as s}from"./chunks/shared.mjs";export const handler=s({"GET /a":()=>import("./chunks/a.mjs"),"GET /b":()=>import("./chunks/b.mjs")});', 2);
  write('chunks/shared.mjs', 'export const a=1;', 10);
  write('chunks/a.mjs', 'import"./util.mjs";import{a}from"./shared.mjs";export const handler=a;', 20);
  write('chunks/util.mjs', 'export const u=1;', 5);
  write('chunks/b.mjs', 'export const handler=2;', 200);

  it('counts the entry, the route’s chunk and what they import, once each, and not the other routes’ chunks', () => {
    expect(loadedKiB(join(dir, 'index.mjs'), 'GET /a')).toBe(2 + 10 + 20 + 5);
    expect(loadedKiB(join(dir, 'index.mjs'), 'GET /b')).toBe(2 + 10 + 200);
    expect(codeKiB(join(dir, 'index.mjs'))).toBe(2 + 10 + 20 + 5 + 200);
  });

  it('is undefined for a key the entry has no lazy import for (a one-file bundle)', () => {
    expect(loadedKiB(join(dir, 'index.mjs'), 'GET /c')).toBeUndefined();
  });
});
