import { allPages, demoClient, expectData } from './demo-api';
import { readAgentFile, tokenIdOf, writeAgentFile } from './demo-agent-file';
import { demoSettings } from './demo-settings';

/**
 * The demo agent token. The API shows a token once, so the seed keeps it in `<data>/demo/agent.json` and
 * reuses it while the platform still knows it unrevoked. Otherwise (no file, a revoked or unknown token)
 * it creates one, writes the file, and revokes any older "demo" token it can no longer use, so there is
 * one live demo token, whatever happened to the folder.
 */
export const ensureDemoAgentToken = async (apiUrl: string, adminToken: () => Promise<string>, demoDir: string) => {
  const admin = demoClient(apiUrl, adminToken);
  const tokens = await allPages(async (cursor) =>
    expectData(await admin.GET('/v1/admin/agent-tokens', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } }), 'Listing agent tokens'),
  );
  const live = tokens.filter((token) => token.name === demoSettings.agentTokenName && !token.revokedAt);

  const file = readAgentFile(demoDir);
  const kept = file && live.find((token) => token.id === tokenIdOf(file.token));
  if (file && kept) {
    // The same token; the node name follows the settings should they change.
    if (file.nodeName !== demoSettings.nodeName) writeAgentFile(demoDir, { ...file, nodeName: demoSettings.nodeName });
    return { id: kept.id, name: kept.name, created: false, revoked: [] as string[] };
  }

  const created = expectData(await admin.POST('/v1/admin/agent-tokens', { body: { name: demoSettings.agentTokenName } }), 'Creating the demo agent token');
  writeAgentFile(demoDir, { token: created.token, nodeName: demoSettings.nodeName });
  const revoked: string[] = [];
  for (const stale of live) {
    const answer = await admin.DELETE('/v1/admin/agent-tokens/{id}', { params: { path: { id: stale.id } } });
    if (answer.response.status !== 204 && answer.response.status !== 404) expectData(answer, `Revoking the unusable demo token ${stale.id}`);
    revoked.push(stale.id);
  }
  return { id: created.id, name: created.name, created: true, revoked };
};
