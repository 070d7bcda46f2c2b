// The article layout switch (src/components/LayoutSwitch.astro).
import { params, storageKeys } from '../lib/constants.ts';
import { defaultLayout, initialLayout } from '../lib/reader-choices.ts';

/** Chooses how an article's units are shown; the choice is kept and travels in the URL (?layout=). */
class LayoutSwitch extends HTMLElement {
  connectedCallback() {
    const article = document.querySelector<HTMLElement>('[data-article]');
    if (!article) return;
    const initial = initialLayout(
      new URLSearchParams(location.search).get(params.layout),
      localStorage.getItem(storageKeys.layout),
    );
    // the same width as the CSS's own default (layout.css), which a stylesheet cannot import
    const fallback = defaultLayout(matchMedia('(min-width: 60rem)').matches);
    const check = (layout: string) => {
      for (const radio of this.querySelectorAll<HTMLInputElement>('input')) radio.checked = radio.value === layout;
    };
    const apply = (layout: string, remember: boolean) => {
      article.dataset.layout = layout;
      check(layout);
      if (!remember) return;
      localStorage.setItem(storageKeys.layout, layout);
      const url = new URL(location.href);
      url.searchParams.set(params.layout, layout);
      history.replaceState(history.state, '', url);
    };
    if (initial) apply(initial, false);
    else check(fallback);
    this.addEventListener('change', (event) => {
      const radio = event.target as HTMLInputElement;
      apply(radio.value, true);
    });
  }
}
customElements.define('layout-switch', LayoutSwitch);
