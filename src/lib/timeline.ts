const dayMs = 86_400_000;
const toDays = (isoDay: string) => Date.parse(`${isoDay}T00:00:00Z`) / dayMs;

/**
 * A horizontal scale from day to x. Days before `denseFrom` (the few old events) share a narrow
 * band at the left, so that the dense span after it keeps most of the width.
 */
export function timeScale(options: {
  first: string;
  last: string;
  denseFrom: string;
  width: number;
  /** The share of the width given to the dense span when there are older events. */
  denseShare?: number;
}): (isoDay: string) => number {
  const first = toDays(options.first);
  const last = toDays(options.last);
  const denseFrom = Math.max(first, toDays(options.denseFrom));
  const split = denseFrom > first ? options.width * (1 - (options.denseShare ?? 0.8)) : 0;
  return (isoDay: string) => {
    const day = toDays(isoDay);
    // with no older band (denseFrom is then the first day) every day is on the dense scale, even one before it
    if (day < denseFrom && denseFrom > first) return ((day - first) / (denseFrom - first)) * split;
    return split + ((day - denseFrom) / Math.max(1, last - denseFrom)) * (options.width - split);
  };
}

/** Puts marks [x1, x2] in lanes so that none comes closer than `gap` to another in its lane. */
export function assignLanes(marks: { x1: number; x2: number }[], gap: number): number[] {
  const laneEnds: number[] = [];
  return marks.map(({ x1, x2 }) => {
    let lane = laneEnds.findIndex((end) => x1 - end >= gap);
    if (lane === -1) lane = laneEnds.push(-Infinity) - 1;
    laneEnds[lane] = x2;
    return lane;
  });
}

/** The axis's first day: 1 January of the first event's year, so that the first year's tick is on the axis. */
export function axisStart(firstDay: string): string {
  return `${firstDay.slice(0, 4)}-01-01`;
}

/** Whether a chart from `first` has an older, compressed band before `denseFrom`. */
export function hasOlderBand(first: string, denseFrom: string): boolean {
  return first < denseFrom;
}

/** The years to label on the axis: every year of the dense span, and the first year of the older band. */
export function yearTicks(first: string, last: string, denseFrom: string): string[] {
  const years: string[] = [];
  const from = Math.max(Number(first.slice(0, 4)), Number(denseFrom.slice(0, 4)));
  if (hasOlderBand(first, denseFrom)) years.push(first.slice(0, 4));
  for (let year = from; year <= Number(last.slice(0, 4)); year++) {
    if (!years.includes(String(year))) years.push(String(year));
  }
  return years;
}
