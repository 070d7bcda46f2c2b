// The edition's service worker, compiled to dist/sw.js by src/integrations/offline.ts, which puts the build's
// version and base path in front of it. It keeps one complete copy of one build of the site:
// - install downloads every file the build lists in offline.json into a cache named for that build; the copy is
//   complete or it is dropped, and the worker does not install;
// - the worker answers from its own build's cache only, so pages and search index always come from one build;
// - a new build's worker waits until the reader accepts the update (or every tab is closed), then activates and
//   deletes every other build's cache.
import { activateUpdate, offlineCachePrefix } from '../lib/constants.ts';
import type { OfflineManifest } from '../lib/offline.ts';

// The few service-worker types used here (the project's DOM typings and the webworker ones cannot be mixed).
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends LifecycleEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
declare const self: WorkerScope;
/** Set by the build: a hash of every file of the site, and the base path it is served under. */
declare const EDITION_BUILD: { version: string; base: string };

const { version, base } = EDITION_BUILD;
const cacheName = `${offlineCachePrefix}${version}`;
const manifestUrl = `${base}offline.json`;
const batchSize = 12;

/** The server's manifest, which must be this worker's build (else a newer deploy is under way: a later worker's job). */
async function serverManifest(): Promise<{ response: Response; manifest: OfflineManifest }> {
  const response = await fetch(manifestUrl, { cache: 'no-store' });
  const manifest = (await response.clone().json()) as OfflineManifest;
  if (manifest.version !== version) throw new Error(`offline.json is from build ${manifest.version}, not ${version}`);
  return { response, manifest };
}

async function install(): Promise<void> {
  const { response, manifest } = await serverManifest();
  const { quota, usage = 0 } = await navigator.storage.estimate();
  if (quota !== undefined && quota - usage < manifest.bytes) throw new Error('not enough storage for an offline copy');
  const cache = await caches.open(cacheName);
  try {
    for (let i = 0; i < manifest.files.length; i += batchSize) {
      const batch = manifest.files.slice(i, i + batchSize);
      await cache.addAll(batch.map((file) => new Request(`${base}${file}`, { cache: 'no-cache' })));
    }
    await serverManifest(); // the server did not change builds while the files were fetched
    // Written last: its presence says the copy is complete (the About page reads it).
    await cache.put(manifestUrl, response);
  } catch (error) {
    await caches.delete(cacheName);
    throw error;
  }
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

/** This build's copy of a file of the site; the network only for what the copy lacks. */
async function respond(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  // Query strings (?layout=, ?q=, ?hl=, Pagefind's ?ts=) choose what a page shows, not which file it is.
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  try {
    return await fetch(request);
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
});
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(base)) return;
  if (url.pathname === manifestUrl || url.pathname === `${base}sw.js`) return; // always asked of the server
  event.respondWith(respond(request));
});
