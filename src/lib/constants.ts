// The names the edition's pages, browser modules, service worker and build share: each written here once.

/** The ways an article's units can be shown: side by side, one under the other, or one language alone. */
export const layouts = ['parallel', 'stacked', 'ar', 'en'] as const;
export type Layout = (typeof layouts)[number];

/** The colour schemes a reader can choose over the system's preference. */
export const themes = ['dark', 'light'] as const;
export type Theme = (typeof themes)[number];

/** The query parameters that carry a reader's place between pages: layout, search query, words to mark. */
export const params = { layout: 'layout', query: 'q', highlight: 'hl' } as const;

/** The localStorage keys of the reader's choices: layout, colour scheme, and whether to keep an offline copy. */
export const storageKeys = {
  layout: 'edition-layout',
  theme: 'edition-theme',
  offline: 'edition-offline',
} as const;

/** The message a page sends a waiting service worker to make it the active one (the reader accepted the update). */
export const activateUpdate = 'activate-update';

/** The message the About page sends the service worker to keep the whole edition offline. */
export const offlineMessages = { keepAll: 'keep-all' } as const;

/** The record the service worker keeps in its cache of what the copy holds beyond the shell (never on the server). */
export const offlineHeldFile = 'offline-held.json';

/** The value of storageKeys.offline that turns the offline copy off. */
export const offlineOff = 'off';

/** The prefix of every Cache Storage cache the service worker makes (one per build: `edition-<version>`). */
export const offlineCachePrefix = 'edition-';

/** The search filters, as named in the form, the URL and the index. */
export const filterNames = ['year', 'article', 'person', 'topic'] as const;
export type FilterName = (typeof filterNames)[number];

/** The longest query searched; a longer one is cut, never sent whole. */
export const maxQueryLength = 200;

/** The site's folders of search data: the results' heads and passages in shards (src/lib/search-docs.ts, written
 * while Pagefind indexes), and the lexicon shards of near words (the route src/pages/search-lexicon/, whose folder
 * name must match). */
export const searchFolders = { docs: 'search-docs', lexicon: 'search-lexicon' } as const;

/**
 * The gzip size up to which a first visit keeps the whole edition offline without asking (src/lib/offline.ts). The
 * real edition's copy is about 2 MB gzip, a download of seconds that every first visit can afford; at a few dozen
 * articles the copy passes the size of a podcast episode (tens of MB), which a reader on a metered or slow
 * connection should choose. So: 8 MB, four times today's copy. Above it, a first visit keeps the shell and the
 * pages the reader opens, and the About page offers the rest with its size. A test build sets another value
 * through EDITION_OFFLINE_AUTO_LIMIT (src/integrations/offline.ts).
 */
export const offlineAutoLimit = 8 * 1024 ** 2;
