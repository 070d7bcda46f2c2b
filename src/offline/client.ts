// The page's side of the offline copy: registering the service worker, reading what it has stored, turning it
// off and on. Everything here fails quietly to "no offline copy": the site works online without it.
import { offlineCachePrefix, offlineHeldFile, offlineMessages, offlineOff, storageKeys } from '../lib/constants.ts';
import type { OfflineHeld, OfflineManifest } from '../lib/offline.ts';
import { localePath } from '../lib/paths.ts';

const base = localePath(import.meta.env.BASE_URL, 'en');
const manifestUrl = `${base}offline.json`;
const choiceKey = storageKeys.offline;

/** Whether this browser can keep an offline copy at all (service workers allowed, Cache Storage present). */
export const offlineSupported = (): boolean => 'serviceWorker' in navigator && 'caches' in window;

/** Whether the reader wants an offline copy: yes, unless they turned it off on the About page. */
export const offlineWanted = (): boolean => localStorage.getItem(choiceKey) !== offlineOff;

/**
 * Registers the service worker (only in a built site, and only if wanted) once the page has loaded, so the copy's
 * download never competes with the page itself; undefined where it cannot be.
 */
export async function registerOffline(): Promise<ServiceWorkerRegistration | undefined> {
  if (!import.meta.env.PROD || !offlineSupported() || !offlineWanted()) return undefined;
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => {
      window.addEventListener('load', resolve, { once: true });
    });
  }
  try {
    return await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
  } catch {
    return undefined;
  }
}

/** The manifest of the complete offline copy this browser holds, if it holds one. */
export async function storedCopy(): Promise<OfflineManifest | undefined> {
  if (!offlineSupported()) return undefined;
  const response = await caches.match(manifestUrl);
  return response ? ((await response.json()) as OfflineManifest) : undefined;
}

/** What the copy this browser holds keeps beyond the site's shell: the whole edition, or the pages opened. */
export async function heldCopy(): Promise<OfflineHeld | undefined> {
  if (!offlineSupported()) return undefined;
  const response = await caches.match(`${base}${offlineHeldFile}`);
  return response ? ((await response.json()) as OfflineHeld) : undefined;
}

/**
 * Asks the service worker to keep the whole edition; `progress` hears how many of the missing files are in. Resolves
 * when the copy is whole, rejects if it could not be made.
 */
export async function keepWholeCopy(progress: (done: number, total: number) => void): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) throw new Error('no active service worker');
  const channel = new MessageChannel();
  const finished = new Promise<void>((resolve, reject) => {
    channel.port1.onmessage = ({
      data,
    }: MessageEvent<{ done?: number; total?: number; complete?: boolean; error?: string }>) => {
      if (data.error !== undefined) reject(new Error(data.error));
      else if (data.complete) resolve();
      else progress(data.done ?? 0, data.total ?? 0);
    };
  });
  worker.postMessage(offlineMessages.keepAll, [channel.port2]);
  return finished;
}

/** The manifest of the build the server has now: what an offline copy would hold. */
export async function publishedCopy(): Promise<OfflineManifest | undefined> {
  try {
    const response = await fetch(manifestUrl, { cache: 'no-store' });
    return response.ok ? ((await response.json()) as OfflineManifest) : undefined;
  } catch {
    return undefined;
  }
}

/** Turns the offline copy on (registers the worker, which downloads it) or off (unregisters it, deletes it). */
export async function setOffline(on: boolean): Promise<void> {
  if (on) {
    localStorage.removeItem(choiceKey);
    await registerOffline();
    return;
  }
  localStorage.setItem(choiceKey, offlineOff);
  if (!offlineSupported()) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(offlineCachePrefix)).map((name) => caches.delete(name)));
}
