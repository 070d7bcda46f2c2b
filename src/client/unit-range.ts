// A passage copied across several units is credited to their range (#p3–p5, see copy-passage.ts); opening such an
// address marks those units as :target marks one, and brings the first into view.

import { parseUnitRange } from '../lib/passage.ts';

const range = parseUnitRange(decodeURIComponent(location.hash.slice(1)));
if (range) {
  const units = [...document.querySelectorAll<HTMLElement>('[data-unit]')].filter((unit) => {
    const n = Number(unit.dataset.unit);
    return n >= range.first && n <= range.last;
  });
  for (const unit of units) unit.dataset.inRange = '';
  units[0]?.scrollIntoView({ block: 'start' });
}
