/**
 * Security headers for a JSON API (OWASP REST Security Cheat Sheet): no sniffing, no framing, HSTS and a
 * CSP that allows nothing, since no response is meant to render. The browser-feature lists that middy adds
 * for HTML pages are left out.
 */
export const apiSecurityHeaders = {
  contentSecurityPolicy: { 'default-src': "'none'", 'frame-ancestors': "'none'" },
  permissionsPolicy: false,
  reportTo: false,
  reportingEndpoints: false,
  crossOriginEmbedderPolicy: false,
} as const;

/**
 * The Content-Security-Policy of the one HTML page the API serves (the docs page, functions/docs): it runs
 * its own scripts and calls its own origin, and loads nothing from anywhere else. Inline styles are allowed
 * because the viewer (Swagger UI, React) sets style attributes; no inline or remote script is. Written out
 * rather than left to middy, whose defaults for a page (sandbox, Trusted Types) would stop the viewer, and
 * without upgrade-insecure-requests, so `npm start`'s plain http on loopback behaves like AWS's https.
 */
export const docsPageContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The other headers of the docs page: the API's, plus the browser-feature lockdown a page should have. */
export const docsPageSecurityHeaders = {
  ...apiSecurityHeaders,
  contentSecurityPolicy: false,
  // Middy's list denies every feature; copying a curl sample from the page stays possible.
  permissionsPolicy: { 'clipboard-write': 'self' },
} as const;
