/** The space between a marker and its popover, in pixels. */
const gap = 6;
/**
 * How long the pointer must rest on another marker, while a note is open, before that marker's note replaces it:
 * a move from a marker toward its popover may cross another marker on the way (hover intent).
 */
const swapDelay = 300;
/** The links and buttons a reader can reach with Tab. */
const focusable = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Shows a footnote beside its marker on hover, focus and tap; Escape closes it and returns focus. It holds links,
 * so it is no tooltip: it describes the marker, and the reader may move into it.
 */
class FootnotePopovers extends HTMLElement {
  #popover = document.createElement('div');
  #marker: HTMLAnchorElement | undefined;
  #hideTimer: number | undefined;
  #swapTimer: number | undefined;
  #openedAt = 0;

  connectedCallback() {
    const popover = this.#popover;
    popover.className = 'fn-popover';
    popover.id = 'fn-popover';
    popover.hidden = true;
    popover.addEventListener('mouseenter', () => {
      window.clearTimeout(this.#hideTimer);
      window.clearTimeout(this.#swapTimer);
    });
    popover.addEventListener('mouseleave', () => {
      this.scheduleHide();
    });
    // The popover comes last in the page: Tab from its marker leads into it, and out of it back to the text.
    popover.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab' || !this.#marker) return;
      const stops = [...popover.querySelectorAll<HTMLElement>(focusable)];
      if (event.shiftKey && document.activeElement === stops[0]) {
        event.preventDefault();
        this.#marker.focus();
      } else if (!event.shiftKey && document.activeElement === stops.at(-1)) {
        // from the marker, the browser's own Tab goes on to what follows it in the text
        this.#marker.focus();
      }
    });
    popover.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (!popover.contains(next) && next !== this.#marker) this.scheduleHide();
    });
    this.append(popover);
    const markers = () => this.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]');
    for (const marker of markers()) {
      marker.addEventListener('mouseenter', () => {
        window.clearTimeout(this.#swapTimer);
        // another marker's note is open: the pointer may only be passing on its way to it
        if (!popover.hidden && this.#marker !== marker) {
          window.clearTimeout(this.#hideTimer);
          this.#swapTimer = window.setTimeout(() => {
            this.show(marker);
          }, swapDelay);
        } else this.show(marker);
      });
      marker.addEventListener('mouseleave', () => {
        window.clearTimeout(this.#swapTimer);
        this.scheduleHide();
      });
      marker.addEventListener('keydown', (event) => {
        if (event.key !== 'Tab' || event.shiftKey || popover.hidden || this.#marker !== marker) return;
        const first = popover.querySelector<HTMLElement>(focusable);
        if (!first) return;
        event.preventDefault();
        first.focus();
      });
      marker.addEventListener('focus', () => {
        this.show(marker);
      });
      marker.addEventListener('blur', (event) => {
        if (!popover.contains(event.relatedTarget as Node | null)) this.scheduleHide();
      });
      marker.addEventListener('click', (event) => {
        // a tap shows the note where the reader is (its focus may have opened it a moment ago);
        // a second click on an open note follows the link
        if (this.#marker === marker && !popover.hidden && Date.now() - this.#openedAt > 500) return;
        event.preventDefault();
        this.show(marker);
      });
    }
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !popover.hidden) {
        const marker = this.#marker;
        this.hide();
        marker?.focus({ preventScroll: true });
      }
    });
    document.addEventListener('click', (event) => {
      const target = event.target as Node;
      if (!popover.hidden && !popover.contains(target) && !this.#marker?.contains(target)) this.hide();
    });
  }

  show(marker: HTMLAnchorElement) {
    window.clearTimeout(this.#hideTimer);
    const note = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
    if (!note) return;
    const content = note.cloneNode(true) as HTMLElement;
    content.querySelectorAll('[data-footnote-backref]').forEach((backref) => {
      backref.remove();
    });
    const body = document.createElement('div');
    body.className = 'fn-popover-body';
    body.append(...content.childNodes);
    const open = document.createElement('a');
    open.href = marker.hash;
    open.textContent = this.dataset.openLabel ?? '';
    this.#popover.replaceChildren(body, open);
    this.#marker?.removeAttribute('aria-describedby');
    if (this.#marker !== marker || this.#popover.hidden) this.#openedAt = Date.now();
    this.#marker = marker;
    marker.setAttribute('aria-describedby', this.#popover.id);
    const box = marker.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    this.#popover.hidden = false;
    const width = this.#popover.offsetWidth;
    const height = this.#popover.offsetHeight;
    const left = Math.min(Math.max(box.left - host.left - width / 2, 0), host.width - width);
    // below the marker, unless it would run past the bottom of the screen and there is room above
    const above = box.bottom + gap + height > window.innerHeight && box.top - gap - height >= 0;
    this.#popover.dataset.placement = above ? 'above' : 'below';
    const top = above ? box.top - host.top - gap - height : box.bottom - host.top + gap;
    this.#popover.style.insetBlockStart = `${top}px`;
    this.#popover.style.left = `${left}px`;
  }

  scheduleHide() {
    window.clearTimeout(this.#hideTimer);
    this.#hideTimer = window.setTimeout(() => {
      if (!this.#popover.matches(':hover') && !this.#popover.contains(document.activeElement)) this.hide();
    }, 250);
  }

  hide() {
    this.#popover.hidden = true;
    this.#marker?.setAttribute('aria-describedby', 'footnote-label');
  }
}
customElements.define('footnote-popovers', FootnotePopovers);
