import { describe, expect, it } from 'vitest';
import { eventWords, wordsFor } from '../../../shared/instance-operations/kubernetes-event-words';

describe("Kubernetes event reasons in the platform's words", () => {
  it.each([
    ['ErrImagePull', 'Warning', '', 'The image could not be pulled'],
    ['ImagePullBackOff', 'Warning', '', 'The image could not be pulled; retrying'],
    ['Failed', 'Warning', 'Failed to pull image "registry.invalid/x:1": not found', 'The image could not be pulled'],
    ['Failed', 'Warning', 'Error: ErrImagePull', 'The image could not be pulled'],
    ['BackOff', 'Normal', 'Back-off pulling image "registry.invalid/x:1"', 'The image could not be pulled; retrying'],
    ['BackOff', 'Warning', 'Back-off restarting failed container n8n in pod n8n-abc', 'The container keeps crashing; restarting it with a back-off'],
    ['Failed', 'Warning', 'Error: container create failed', 'A container failed'],
    ['OOMKilling', 'Warning', 'Memory cgroup out of memory: Killed process 4242', 'Out of memory: a container was stopped'],
    ['SuccessfulAttachVolume', 'Normal', 'AttachVolume.Attach succeeded for volume "pvc-1"', 'Volume attached'],
    ['Scheduled', 'Normal', 'Successfully assigned cust-x/n8n-abc to ip-10-0-1-2.ec2.internal', 'Scheduled onto a node'],
    ['ScalingReplicaSet', 'Normal', 'Scaled up replica set n8n-abc-5d9c7b from 0 to 1', 'Scaled'],
    ['Unhealthy', 'Warning', 'Readiness probe failed: HTTP probe failed with statuscode: 503', 'A health probe is failing'],
  ])('%s (%s, "%s") reads "%s"', (reason, type, message, text) => {
    expect(wordsFor(reason, type, message).text).toBe(text);
  });

  it('an unknown reason reads as a generic sentence by its type, never its message', () => {
    expect(wordsFor('SomethingNew', 'Warning', 'node ip-10-0-1-2 said so')).toEqual({ text: 'Something needs attention', severity: 'warning' });
    expect(wordsFor('SomethingNew', 'Normal', 'node ip-10-0-1-2 said so')).toEqual({ text: 'Something changed', severity: 'info' });
    expect(wordsFor('toString', 'Normal').text).toBe('Something changed');
  });

  it('no sentence of the table names a node, a namespace or a Kubernetes component', () => {
    for (const { text } of Object.values(eventWords)) expect(text).not.toMatch(/node [a-z0-9-]+\.|kube-|kubelet|namespace/i);
  });
});
