import type { ColdStartResult } from './cold-start';
import { median, round } from './stats';

/** Issue 21's targets for a cold start, as ratios to the do-nothing bundle of the same run. */
export const COLD_START_TARGETS = { maxRatio: 1.5, maxRatioWithCluster: 2.5, maxHttpBundleKiB: 300 } as const;

export interface ColdStartKinds {
  /** Handler modules that talk to Kubernetes (infra/aws/function-access.ts `clusterHandlers`). */
  cluster: ReadonlySet<string>;
  /** Handler modules behind an HTTP route. */
  http: ReadonlySet<string>;
}

interface Figures {
  ratio: number;
  sizeKiB: number;
  /** What the route's cold start reads of a split function; the whole bundle when absent. */
  loadedKiB?: number;
}

const summarise = (rows: Array<{ handler: string; function?: string } & Figures>, kinds: ColdStartKinds) => {
  const within = rows.filter((r) => r.ratio <= (kinds.cluster.has(r.handler) ? COLD_START_TARGETS.maxRatioWithCluster : COLD_START_TARGETS.maxRatio));
  // A bundle is counted once, however many routes' cold starts ran it (an HTTP function serves a group).
  const http = [...new Map(rows.filter((r) => kinds.http.has(r.handler)).map((r) => [r.function ?? r.handler, r])).values()];
  // What each route's cold start reads: of a split function, its entry and its own chunks only.
  const routeKiB = rows.filter((r) => kinds.http.has(r.handler)).map((r) => r.loadedKiB ?? r.sizeKiB);
  const ratios = (cluster: boolean) => rows.filter((r) => kinds.cluster.has(r.handler) === cluster).map((r) => r.ratio);
  return {
    functions: rows.length,
    withinRatioTarget: within.length,
    httpBundles: http.length,
    httpBundlesWithinSize: http.filter((r) => r.sizeKiB <= COLD_START_TARGETS.maxHttpBundleKiB).length,
    medianRatio: round(median(ratios(false)), 2),
    medianRatioWithCluster: round(median(ratios(true)), 2),
    maxRatio: round(Math.max(...ratios(false)), 2),
    maxRatioWithCluster: round(Math.max(...ratios(true)), 2),
    medianHttpKiB: round(median(http.map((r) => r.sizeKiB)), 1),
    httpRoutes: routeKiB.length,
    httpRoutesLoadingWithinSize: routeKiB.filter((kib) => kib <= COLD_START_TARGETS.maxHttpBundleKiB).length,
    medianRouteLoadedKiB: round(median(routeKiB), 1),
  };
};

/**
 * How the functions stand against the targets, now and (when the run measured them) at the earlier commit:
 * counted over the functions both have, so the two columns compare the same set.
 */
export const coldStartTargetSummary = (results: readonly ColdStartResult[], kinds: ColdStartKinds) => {
  const functions = results.filter((r) => r.source !== 'baseline' && r.source !== 'floor');
  const floor = results.find((r) => r.source === 'floor' && r.handler === 'floor');
  const floorParts = results.filter((r) => r.source === 'floor' && r.handler !== 'floor');
  const compared = functions.filter((r) => r.before && !r.before.failure);
  return {
    targets: COLD_START_TARGETS,
    /** The platform's DynamoDB client and zod alone (bench/fixtures/floor-handler.ts): what no function keeping them goes below. */
    floor: floor && { ratio: floor.ratio, sizeKiB: floor.sizeKiB },
    /** Its parts, each alone (bench/fixtures/floor-parts): a request with no library, the client without zod, zod without a request. */
    floorParts: floorParts.map((part) => ({ part: part.handler.replace(/^floor\//, ''), ratio: part.ratio, sizeKiB: part.sizeKiB })),
    after: summarise(functions.map((r) => ({ handler: r.handler, function: r.function, ratio: r.ratio, sizeKiB: r.sizeKiB, loadedKiB: r.loadedKiB })), kinds),
    ...(compared.length
      ? {
          // Over the functions the earlier commit also has, so before and after count the same set.
          afterOfCompared: summarise(compared.map((r) => ({ handler: r.handler, function: r.function, ratio: r.ratio, sizeKiB: r.sizeKiB, loadedKiB: r.loadedKiB })), kinds),
          before: summarise(compared.map((r) => ({ handler: r.handler, ratio: r.before!.ratio, sizeKiB: r.before!.sizeKiB })), kinds),
        }
      : {}),
  };
};

export const coldStartTargetLines = (summary: ReturnType<typeof coldStartTargetSummary>, beforeLabel?: string): string => {
  const t = summary.targets;
  const line = (label: string, s: ReturnType<typeof summarise>) =>
    `${label}: ${s.withinRatioTarget}/${s.functions} cold starts (one per handler module, through its function) within their ratio target (<= ${t.maxRatio} x, <= ${t.maxRatioWithCluster} x with Kubernetes); ` +
    `median ${s.medianRatio} x (max ${s.maxRatio}) without Kubernetes, ${s.medianRatioWithCluster} x (max ${s.maxRatioWithCluster}) with; ` +
    `${s.httpBundlesWithinSize}/${s.httpBundles} HTTP bundles <= ${t.maxHttpBundleKiB} KiB (median ${s.medianHttpKiB} KiB, every chunk counted); ` +
    `${s.httpRoutesLoadingWithinSize}/${s.httpRoutes} routes whose cold start reads <= ${t.maxHttpBundleKiB} KiB (median ${s.medianRouteLoadedKiB} KiB)`;
  return [
    ...(summary.floor
      ? [`Floor: the platform's DynamoDB client and zod alone (${summary.floor.sizeKiB} KiB) start in ${summary.floor.ratio} x the do-nothing bundle`]
      : []),
    ...(summary.floorParts.length ? [`  its parts, each alone: ${summary.floorParts.map((p) => `${p.part} ${p.ratio} x (${p.sizeKiB} KiB)`).join(', ')}`] : []),
    line('Cold-start targets now', summary.after),
    ...(summary.before && summary.afterOfCompared
      ? [line(`  the same functions now`, summary.afterOfCompared), line(`  the same functions at ${beforeLabel ?? 'the earlier commit'}`, summary.before)]
      : []),
  ].join('\n');
};
