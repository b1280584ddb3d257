import { markResized } from '../../shared/plan-changes/steps/resize-steps';
import { planChangeStep } from './plan-change-step';

export const handler = planChangeStep('mark-resized', markResized);
