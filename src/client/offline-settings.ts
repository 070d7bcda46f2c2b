// The About page's offline copy settings (src/components/OfflineSettings.astro).
import {
  heldCopy,
  keepWholeCopy,
  offlineSupported,
  offlineWanted,
  publishedCopy,
  registerOffline,
  setOffline,
  storedCopy,
} from '../offline/client.ts';
import { megabytes, offlineState } from '../lib/offline-status.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';

/** Reports what this browser holds, offers the whole edition with its size, and turns the copy off and on. */
class OfflineSettings extends HTMLElement {
  #strings: Record<string, string> = {};
  #keeping = false;

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const toggle = this.querySelector<HTMLInputElement>('[data-switch]');
    if (!toggle) return;
    toggle.addEventListener('change', () => {
      toggle.disabled = true;
      void setOffline(toggle.checked).then(() => this.refresh());
    });
    this.querySelector('[data-keep-all]')?.addEventListener('click', () => void this.keepAll());
    if (offlineSupported()) {
      navigator.serviceWorker.addEventListener('controllerchange', () => void this.refresh());
    }
    void this.refresh();
  }

  text(key: string, vars: Record<string, string> = {}): string {
    return fillPlaceholders(this.#strings[key] ?? '', vars, Object.keys(vars));
  }

  megabytes(bytes: number): string {
    return megabytes(bytes, document.documentElement.lang === 'ar' ? 'ar' : 'en');
  }

  /** Downloads the whole edition on the reader's request, saying how far it has got. */
  async keepAll() {
    const button = this.querySelector<HTMLButtonElement>('[data-keep-all]');
    const status = this.querySelector('[data-keep-status]');
    if (!button || !status || this.#keeping) return;
    this.#keeping = true;
    button.disabled = true;
    this.dataset.keeping = 'downloading';
    try {
      await keepWholeCopy((done, total) => {
        status.textContent = this.text('offline.keepProgress', { done: String(done), total: String(total) });
      });
      status.textContent = '';
      delete this.dataset.keeping;
    } catch {
      status.textContent = this.text('offline.keepFailed');
      this.dataset.keeping = 'failed';
    }
    this.#keeping = false;
    button.disabled = false;
    await this.refresh();
  }

  async refresh() {
    const toggle = this.querySelector<HTMLInputElement>('[data-switch]');
    const status = this.querySelector('[data-status]');
    const whole = this.querySelector<HTMLElement>('[data-whole]');
    if (!toggle || !status || !whole) return;
    const registration = await registerOffline(); // none where unsupported or turned off
    const stored = await storedCopy();
    const held = await heldCopy();
    const state = offlineState({
      supported: offlineSupported(),
      wanted: offlineWanted(),
      registered: registration !== undefined,
      stored: stored !== undefined,
      whole: held?.full ?? true, // a copy made before the shell existed is whole
      installing: Boolean(registration?.installing),
    });
    let vars: Record<string, string> = {};
    if (state === 'ready' && stored) {
      vars = { size: this.megabytes(stored.full.bytes), files: String(stored.full.files), version: stored.version };
    } else if (state === 'partial' && stored) {
      vars = { pages: String(held?.groups.length ?? 0), version: stored.version };
    } else if (state === 'downloading') {
      const published = await publishedCopy();
      const size = published && (published.auto ? published.full : published.shell);
      vars = { size: size ? this.megabytes(size.bytes) : '…' };
      registration?.installing?.addEventListener('statechange', () => void this.refresh());
    }
    this.dataset.state = state;
    status.textContent = this.text(`offline.state.${state}`, vars);
    toggle.checked = state !== 'off' && state !== 'unsupported';
    toggle.disabled = state === 'unsupported';
    // The whole edition, offered with its size first where a first visit does not keep it.
    const full = state === 'partial' ? stored?.full : undefined;
    whole.hidden = !full;
    const size = whole.querySelector('[data-whole-size]');
    if (full && size) {
      size.textContent = this.text('offline.whole', {
        files: String(full.files),
        size: this.megabytes(full.bytes),
        gzip: this.megabytes(full.gzip),
      });
    }
  }
}
customElements.define('offline-settings', OfflineSettings);
