// A paragraph's cite panel: when first opened, it takes the page's one paragraph-citation template and puts its
// own #pN fragment and number where the template has placeholders. Without JavaScript the panel still offers
// the paragraph's own citation files.
class ParagraphCitation extends HTMLElement {
  connectedCallback() {
    const panel = this.closest('details');
    panel?.addEventListener('toggle', () => {
      if (panel.open && !this.childElementCount) this.fill();
    });
    if (panel?.open) this.fill();
  }

  private fill() {
    const template = document.querySelector<HTMLTemplateElement>('template#paragraph-citation');
    const n = this.dataset.n;
    if (!template || !n) return;
    const { fragment = '', number = '' } = template.dataset;
    const content = template.content.cloneNode(true) as DocumentFragment;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      node.nodeValue = (node.nodeValue ?? '').replaceAll(fragment, `#p${n}`).replaceAll(number, n);
    }
    this.append(content);
  }
}
if (!customElements.get('paragraph-citation')) customElements.define('paragraph-citation', ParagraphCitation);
