// The edition's service worker, compiled to dist/sw.js by src/integrations/offline.ts, which puts the build's
// version and base path in front of it. It keeps one build's offline copy (manifest: src/lib/offline.ts):
// - install keeps the site's shell (offline.json's shell entries), the pages open in the reader's tabs, and what
//   the previous build's copy held: its pages, or the whole edition. The whole edition is also kept when the build
//   says its download is small (`auto`). A file whose hash the previous copy holds is copied from it, not
//   downloaded. The copy is complete or it is dropped, and the worker does not install;
// - every page the reader opens later is kept with its files (both languages, citation files, search results);
// - the About page can ask for the whole edition (message `offlineMessages.keepAll`);
// - the worker answers from its own build's cache only, so pages and search index always come from one build;
// - a new build's worker waits until the reader accepts the update (or every tab is closed), then activates and
//   deletes every other build's cache.
import { activateUpdate, offlineCachePrefix, offlineHeldFile, offlineMessages } from '../lib/constants.ts';
import {
  offlineDelta,
  pageGroup,
  shardFile,
  shardOf,
  type OfflineEntry,
  type OfflineHeld as Held,
  type OfflineManifest,
  type OfflineShard,
} from '../lib/offline.ts';
import { requestedRange } from '../lib/search-docs.ts';

// The few service-worker types used here (the project's DOM typings and the webworker ones cannot be mixed).
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends LifecycleEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends LifecycleEvent {
  data: unknown;
  ports: readonly MessagePort[];
}
interface WorkerScope {
  location: Location;
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { url: string }[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}
declare const self: WorkerScope;
/** Set by the build: a hash of every file of the site, and the base path it is served under. */
declare const EDITION_BUILD: { version: string; base: string };

const { version, base } = EDITION_BUILD;
const cacheName = `${offlineCachePrefix}${version}`;
const manifestUrl = `${base}offline.json`;
/** What a copy holds beyond the shell (written by this worker into its cache; never on the server). */
const heldUrl = `${base}${offlineHeldFile}`;
const batchSize = 12;

const json = (value: unknown) =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
const urlOf = (path: string) => `${base}${path}`;

/** Runs changes to the copy one after another: a page kept while the whole copy downloads must not be lost. */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/** The server's manifest, which must be this worker's build (else a newer deploy is under way: a later worker's job). */
async function serverManifest(): Promise<{ response: Response; manifest: OfflineManifest }> {
  const response = await fetch(manifestUrl, { cache: 'no-store' });
  const manifest = (await response.clone().json()) as OfflineManifest;
  if (manifest.version !== version) throw new Error(`offline.json is from build ${manifest.version}, not ${version}`);
  return { response, manifest };
}

/** A shard of this build's groups: from this build's cache, or from the server (and then kept in the cache). */
async function shard(cache: Cache, n: number): Promise<OfflineShard> {
  const url = urlOf(shardFile(n));
  const cached = await cache.match(url);
  if (cached) return (await cached.json()) as OfflineShard;
  const response = await fetch(url, { cache: 'no-store' });
  const found = (await response.clone().json()) as OfflineShard;
  if (found.version !== version) throw new Error(`${url} is from build ${found.version}, not ${version}`);
  await cache.put(url, response);
  return found;
}

/** The entries of some groups (all of them when `groups` is undefined), each file once, and the groups found. */
async function groupEntries(
  cache: Cache,
  shards: number,
  groups: string[] | undefined,
): Promise<{ entries: OfflineEntry[]; found: string[] }> {
  const numbers = groups ? [...new Set(groups.map((g) => shardOf(g, shards)))] : [...Array(shards).keys()];
  const entries: OfflineEntry[] = [];
  const found: string[] = [];
  for (const n of numbers) {
    const { groups: listed } = await shard(cache, n);
    for (const [group, members] of Object.entries(listed)) {
      if (groups && !groups.includes(group)) continue;
      found.push(group);
      entries.push(...members);
    }
  }
  // a search shard belongs to the pages of all its records: listed in each group, kept once
  const seen = new Set<string>();
  return { entries: entries.filter(([path]) => !seen.has(path) && Boolean(seen.add(path))), found };
}

async function readJson<T>(cache: Cache, url: string): Promise<T | undefined> {
  const response = await cache.match(url);
  return response ? ((await response.json()) as T) : undefined;
}

/** The complete copy of an earlier build, if this browser holds one: its cache, what it holds and their hashes. */
async function previousCopy(): Promise<{ cache: Cache; held: Held; hashes: Map<string, string> } | undefined> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(offlineCachePrefix) || name === cacheName) continue;
    const cache = await caches.open(name);
    // a copy made before the manifest had hashes (or a shell) holds everything, and every file is fetched again
    const manifest = await readJson<Partial<OfflineManifest>>(cache, manifestUrl);
    const held = (await readJson<Held>(cache, heldUrl)) ?? { full: true, groups: [] };
    if (!manifest) continue;
    const hashes = new Map(manifest.shell?.entries ?? []);
    // its shards were kept with it; those it never needed were never fetched
    for (let n = 0; n < (manifest.shards ?? 0); n++) {
      const listed = await readJson<OfflineShard>(cache, urlOf(shardFile(n)));
      for (const [group, members] of Object.entries(listed?.groups ?? {})) {
        if (held.full || held.groups.includes(group)) for (const [path, hash] of members) hashes.set(path, hash);
      }
    }
    return { cache, held, hashes };
  }
  return undefined;
}

/** Puts files into the cache: from the previous copy where their hash is unchanged, else from the server. */
async function fill(
  cache: Cache,
  wanted: OfflineEntry[],
  previous: { cache: Cache; hashes: Map<string, string> } | undefined,
  progress?: (done: number) => void,
): Promise<void> {
  const { keep, fetch: download } = offlineDelta(previous?.hashes ?? new Map(), wanted);
  for (const [path] of keep) {
    const url = urlOf(path);
    const response = await previous?.cache.match(url);
    if (response) await cache.put(url, response);
    else download.push([path, '']);
  }
  for (let i = 0; i < download.length; i += batchSize) {
    const batch = download.slice(i, i + batchSize);
    await cache.addAll(batch.map(([path]) => new Request(urlOf(path), { cache: 'no-cache' })));
    progress?.(keep.length + i + batch.length);
  }
}

/** The groups of the pages open in the reader's tabs (a first visit's page is open before the worker exists). */
async function openPages(): Promise<string[]> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return windows
    .map(({ url }) => new URL(url))
    .filter((url) => url.origin === self.location.origin && url.pathname.startsWith(base))
    .map((url) => pageGroup(url.pathname.slice(base.length)));
}

async function install(): Promise<void> {
  const { response, manifest } = await serverManifest();
  const previous = await previousCopy();
  const full = manifest.auto || Boolean(previous?.held.full);
  const { quota, usage = 0 } = await navigator.storage.estimate();
  const needed = full ? manifest.full.bytes : manifest.shell.bytes;
  if (quota !== undefined && quota - usage < needed) throw new Error('not enough storage for an offline copy');
  const cache = await caches.open(cacheName);
  try {
    const groups = full ? undefined : [...new Set([...(previous?.held.groups ?? []), ...(await openPages())])];
    const { entries, found } = await groupEntries(cache, manifest.shards, groups);
    await fill(cache, [...manifest.shell.entries, ...entries], previous);
    await serverManifest(); // the server did not change builds while the files were fetched
    await cache.put(heldUrl, json({ full, groups: full ? [] : found } satisfies Held));
    // Written last: its presence says the copy is complete (the About page reads it).
    await cache.put(manifestUrl, response);
  } catch (error) {
    await caches.delete(cacheName);
    throw error;
  }
}

/** Keeps a page the reader opened, with its group's files, unless the copy holds it already. */
function keepPage(group: string, page: { url: string; response: Response }): Promise<void> {
  return serially(async () => {
    const cache = await caches.open(cacheName);
    const manifest = await readJson<OfflineManifest>(cache, manifestUrl);
    const held = await readJson<Held>(cache, heldUrl);
    if (!manifest || !held || held.full || held.groups.includes(group)) return;
    const { entries, found } = await groupEntries(cache, manifest.shards, [group]);
    if (!found.length) return; // not a page of the edition (a 404)
    await cache.put(page.url, page.response);
    const have = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
    await fill(
      cache,
      entries.filter(([path]) => !have.has(urlOf(path))),
      undefined,
    );
    await cache.put(heldUrl, json({ full: false, groups: [...held.groups, group] } satisfies Held));
  });
}

/** Keeps the whole edition (the reader asked on the About page), telling the page how far it has got. */
function keepAll(port: MessagePort | undefined): Promise<void> {
  return serially(async () => {
    const cache = await caches.open(cacheName);
    const manifest = await readJson<OfflineManifest>(cache, manifestUrl);
    const held = await readJson<Held>(cache, heldUrl);
    if (!manifest || !held) throw new Error('no offline copy to complete');
    if (!held.full) {
      const { entries } = await groupEntries(cache, manifest.shards, undefined);
      const have = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
      const missing = entries.filter(([path]) => !have.has(urlOf(path)));
      port?.postMessage({ done: 0, total: missing.length });
      await fill(cache, missing, undefined, (done) => port?.postMessage({ done, total: missing.length }));
      await cache.put(heldUrl, json({ full: true, groups: [] } satisfies Held));
    }
  }).then(
    () => port?.postMessage({ complete: true }),
    (error: unknown) => {
      port?.postMessage({ error: String(error) });
    },
  );
}

async function activate(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(offlineCachePrefix) && name !== cacheName)
      .map((name) => caches.delete(name)),
  );
  await self.clients.claim();
}

/**
 * A file of the copy as a request asks for it: whole, or the one byte range it names (the search reads its shards so:
 * src/lib/search-docs.ts). The Cache API keeps whole files only.
 */
async function asRequested(cached: Response, header: string | null): Promise<Response> {
  if (!header) return cached;
  const bytes = await cached.arrayBuffer();
  const range = requestedRange(header, bytes.byteLength);
  if (!range) return new Response(bytes, { status: 200, headers: cached.headers });
  const [start, end] = range;
  const headers = new Headers(cached.headers);
  headers.set('content-range', `bytes ${String(start)}-${String(end - 1)}/${String(bytes.byteLength)}`);
  headers.set('content-length', String(end - start));
  return new Response(bytes.slice(start, end), { status: 206, headers });
}

/** This build's copy of a file of the site; the network only for what the copy lacks (a page then kept). */
async function respond(event: WorkerFetchEvent, url: URL): Promise<Response> {
  const { request } = event;
  const cache = await caches.open(cacheName);
  // Query strings (?layout=, ?q=, ?hl=, Pagefind's ?ts=) choose what a page shows, not which file it is.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return asRequested(cached, request.headers.get('range'));
  try {
    const response = await fetch(request);
    if (request.mode === 'navigate' && response.ok && !response.redirected) {
      const page = `${url.origin}${url.pathname}`;
      event.waitUntil(keepPage(pageGroup(url.pathname.slice(base.length)), { url: page, response: response.clone() }));
    }
    return response;
  } catch (error) {
    if (request.mode === 'navigate') {
      const notFound = await cache.match(`${base}404.html`);
      if (notFound) return notFound;
    }
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});
self.addEventListener('activate', (event) => {
  event.waitUntil(activate());
});
self.addEventListener('message', (event) => {
  if (event.data === activateUpdate) void self.skipWaiting();
  if (event.data === offlineMessages.keepAll) event.waitUntil(keepAll(event.ports[0]));
});
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
  if (url.pathname === manifestUrl || url.pathname === `${base}sw.js`) return; // always asked of the server
  event.respondWith(respond(event, url));
});
