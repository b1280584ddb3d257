import { Duration } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { METRICS_NAMESPACE } from '../../../shared/metrics/platform-metrics';

/**
 * A metric the functions record (shared/metrics/platform-metrics.ts), as the dashboard and the alarms read
 * it: Powertools Metrics adds the service as a dimension to everything it records.
 */
export const businessMetric = (metricName: string, statistic = 'Sum', period = Duration.minutes(5)) =>
  new Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service: 'paas-platform' }, statistic, period });
