/**
 * Kubernetes event reasons in the platform's words: what the customer reads in GET …/instance/events. The
 * raw reason and message name nodes, other namespaces, image digests and the cluster's own components, so
 * only these sentences leave the platform. A reason not listed reads as a generic sentence by its type.
 */
export interface EventWords {
  /** A short sentence: "The image could not be pulled". */
  text: string;
  /** How the customer should read it: `info` is routine, `warning` needs a look. */
  severity: 'info' | 'warning';
}

const info = (text: string): EventWords => ({ text, severity: 'info' });
const warning = (text: string): EventWords => ({ text, severity: 'warning' });

/** By reason, as the kubelet, the scheduler and the controllers write them (core/v1 and events.k8s.io/v1 alike). */
export const eventWords: Readonly<Record<string, EventWords>> = {
  // The scheduler.
  Scheduled: info('Scheduled onto a node'),
  FailedScheduling: warning('Waiting for room on a node (not scheduled yet)'),
  Preempted: warning('Stopped to make room for other work'),
  // The kubelet: images and containers.
  Pulling: info('Pulling the image'),
  Pulled: info('Image pulled'),
  ErrImagePull: warning('The image could not be pulled'),
  ImagePullBackOff: warning('The image could not be pulled; retrying'),
  ErrImageNeverPull: warning('The image could not be pulled'),
  InspectFailed: warning('The image could not be pulled'),
  Created: info('Container created'),
  Started: info('Container started'),
  Killing: info('Container stopping'),
  BackOff: warning('The container keeps crashing; restarting it with a back-off'),
  CrashLoopBackOff: warning('The container keeps crashing; restarting it with a back-off'),
  Unhealthy: warning('A health probe is failing'),
  ProbeWarning: warning('A health probe answered with a warning'),
  OOMKilling: warning('Out of memory: a container was stopped'),
  OOMKilled: warning('Out of memory: a container was stopped'),
  Evicted: warning('Stopped by the node for lack of resources'),
  FailedCreatePodSandBox: warning('The pod could not be set up on its node'),
  FailedMount: warning('A volume could not be mounted'),
  FailedAttachVolume: warning('A volume could not be attached'),
  SuccessfulAttachVolume: info('Volume attached'),
  SuccessfulMountVolume: info('Volume mounted'),
  FailedPostStartHook: warning('The container failed while starting'),
  FailedPreStopHook: warning('The container failed while stopping'),
  // The controllers.
  ScalingReplicaSet: info('Scaled'),
  SuccessfulCreate: info('Pod created'),
  SuccessfulDelete: info('Pod removed'),
  FailedCreate: warning('A pod could not be created'),
  RecreatingFailedPod: warning('Replacing a failed pod'),
  Completed: info('Finished'),
  BackoffLimitExceeded: warning('A job failed too many times'),
  DeadlineExceeded: warning('A job ran out of time'),
  // Volumes.
  ProvisioningSucceeded: info('Volume created'),
  ProvisioningFailed: warning('A volume could not be created'),
  ExternalProvisioning: info('Waiting for the volume to be created'),
  WaitForFirstConsumer: info('The volume waits for its pod to be scheduled'),
  WaitForPodScheduled: info('The volume waits for its pod to be scheduled'),
  VolumeResizeSuccessful: info('Volume expanded'),
  FileSystemResizeSuccessful: info('Volume expanded'),
  VolumeResizeFailed: warning('The volume could not be expanded'),
};

/**
 * The kubelet writes image pulls that fail as reason `Failed` ("Failed to pull image …", "Error:
 * ErrImagePull") and their retries as `BackOff` ("Back-off pulling image …"): the message tells them from a
 * failed container and a crash loop. It is read for that and never shown.
 */
const pullFailure = /pull(ing)? image|ErrImagePull|ImagePullBackOff|ErrImageNeverPull/i;

/** The words of a reason; an unknown one by its type, never the raw message. */
export const wordsFor = (reason: string | undefined, type: string | undefined, message = ''): EventWords => {
  if ((reason === 'Failed' || reason === 'BackOff') && pullFailure.test(message)) return reason === 'Failed' ? eventWords.ErrImagePull! : eventWords.ImagePullBackOff!;
  if (reason === 'Failed') return warning('A container failed');
  return (reason && Object.hasOwn(eventWords, reason) ? eventWords[reason] : undefined) ?? (type === 'Warning' ? warning('Something needs attention') : info('Something changed'));
};
