import os from 'node:os';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as agent from '../../../agent/src/contract';
import { limits, nodeNamePattern, quantityPattern } from '../../../agent/src/contract';
import { createHostSampler } from '../../../agent/src/host-metrics';
import { toNodeInfo } from '../../../agent/src/kubernetes-node-info';
import { createLogger } from '../../../agent/src/log';
import { toNodeLabel } from '../../../agent/src/node-name';
import { heartbeatPayload, registerPayload } from '../../../agent/src/payloads';
import * as api from '../../../shared/workers/agent-contract';
import { kubernetesNodeSchema, nodeNameSchema } from '../../../shared/workers/kubernetes-node-info';
import { nodeFixture, procFixtureRoot } from './fixtures';

/**
 * The agent keeps its own copy of the contract (it may not import the API's code); this is where the two
 * are held together: what the agent builds from real figures passes the API's schemas, and the types match.
 */

const sampler = () => createHostSampler({ procRoot: procFixtureRoot, diskPath: os.tmpdir(), log: createLogger({ write: () => {} }) });
const identity = { nodeName: toNodeLabel(nodeFixture().metadata!.name!), agentVersion: '0.1.0' };

describe('the agent ↔ API contract', () => {
  it('sends a register body the API accepts, with and without Kubernetes figures', async () => {
    const system = await sampler().system();
    const kubernetes = toNodeInfo(nodeFixture(), 23);
    expect(api.registerNodeSchema.parse(registerPayload(identity, system, kubernetes))).toEqual(registerPayload(identity, system, kubernetes));
    expect(api.registerNodeSchema.safeParse(registerPayload(identity, system)).success).toBe(true);
  });

  it('sends heartbeats the API accepts, the draining one included', async () => {
    const host = sampler();
    const sample = await host.sample();
    const kubernetes = toNodeInfo(nodeFixture(), 23);
    const sentAt = new Date('2025-11-26T00:00:10Z');
    for (const body of [
      heartbeatPayload(identity, sample, { sentAt, kubernetes }),
      heartbeatPayload(identity, await host.sample(), { sentAt }),
      heartbeatPayload(identity, sample, { sentAt, draining: true, kubernetes }),
    ]) {
      const parsed = api.heartbeatSchema.safeParse(body);
      expect(parsed.error?.issues).toBeUndefined();
    }
  });

  it('turns an EKS node name into a name the API accepts', () => {
    expect(nodeNameSchema.safeParse(identity.nodeName).success).toBe(true);
    expect(nodeNameSchema.safeParse(nodeFixture().metadata!.name).success).toBe(false);
  });

  it('uses the same patterns and limits as the API', () => {
    for (const quantity of ['4', '3920m', '16093600Ki', '95551679124', '1.5Gi', '1e3', '-1', 'lots']) {
      expect(quantityPattern.test(quantity), quantity).toBe(kubernetesNodeSchema.shape.capacity.safeParse({ cpu: quantity }).success);
    }
    expect(nodeNameSchema.safeParse('a'.repeat(limits.nodeNameLength)).success).toBe(true);
    expect(nodeNameSchema.safeParse('a'.repeat(limits.nodeNameLength + 1)).success).toBe(false);
    expect(nodeNamePattern.test('-a')).toBe(false);
  });

  it('has the same types as the API', () => {
    expectTypeOf<agent.RegisterNode>().toEqualTypeOf<api.RegisterNode>();
    expectTypeOf<agent.Heartbeat>().toEqualTypeOf<api.Heartbeat>();
  });
});
