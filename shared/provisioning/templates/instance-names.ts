import { idLabel } from '../tenant/kubernetes-names';
import type { TemplateName } from './template-name';

const slugLength = 12;

/**
 * The short, lowercase tail of an instance id that prefixes its object names. For a ULID the tail is 60
 * random bits (and ids minted in one millisecond differ in their last character), so two instances of one
 * customer do not meet in practice; the full id stays in the `paas.example/instance` label and the host.
 */
export const instanceSlug = (instanceId: string): string =>
  idLabel(instanceId, 'instanceId').slice(-slugLength).replace(/^-+/, '');

/**
 * Every object name of an instance, `<template>-<slug>[-suffix]`: DNS-1035 (starts with a letter, so also a
 * valid Service name) and well under the 52 characters a StatefulSet name may have.
 */
export const instanceNames = (template: TemplateName, instanceId: string) => {
  const base = `${template}-${instanceSlug(instanceId)}`;
  return {
    base,
    credentials: `${base}-credentials`,
    data: `${base}-data`,
    database: `${base}-db`,
    databaseData: `${base}-db-data`,
    internalTraffic: `${base}-internal`,
    tls: `${base}-tls`,
  };
};

export type InstanceNames = ReturnType<typeof instanceNames>;
