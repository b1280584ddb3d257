import { stopForRollback } from '../../shared/upgrades/steps/upgrade-steps';
import { upgradeStep } from './upgrade-step';

export const handler = upgradeStep('stop-for-rollback', stopForRollback);
