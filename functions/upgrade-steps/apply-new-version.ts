import { applyNewVersion } from '../../shared/upgrades/steps/upgrade-steps';
import { upgradeStep } from './upgrade-step';

export const handler = upgradeStep('apply-new-version', applyNewVersion);
