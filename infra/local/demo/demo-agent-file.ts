import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { nodeNameSchema } from '../../../shared/workers/kubernetes-node-info';
import { parseAgentToken } from '../../../shared/workers/agent-token';

/**
 * `<data>/demo/agent.json`: the demo agent token and the node it speaks for. The API shows a token once,
 * so this file is how a second seed, and the platform's demo agent after a restart, get a valid one.
 */
const agentFileSchema = z.object({
  token: z.string().refine((token) => parseAgentToken(token) !== undefined, 'must be an agent token'),
  nodeName: nodeNameSchema,
});

export type DemoAgentFile = z.infer<typeof agentFileSchema>;

export const agentFilePath = (demoDir: string) => join(demoDir, 'agent.json');

/** The file's content, or undefined when it is missing or not what the seed writes (a new token is made then). */
export const readAgentFile = (demoDir: string): DemoAgentFile | undefined => {
  try {
    return agentFileSchema.parse(JSON.parse(readFileSync(agentFilePath(demoDir), 'utf8')));
  } catch {
    return undefined;
  }
};

/** Written readable by this user only, and renamed into place so a reader never sees half a file. */
export const writeAgentFile = (demoDir: string, content: DemoAgentFile) => {
  mkdirSync(demoDir, { recursive: true, mode: 0o700 });
  const temporary = `${agentFilePath(demoDir)}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, agentFilePath(demoDir));
};

export const tokenIdOf = (token: string) => parseAgentToken(token)?.id;
