/** The origin a build uses when no SITE is given: the local server of `npm start`. */
export const localOrigin = 'http://localhost:4321';

/** Whether an origin is this machine's, which no published build may carry. */
export function isLocalOrigin(origin: string): boolean {
  const { hostname } = new URL(origin);
  return (
    hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || hostname.startsWith('127.')
  );
}

/**
 * The site origin of a build from SITE, or the reason the build must stop: SITE must be an absolute http(s) URL,
 * and a production build (NODE_ENV=production or --production) must not carry a local origin.
 */
export function siteOrigin(site: string | undefined, production: boolean): { origin: string } | { error: string } {
  const given = site?.trim();
  const origin = given === undefined || given === '' ? localOrigin : given;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return { error: `SITE: "${origin}" is not an absolute URL (e.g. SITE=https://example.org)` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: `SITE: "${origin}" must be an http:// or https:// URL` };
  if (production && isLocalOrigin(origin))
    return {
      error:
        `SITE: a production build must carry the published origin, not ${url.origin}: ` +
        'set SITE=https://your.domain (every citation, feed, sitemap and metadata URL is made from it)',
    };
  return { origin: url.href.replace(/\/$/u, '') };
}
