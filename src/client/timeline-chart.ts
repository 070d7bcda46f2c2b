/**
 * The chronology's timeline: one tab stop for all its marks (the arrow keys move between them, in time order and
 * in the direction time runs on screen), and the title of the mark under the pointer or focus written out below it.
 */
class TimelineChart extends HTMLElement {
  connectedCallback() {
    const marks = [...this.querySelectorAll<SVGAElement>('a[data-event]')];
    const label = this.querySelector<HTMLElement>('[data-timeline-label]');
    const rtl = this.querySelector('[data-direction]')?.getAttribute('data-direction') === 'rtl';
    let current = 0;
    const show = (mark: SVGAElement | undefined) => {
      if (label) label.textContent = mark?.dataset.label ?? '';
    };
    const focusMark = (index: number) => {
      marks[current]?.setAttribute('tabindex', '-1');
      current = Math.min(Math.max(index, 0), marks.length - 1);
      marks[current]?.setAttribute('tabindex', '0');
      marks[current]?.focus();
    };
    marks.forEach((mark, i) => {
      mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
      mark.addEventListener('focus', () => {
        marks[current]?.setAttribute('tabindex', '-1');
        current = i;
        mark.setAttribute('tabindex', '0');
        show(mark);
      });
      mark.addEventListener('mouseenter', () => {
        show(mark);
      });
      mark.addEventListener('blur', () => {
        show(undefined);
      });
      mark.addEventListener('mouseleave', () => {
        show(marks.find((m) => m === document.activeElement));
      });
    });
    this.addEventListener('keydown', (event) => {
      const later = rtl ? 'ArrowLeft' : 'ArrowRight';
      const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
      const moves: Record<string, number> = {
        [later]: current + 1,
        [earlier]: current - 1,
        ArrowDown: current + 1,
        ArrowUp: current - 1,
        Home: 0,
        End: marks.length - 1,
      };
      const target = moves[event.key];
      if (target === undefined || !marks.length) return;
      event.preventDefault();
      focusMark(target);
    });
  }
}
customElements.define('timeline-chart', TimelineChart);
