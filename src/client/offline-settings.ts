// The About page's offline copy settings (src/components/OfflineSettings.astro).
import {
  offlineSupported,
  offlineWanted,
  publishedCopy,
  registerOffline,
  setOffline,
  storedCopy,
} from '../offline/client.ts';
import { megabytes, offlineState } from '../lib/offline-status.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';

/** Reports what this browser holds and lets the reader turn the copy off and on. */
class OfflineSettings extends HTMLElement {
  #strings: Record<string, string> = {};

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const toggle = this.querySelector<HTMLInputElement>('[data-switch]');
    if (!toggle) return;
    toggle.addEventListener('change', () => {
      toggle.disabled = true;
      void setOffline(toggle.checked).then(() => this.refresh());
    });
    if (offlineSupported()) {
      navigator.serviceWorker.addEventListener('controllerchange', () => void this.refresh());
    }
    void this.refresh();
  }

  megabytes(bytes: number): string {
    return megabytes(bytes, document.documentElement.lang === 'ar' ? 'ar' : 'en');
  }

  async refresh() {
    const toggle = this.querySelector<HTMLInputElement>('[data-switch]');
    const status = this.querySelector('[data-status]');
    if (!toggle || !status) return;
    const registration = await registerOffline(); // none where unsupported or turned off
    const stored = await storedCopy();
    const state = offlineState({
      supported: offlineSupported(),
      wanted: offlineWanted(),
      registered: registration !== undefined,
      stored: stored !== undefined,
      installing: Boolean(registration?.installing),
    });
    let vars: Record<string, string> = {};
    if (state === 'ready' && stored) {
      vars = { size: this.megabytes(stored.bytes), files: String(stored.files.length), version: stored.version };
    } else if (state === 'downloading') {
      const published = await publishedCopy();
      vars = { size: published ? this.megabytes(published.bytes) : '…' };
      registration?.installing?.addEventListener('statechange', () => void this.refresh());
    }
    this.dataset.state = state;
    status.textContent = fillPlaceholders(this.#strings[`offline.state.${state}`] ?? '', vars, Object.keys(vars));
    toggle.checked = state !== 'off' && state !== 'unsupported';
    toggle.disabled = state === 'unsupported';
  }
}
customElements.define('offline-settings', OfflineSettings);
