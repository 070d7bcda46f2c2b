// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { remarkEditionUnits } from './src/markdown/remark-edition-units.ts';
import { rehypeFootnotes } from './src/markdown/rehype-footnotes.ts';
import { rehypeIsolateLatin } from './src/markdown/rehype-isolate-latin.ts';
import { checkEdition } from './src/check/engine.ts';
import { editionPath } from './src/check/edition-files.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { fontSubset } from './src/integrations/font-subset.ts';
import { offline } from './src/integrations/offline.ts';
import { searchFolders } from './src/lib/constants.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { citationFilesIntegration } from './src/integrations/citation-files.ts';
import { siteOriginNotice } from './src/integrations/site-origin.ts';
import { siteOrigin } from './src/lib/site-origin.ts';

const editionDir = process.env.EDITION_DIR;
// Pagefind takes the records and writes its index while the next steps run; those that read its folders wait for them.
const search = pagefind({ docs: searchFolders.docs });

// Astro sets NODE_ENV=production for every build, so the caller's own NODE_ENV is passed on by `npm run build`.
const production = process.env.EDITION_NODE_ENV === 'production' || process.argv.includes('--production');
const site = siteOrigin(process.env.SITE, production);
if ('error' in site) throw new Error(site.error);

// SITE and BASE make every citation an absolute, correct URL wherever the edition is deployed; without SITE the
// build points at http://localhost:4321 and says so at the end.
export default defineConfig({
  site: site.origin,
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // The stylesheet and scripts are files of their own, cached once for every page (and kept by the offline copy)
  // instead of repeated in each page's HTML; see bench/RESULTS.md for both measured.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's own directive in every MDX module: harmless, and a thousand-article build would print it a thousand times
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  i18n: {
    locales: ['en', 'ar'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    syntaxHighlight: false, // no code in the edition; Shiki's inline styles would break the CSP
    processor: unified({
      gfm: false, // remark-gfm is added explicitly below so its options are ours
      smartypants: false, // the Arabic keeps its own quotes and punctuation
      // a problem found while compiling an article is reported with every other problem in the edition
      remarkPlugins: [remarkGfm, [remarkEditionUnits, { everyProblem: () => checkEdition() }]],
      rehypePlugins: [rehypeSlug, rehypeIsolateLatin, rehypeFootnotes],
      remarkRehype: { clobberPrefix: '' },
    }),
  },
  integrations: [
    contentCheck(),
    mdx({ optimize: true }), // static parts of an article become one HTML string: a smaller module, faster to render
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', ar: 'ar' } },
      filter: (page) => !page.endsWith('/404/'),
    }),
    search,
    citationFilesIntegration(),
    fontSubset({
      stylesheets: ['@fontsource/noto-naskh-arabic/arabic-400.css', '@fontsource/source-serif-4/latin-400.css'],
      // What the pages can show: the edition (its content and sources), the interface's words, templates and styles.
      text: [
        editionPath('content'),
        editionPath('sources'),
        'src/i18n',
        'src/components',
        'src/layouts',
        'src/pages',
        'src/styles',
      ],
      data: [searchFolders.docs, searchFolders.lexicon], // the search records the search page shows
      later: [search.results, search.index], // the search's folders, still being written: read once written
      // Text no file holds: what a reader types into the search box, which the page repeats (printable ASCII;
      // Arabic's letters, vowel marks, digits and punctuation), the separator and ellipsis the search page writes,
      // the footnotes' back-links, the ʻayn of the Hijri months' English names (Rabiʻ I), written by Intl, and the
      // no-break space of the citations.
      always:
        'U+0020-007E,U+00A0,U+00B7,U+02BB,U+2026,U+21A9,U+21AA,U+060C,U+061B,U+061F,U+0621-063A,U+0640-0652,U+0660-0669',
    }),
    offline({ later: [search.results, search.index] }), // after every integration that writes files: it lists every file the build wrote
    siteOriginNotice(), // the last word of the build, when it has no published origin
  ],
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: Astro hashes each inline script and style; nothing but the
  // site itself may be loaded, and Pagefind's WebAssembly may be compiled.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // A corpus swapped in through EDITION_DIR (fixtures, benchmarks) gets a cache of its own.
  ...(editionDir ? { cacheDir: `${editionDir}/.astro-cache` } : {}),
});
