import { loadHandler } from '../handler-loader';
import type { LocalPlatform } from '../local-platform';
import { startDemoAgent } from './demo-agent';
import { demoFolder, demoSettings } from './demo-settings';
import { formatDemoSummary } from './demo-summary';
import { seedDemo } from './seed-demo';

/**
 * The demo's part of `npm start`: the demo agent always (it idles until a seed writes its token, then keeps
 * the demo node heartbeating while the platform runs), and with `--demo` the seed itself, through the HTTP
 * API of the platform just started, its summary printed when done.
 */
export const startLocalDemo = (platform: LocalPlatform, options: { dataDir: string; seed: boolean }) => {
  const demoDir = demoFolder(options.dataDir);
  // Loaded now, not at the first heartbeat: Ctrl-C stops tsx's transform service with the rest of the
  // process group, and the draining heartbeat sent on the way out must not need it.
  void loadHandler('agent/heartbeat').catch(() => undefined);
  const agent = startDemoAgent({
    apiUrl: platform.url,
    demoDir,
    // Only the simulated cluster has a Node of that name; on a real cluster the real agent reports real nodes.
    ...(platform.kubernetes?.simulated ? { kubeconfigPath: platform.kubernetes.kubeconfigPath } : {}),
  });
  let stopping = false;
  const seeding = options.seed
    ? seedDemo({
        apiUrl: platform.url,
        demoDir,
        mailDir: platform.mailDir,
        adminToken: () => platform.mintAdminToken({ email: demoSettings.adminEmail, minutes: 15 }),
        agentFileChanged: () => agent.refresh(),
        progress: (line) => console.log(`demo: ${line}`),
      }).then(
        (report) => console.log(formatDemoSummary(report, { apiUrl: platform.url, dataDir: options.dataDir, kubeconfigPath: platform.kubernetes?.kubeconfigPath })),
        (error: Error) => {
          if (!stopping) console.error(`The demo could not be seeded: ${error.message}`);
        },
      )
    : Promise.resolve();
  return {
    seeding,
    stop: async () => {
      stopping = true;
      await agent.stop();
    },
  };
};
