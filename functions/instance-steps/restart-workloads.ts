import { restartWorkloads } from '../../shared/instance-operations/restart-steps';
import { restartStep } from './restart-step';

export const handler = restartStep('restart-workloads', restartWorkloads);
