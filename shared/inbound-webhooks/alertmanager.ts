import * as z from 'zod';

/** Prometheus label names are never empty, and DynamoDB refuses an empty attribute name (a 500 before). */
const labels = z.record(z.string().min(1).max(256), z.string().max(4096));

const alertSchema = z.looseObject({
  status: z.enum(['firing', 'resolved']),
  labels: labels.meta({ example: { alertname: 'InstanceDown', severity: 'critical', paas_instance: '01JD7Y7Q8M3K2V1X0W9Z8Y7X6W' } }),
  annotations: labels.optional(),
  startsAt: z.string().max(64).meta({ example: '2026-01-01T00:00:00Z' }),
  endsAt: z.string().max(64).optional(),
  generatorURL: z.string().max(4096).optional(),
  fingerprint: z.string().min(1).max(128).optional().meta({ example: 'c5b7ed4b4d3f3e6a' }),
});

/**
 * Alertmanager's webhook body, version 4 (its `webhook_config` receiver). Unknown fields are let through, so
 * a newer Alertmanager is not refused; the version is not, since another one may mean another shape.
 */
export const alertmanagerWebhookSchema = z
  .looseObject({
    version: z.literal('4').meta({ example: '4' }),
    groupKey: z.string().min(1).max(8192).meta({ example: '{}:{alertname="InstanceDown"}' }),
    truncatedAlerts: z.number().int().min(0).optional(),
    status: z.enum(['firing', 'resolved']),
    receiver: z.string().max(256).meta({ example: 'paas-platform' }),
    groupLabels: labels.optional(),
    commonLabels: labels.optional(),
    commonAnnotations: labels.optional(),
    externalURL: z.string().max(4096).optional(),
    alerts: z.array(alertSchema).min(1).max(1000),
  })
  .meta({ id: 'AlertmanagerWebhook', description: "Alertmanager's webhook body, version 4." });

export type AlertmanagerWebhook = z.infer<typeof alertmanagerWebhookSchema>;
export type Alert = AlertmanagerWebhook['alerts'][number];
