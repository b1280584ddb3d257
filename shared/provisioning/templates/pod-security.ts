import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IPodSecurityContext } from 'kubernetes-models/v1/PodSecurityContext';
import type { IPodSpec } from 'kubernetes-models/v1/PodSpec';
import type { ISecurityContext } from 'kubernetes-models/v1/SecurityContext';

/** The image's own unprivileged user, so files it ships and files on the volume agree. */
export interface RunAs {
  user: number;
  group: number;
}

export const podSecurityContext = (runAs: RunAs, sysctls?: IPodSecurityContext['sysctls']): IPodSecurityContext => ({
  runAsNonRoot: true,
  runAsUser: runAs.user,
  runAsGroup: runAs.group,
  // The volume is made writable for the image's group; only on first mount, not on every restart.
  fsGroup: runAs.group,
  fsGroupChangePolicy: 'OnRootMismatch',
  seccompProfile: { type: 'RuntimeDefault' },
  ...(sysctls && { sysctls }),
});

/**
 * Every container: no privilege escalation, no capabilities, the runtime's seccomp profile. The root
 * filesystem stays writable because the official images write inside it at start (WordPress copies its
 * core, Ghost and n8n keep caches); the volumes are the only state that survives.
 */
export const containerSecurityContext = (): ISecurityContext => ({
  allowPrivilegeEscalation: false,
  privileged: false,
  runAsNonRoot: true,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
});

export interface HardenedPodInput {
  runAs: RunAs;
  containers: IContainer[];
  initContainers?: IContainer[];
  volumes?: IPodSpec['volumes'];
  sysctls?: IPodSecurityContext['sysctls'];
  terminationGracePeriodSeconds?: number;
}

/**
 * A pod spec with the platform's guarantees applied to every container, whatever the template wrote: no
 * service-account token, no service links (their variables would collide with app settings such as
 * N8N_PORT), and the restricted security contexts.
 */
export const hardenedPodSpec = ({ runAs, containers, initContainers, volumes, sysctls, terminationGracePeriodSeconds }: HardenedPodInput): IPodSpec => {
  const harden = (container: IContainer): IContainer => ({ ...container, securityContext: containerSecurityContext() });
  return {
    automountServiceAccountToken: false,
    enableServiceLinks: false,
    securityContext: podSecurityContext(runAs, sysctls),
    ...(initContainers && { initContainers: initContainers.map(harden) }),
    containers: containers.map(harden),
    ...(volumes && { volumes }),
    ...(terminationGracePeriodSeconds !== undefined && { terminationGracePeriodSeconds }),
  };
};
