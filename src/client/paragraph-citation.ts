// A paragraph's cite panel: when first opened, it takes the page's one paragraph-citation template (every style's
// citations, the article's files and how to add the locator) and puts its own number where the template has a
// placeholder. Without JavaScript the panel still gives the paragraph's locator and address, and links to the
// article's citations.
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
    const { number = '' } = template.dataset;
    const content = template.content.cloneNode(true) as DocumentFragment;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      node.nodeValue = (node.nodeValue ?? '').replaceAll(number, n);
    }
    this.append(content);
  }
}
if (!customElements.get('paragraph-citation')) customElements.define('paragraph-citation', ParagraphCitation);
