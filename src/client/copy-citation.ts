// The cite panel's Copy buttons: each copies its style's citation as plain text, the reference and (for a
// paragraph) the note or in-text citation on the next line. Without JavaScript the text is there to select.
import { citationText } from '../lib/copy-text.ts';

class CopyCitation extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    button?.addEventListener('click', () => {
      const parts = [...(this.closest('dd')?.querySelectorAll('.citation') ?? [])].map((part) => part.textContent);
      void navigator.clipboard.writeText(citationText(parts)).then(() => {
        button.textContent = this.dataset.copied ?? '';
      });
    });
  }
}
if (!customElements.get('copy-button')) customElements.define('copy-button', CopyCitation);
