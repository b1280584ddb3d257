import type { ScheduledEvent } from 'aws-lambda';

/**
 * A job's clock: the scheduled event's time, so a run judges as of the moment it was due (and `npm run job
 * -- <name> --now …` can move it); the current time when the event has none or an unreadable one.
 */
export const scheduledTime = (event: Pick<ScheduledEvent, 'time'>, fallback: () => Date = () => new Date()): Date => {
  const given = event.time ? new Date(event.time) : undefined;
  return given && !Number.isNaN(given.getTime()) ? given : fallback();
};
