// The cite panel's Copy buttons: each copies its citation as rich text (text/html, the titles in italics) and as
// plain text, so that a word processor keeps the italics and a plain editor gets the text. Without JavaScript the
// text is there to select.
class CopyCitation extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    button?.addEventListener('click', () => {
      const citation = this.closest('dd')?.querySelector('.citation');
      if (!citation) return;
      const text = citation.textContent.replace(/\s+/gu, ' ').trim();
      const html = `<span lang="en" dir="ltr">${citation.innerHTML}</span>`;
      const item = new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      });
      void navigator.clipboard.write([item]).then(() => {
        button.textContent = this.dataset.copied ?? '';
      });
    });
  }
}
if (!customElements.get('copy-button')) customElements.define('copy-button', CopyCitation);
