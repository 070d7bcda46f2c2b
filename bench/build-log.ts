// The stage profile of an `astro build`, read from its log: the benchmarks time each stage of each build with it.

export interface Stage {
  name: string;
  seconds: number;
}

/** Seconds since local midnight, the clock Astro stamps its log lines with. */
export const secondsOfDay = (date: Date): number =>
  date.getHours() * 3600 + date.getMinutes() * 60 + date.getSeconds() + date.getMilliseconds() / 1000;

// The lines that open Astro's own stages, in the order it prints them.
const openers: [RegExp, string][] = [
  [/^\[content\] Syncing content/u, 'content sync'],
  [/^\[build\] Collecting build info/u, 'build info'],
  [/^\[build\] Building static entrypoints/u, 'static entrypoints'],
  [/^generating static routes/u, 'static routes'],
];
// Astro's own tags and log levels: any other tag after the routes is an integration's astro:build:done hook.
const astroTags = new Set(['build', 'vite', 'content', 'types', 'WARN', 'ERROR', 'INFO', 'DEBUG']);
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'gu');

/**
 * Time per stage of an `astro build` from its log (NO_COLOR): startup (from `started`, seconds of the day, or from
 * the first line), content sync, build info, static entrypoints, static routes, then each integration that logs in
 * astro:build:done, which is timed to its last line (the hooks that log nothing count in the next one that does),
 * and finishing. A line of an integration after the next one has logged reports work left running in the
 * background, which overlaps the stages after it: it opens no stage. Log lines are stamped to the second, so each stage is too; unstamped lines take the last stamp.
 */
export function buildStages(log: string, started?: number): Stage[] {
  const stages: Stage[] = [];
  let time: number | undefined;
  let dayOffset = 0;
  let current: { name: string; since: number } | undefined;
  let integration: { name: string; last: number } | undefined;
  let routesDone = false;
  // integrations whose stage has ended: a later line of theirs reports work they left running (Pagefind's index)
  const ended = new Set<string>();
  const close = (name: string, since: number, until: number) => {
    stages.push({ name, seconds: Math.max(0, until - since) });
  };
  for (const raw of log.replace(ansi, '').split('\n')) {
    const stamped = /^(\d{2}):(\d{2}):(\d{2})\s(.*)$/u.exec(raw);
    if (stamped) {
      const [, h = '0', m = '0', s = '0'] = stamped;
      let stamp = Number(h) * 3600 + Number(m) * 60 + Number(s) + dayOffset;
      // a build that runs past midnight
      if (time !== undefined && stamp < time - 43_200) {
        dayOffset += 86_400;
        stamp += 86_400;
      }
      time = stamp;
      // a start just before midnight, the first line just after
      const start = started !== undefined && started > time + 43_200 ? started - 86_400 : started;
      current ??= { name: 'startup', since: Math.min(start ?? time, time) };
    }
    if (time === undefined || !current) continue;
    const text = (stamped?.[4] ?? raw).trim();
    const opener = openers.find(([pattern]) => pattern.test(text));
    if (opener && !routesDone) {
      close(current.name, current.since, time);
      current = { name: opener[1], since: time };
      continue;
    }
    if (current.name === 'static routes' && !routesDone && /^(\[build\] )?✓ Completed in/u.test(text)) {
      close(current.name, current.since, time);
      current = { name: 'unlogged build:done hooks', since: time };
      routesDone = true;
      continue;
    }
    if (!routesDone) continue;
    const tag = [...text.matchAll(/\[([^\]\s]+)\]\s*/guy)]
      .map((match) => match[1] ?? '')
      .find((t) => !astroTags.has(t));
    if (tag) {
      const name = `[${tag}]`;
      if (ended.has(name)) continue;
      if (integration && integration.name !== name) {
        ended.add(integration.name);
        close(integration.name, current.since, integration.last);
        current = { name, since: integration.last };
      }
      integration = { name, last: time };
    } else if (/^\[build\] (\d+ page\(s\) built|Complete!)/u.test(text) && current.name !== 'finishing') {
      const until = integration?.last ?? time;
      close(integration?.name ?? current.name, current.since, until);
      integration = undefined;
      current = { name: 'finishing', since: until };
    }
  }
  if (current && time !== undefined) {
    if (integration) {
      close(integration.name, current.since, integration.last);
      current = { name: 'finishing', since: integration.last };
    }
    close(current.name, current.since, time);
  }
  return stages;
}
