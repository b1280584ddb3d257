import type { Cluster, KubeObject } from '../kubernetes/cluster';
import { instanceNames } from '../provisioning/templates/instance-names';
import { isTemplateName } from '../provisioning/templates/template-name';
import { instanceSelector, labelKeys } from '../provisioning/tenant/labels';
import { idLabel } from '../provisioning/tenant/kubernetes-names';
import type { Instance } from '../subscriptions/subscription';

export const podKind = { apiVersion: 'v1', kind: 'Pod' } as const;
export const jobKind = { apiVersion: 'batch/v1', kind: 'Job' } as const;

/** The instance's pods (app, database, and its backup Jobs'), as the templates label them. */
export const instancePods = (cluster: Cluster, instance: Instance): Promise<KubeObject[]> =>
  cluster.list(podKind, { namespace: instance.namespace, labelSelector: `${labelKeys.instance}=${idLabel(instance.id, 'instanceId')}` });

/**
 * Whether an object name is one of the instance's: every object the templates apply is named
 * `<template>-<slug>[-…]` (instance-names.ts), and what the controllers make from them (ReplicaSets, pods,
 * volume claims of a StatefulSet) keeps that prefix; a backup Job's name and its pods' are passed in
 * `jobNames`. Another instance in the same customer namespace has another slug.
 */
export const ownedNames = async (cluster: Cluster, instance: Instance): Promise<(name: string) => boolean> => {
  const base = isTemplateName(instance.template) ? instanceNames(instance.template, instance.id).base : undefined;
  const jobs = await cluster.list(jobKind, { namespace: instance.namespace, labelSelector: instanceSelector(instance.id) });
  const jobNames = jobs.map((job) => job.metadata.name);
  const prefixes = [...(base ? [base] : []), ...jobNames];
  return (name) => prefixes.some((prefix) => name === prefix || name.startsWith(`${prefix}-`) || name.endsWith(`-${prefix}`) || name.includes(`-${prefix}-`));
};
