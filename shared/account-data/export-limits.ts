/**
 * How big an account export may be answered inline. Kept apart from the use case, with no imports, so the
 * function settings (shared/config/function-environment.ts) can bound EXPORT_INLINE_MAX_BYTES by it.
 */

/**
 * The most an inline answer's body may weigh, measured as Lambda carries it: a JSON string inside its
 * response, quotes escaped. Lambda refuses a synchronous response above 6 MB; the rest is room for the
 * headers and the envelope.
 */
export const EXPORT_INLINE_CAP_BYTES = 5 * 1024 * 1024;

/** The default of EXPORT_INLINE_MAX_BYTES: above it an export is answered with a link unless asked inline. */
export const EXPORT_INLINE_DEFAULT_BYTES = 1024 * 1024;

/** How long an export's link works: the customer follows it at once; the object itself is gone within a day. */
export const EXPORT_LINK_SECONDS = 15 * 60;
