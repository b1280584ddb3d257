import { pauseBatchStep } from '../../shared/upgrades/steps/batch-steps';
import { batchStep } from './batch-step';

export const handler = batchStep('pause-batch', pauseBatchStep);
