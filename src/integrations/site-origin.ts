import type { AstroIntegration } from 'astro';
import { isLocalOrigin } from '../lib/site-origin.ts';

/** Says at the end of a build when its absolute URLs point at this machine: such a build is not for publishing. */
export function siteOriginNotice(): AstroIntegration {
  let site = '';
  return {
    name: 'edition:site-origin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ logger }) => {
        if (!site || !isLocalOrigin(site)) return;
        logger.warn(
          `No published origin: every absolute URL of this build (citations, canonical and hreflang links, ` +
            `feed, sitemap, data exports) points to ${site}. This build is for local reading only; to publish, ` +
            `build again with SITE=https://your.domain (and NODE_ENV=production or --production to refuse a local one).`,
        );
      },
    },
  };
}
