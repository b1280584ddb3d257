import { markUpgraded } from '../../shared/upgrades/steps/upgrade-steps';
import { upgradeStep } from './upgrade-step';

export const handler = upgradeStep('mark-upgraded', markUpgraded);
