import { advanceBatchStep } from '../../shared/upgrades/steps/batch-steps';
import { batchStep } from './batch-step';

export const handler = batchStep('advance-batch', advanceBatchStep);
