/**
 * The docs page: Swagger UI on the API's own OpenAPI document. Chosen over Redoc and Scalar (compared in a
 * browser on this document): it loads nothing from any other origin (Redoc fetches its logo from a CDN,
 * Scalar calls its proxy and registry and loads web fonts), it is interactive (an Authorize dialog listing
 * the four auth schemes with their descriptions, a lock on each protected operation, "Try it out" against
 * this same origin), it shows the schemas' examples as example values, and it is half Scalar's size
 * (about 480 KiB gzipped with its style sheet; Redoc is smaller but read-only).
 */

/** Where the page's assets are served from; the route's `{file}` is the asset's hashed name. */
export const docsAssetPath = (name: string) => `/docs/assets/${name}`;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page itself: the style sheet, the mount point with the document's URL, Swagger UI, the start-up script.
 * The document is preloaded: the browser fetches it while it compiles and runs Swagger UI, which otherwise
 * asks for it only once it has started, and then takes the preloaded response (same URL, CORS mode and
 * credentials as Swagger UI's fetch; connect-src 'self' covers both). The mount point says the page is
 * loading, painted as soon as the style sheet is in, while Swagger UI runs; React replaces it.
 */
export const docsPageHtml = (input: { title: string; openApiUrl: string; styles: string; scripts: string[] }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(input.title)}</title>
<link rel="icon" href="data:,">
<link rel="preload" href="${escapeAttribute(input.openApiUrl)}" as="fetch" crossorigin="anonymous">
<link rel="stylesheet" href="${escapeAttribute(input.styles)}">
</head>
<body>
<noscript>This page needs JavaScript. The OpenAPI document itself is at <a href="${escapeAttribute(input.openApiUrl)}">${escapeAttribute(input.openApiUrl)}</a>.</noscript>
<div id="swagger-ui" data-openapi-url="${escapeAttribute(input.openApiUrl)}"><p>Loading the API reference…</p></div>
${input.scripts.map((src) => `<script src="${escapeAttribute(src)}"></script>`).join('\n')}
</body>
</html>
`;
