import { describe, expect, it } from 'vitest';
import type { ColdStartResult } from '../../../bench/cold-start';
import { coldStartTargetLines, coldStartTargetSummary } from '../../../bench/cold-start-targets';

const result = (handler: string, ratio: number, sizeKiB: number, before?: { ratio: number; sizeKiB: number }, fn = handler): ColdStartResult => ({
  handler,
  function: fn,
  source: handler === 'baseline' ? 'baseline' : handler === 'floor' || handler.startsWith('floor/') ? 'floor' : 'esbuild',
  invocation: '-',
  outcome: '200',
  sizeKiB,
  medianMs: { total: ratio * 40, boot: 20, import: 10, invoke: 1 },
  ratio,
  samplesMs: [],
  ...(before ? { before: { ...before, totalMs: before.ratio * 40 } } : {}),
});

const kinds = { cluster: new Set(['jobs/k8s']), http: new Set(['api/small', 'api/big']) };

describe('coldStartTargetSummary', () => {
  it('holds each function to its own ratio target (2.5 x with Kubernetes, 1.5 x without) and HTTP bundles to 300 KiB', () => {
    const summary = coldStartTargetSummary(
      [result('baseline', 1, 0.2), result('floor', 2.1, 420), result('api/small', 1.4, 250), result('api/big', 1.6, 420), result('jobs/k8s', 2.4, 900), result('queue/consumer', 1.5, 500)],
      kinds,
    );
    expect(summary.floor).toEqual({ ratio: 2.1, sizeKiB: 420 });
    expect(summary.floorParts).toEqual([]);
    expect(summary.after).toMatchObject({ functions: 4, withinRatioTarget: 3, httpBundles: 2, httpBundlesWithinSize: 1, maxRatio: 1.6, maxRatioWithCluster: 2.4 });
    expect(summary.before).toBeUndefined();
  });

  it("shows the floor's parts beside it, and counts none of them as a function", () => {
    const summary = coldStartTargetSummary(
      [result('baseline', 1, 0.2), result('floor/request-alone', 1.37, 0.9), result('floor', 1.64, 105), result('floor/zod-alone', 1.33, 60), result('api/small', 1.4, 250)],
      kinds,
    );
    expect(summary.floor).toEqual({ ratio: 1.64, sizeKiB: 105 });
    expect(summary.floorParts).toEqual([
      { part: 'request-alone', ratio: 1.37, sizeKiB: 0.9 },
      { part: 'zod-alone', ratio: 1.33, sizeKiB: 60 },
    ]);
    expect(summary.after).toMatchObject({ functions: 1 });
    expect(coldStartTargetLines(summary)).toContain('its parts, each alone: request-alone 1.37 x (0.9 KiB), zod-alone 1.33 x (60 KiB)');
  });

  it('counts an HTTP bundle once however many of its routes were cold-started through it', () => {
    const summary = coldStartTargetSummary(
      [result('baseline', 1, 0.2), result('api/small', 1.4, 420, undefined, 'customer-api/writes'), result('api/big', 1.6, 420, undefined, 'customer-api/writes')],
      kinds,
    );
    expect(summary.after).toMatchObject({ functions: 2, withinRatioTarget: 1, httpBundles: 1, httpBundlesWithinSize: 0, medianHttpKiB: 420 });
  });

  it('counts what each route’s cold start reads of a split function apart from the whole bundle', () => {
    const split = (handler: string, loadedKiB: number) => ({ ...result(handler, 1.4, 1200, undefined, 'customer-api/writes'), loadedKiB });
    const summary = coldStartTargetSummary([result('baseline', 1, 0.2), split('api/small', 240), split('api/big', 320)], kinds);
    expect(summary.after).toMatchObject({ httpBundles: 1, httpBundlesWithinSize: 0, httpRoutes: 2, httpRoutesLoadingWithinSize: 1, medianRouteLoadedKiB: 280 });
    expect(coldStartTargetLines(summary)).toContain('1/2 routes whose cold start reads <= 300 KiB (median 280 KiB)');
  });

  it('compares before and after over the functions both commits have', () => {
    const summary = coldStartTargetSummary(
      [result('baseline', 1, 0.2), result('api/small', 1.4, 250, { ratio: 2.8, sizeKiB: 560 }), result('api/big', 1.6, 420), result('jobs/k8s', 2.4, 900, { ratio: 5, sizeKiB: 2600 })],
      kinds,
    );
    expect(summary.before).toMatchObject({ functions: 2, withinRatioTarget: 0, httpBundlesWithinSize: 0 });
    expect(summary.afterOfCompared).toMatchObject({ functions: 2, withinRatioTarget: 2, httpBundlesWithinSize: 1 });
    expect(coldStartTargetLines(summary, 'abc1234')).toContain('the same functions at abc1234: 0/2 cold starts (one per handler module, through its function) within their ratio target');
  });
});
