// The notice of a new version of the offline copy (src/components/OfflineUpdate.astro), on every page.
import { activateUpdate } from '../lib/constants.ts';
import { registerOffline } from '../offline/client.ts';

/** Shows "a new version is ready" when a new build's worker has its complete copy, and applies it on request. */
class OfflineUpdate extends HTMLElement {
  #accepted = false;

  connectedCallback() {
    // "Later" puts the notice away; the waiting version is offered again on the next page.
    this.querySelector('[data-later]')?.addEventListener('click', () => {
      this.show('idle');
    });
    void registerOffline().then((registration) => {
      if (registration) this.watch(registration);
    });
  }

  watch(registration: ServiceWorkerRegistration) {
    const { serviceWorker } = navigator;
    const pageController = serviceWorker.controller; // none on a first visit, until the new worker claims the page
    if (registration.waiting && serviceWorker.controller) this.offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && serviceWorker.controller) this.offer(worker);
      });
    });
    serviceWorker.addEventListener('controllerchange', () => {
      // This tab asked for the update: reload into it. Another tab did: this page is from the old build.
      if (this.#accepted) location.reload();
      else if (pageController)
        this.show('updated', () => {
          location.reload();
        });
    });
  }

  offer(worker: ServiceWorker) {
    this.show('ready', () => {
      this.#accepted = true;
      worker.postMessage(activateUpdate);
    });
  }

  /** Sets the notice's state (components.css shows the buttons only when there is something to say). */
  show(state: 'idle' | 'ready' | 'updated', onReload?: () => void) {
    const message = this.querySelector('[data-message]');
    const button = this.querySelector<HTMLButtonElement>('[data-reload]');
    if (!message || !button) return;
    this.dataset.state = state;
    message.textContent = state === 'idle' ? '' : (this.dataset[state] ?? '');
    if (onReload) button.onclick = onReload;
  }
}
customElements.define('offline-update', OfflineUpdate);
