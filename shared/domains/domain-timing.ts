/**
 * When a domain is checked again. A PENDING one: a minute after it was added, then doubling up to four
 * hours, and FAILED once its records were not seen for a day (DNS changes take minutes to hours to reach
 * every resolver; a day is generous). A verified one: every few minutes while its certificate is issued,
 * then hourly, to notice records that stop pointing at the platform.
 */
export const FIRST_RETRY_SECONDS = 60;
export const MAX_RETRY_SECONDS = 4 * 3600;
export const VERIFICATION_WINDOW_SECONDS = 24 * 3600;
export const ISSUING_RECHECK_SECONDS = 2 * 60;
export const VERIFIED_RECHECK_SECONDS = 3600;

const later = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

/** After the `attempts`-th failed check of a PENDING domain (1 = the first). */
export const pendingRetryAt = (now: Date, attempts: number): string =>
  later(now, Math.min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** Math.max(0, Math.min(attempts - 1, 20))));

export const windowClosed = (now: Date, pendingSince: string): boolean => now.getTime() - Date.parse(pendingSince) >= VERIFICATION_WINDOW_SECONDS * 1000;

export const recheckAt = (now: Date, issuing: boolean): string => later(now, issuing ? ISSUING_RECHECK_SECONDS : VERIFIED_RECHECK_SECONDS);
