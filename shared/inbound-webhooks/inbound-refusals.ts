import { AppError, validationError } from '../errors/app-error';

/**
 * How an inbound webhook is refused, before anything is read or written (API.md): no credentials at all is
 * 401 like every protected route; a signature that does not verify, a stale timestamp or a malformed header
 * is 400 naming the header (Stripe's convention, which the senders retry on); a sender outside the allowed
 * address ranges is 403. Nothing of the secret or the expected signature is ever in the answer.
 */
export const missingCredentials = (what: string, bearer = false) =>
  new AppError('unauthorized', `The request carries no ${what}.`, bearer ? { headers: { 'www-authenticate': 'Bearer' } } : {});

export const badSignature = (header: string, message: string) =>
  validationError([{ field: `header.${header}`, message }], 'The webhook signature does not verify.');

export const staleSignature = (header: string, toleranceSeconds: number) =>
  validationError([{ field: `header.${header}`, message: `is outside the ${toleranceSeconds} s tolerance` }], 'The webhook timestamp is too old (or too far ahead): it may be a replay.');

export const wrongToken = () => new AppError('unauthorized', 'The bearer token is not this hook’s.', { headers: { 'www-authenticate': 'Bearer' } });

export const sourceNotAllowed = () => new AppError('forbidden', 'Requests to this hook are not accepted from this address.');
