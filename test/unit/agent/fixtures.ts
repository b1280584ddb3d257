import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { V1Node } from '@kubernetes/client-node';

/** Paths and readers for test/fixtures/agent: a /proc laid out as the kernel does, and one EKS node. */
export const fixtureDir = path.resolve(import.meta.dirname, '../../fixtures/agent');
export const procFixtureRoot = path.join(fixtureDir, 'proc');
export const readProcFixture = (file: string) => readFileSync(path.join(procFixtureRoot, file), 'utf8');
export const nodeFixture = (): V1Node => JSON.parse(readFileSync(path.join(fixtureDir, 'node.json'), 'utf8')) as V1Node;
