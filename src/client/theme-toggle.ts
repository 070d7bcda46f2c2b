// The colour scheme toggle (src/components/ThemeToggle.astro); the head script of Base.astro applies the kept choice.
import { storageKeys } from '../lib/constants.ts';
import { otherTheme } from '../lib/reader-choices.ts';

/** Dark or light against the system's preference; the choice is kept (the head script applies it before paint). */
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const root = document.documentElement;
    const isDark = () =>
      root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', () => {
      const theme = otherTheme(isDark());
      root.dataset.theme = theme;
      localStorage.setItem(storageKeys.theme, theme);
      button.setAttribute('aria-pressed', String(theme === 'dark'));
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
