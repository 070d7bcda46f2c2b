// What a first visit to a page costs, measured in Chromium: used by the byte-budget tests and the benchmarks.
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';

export const resourceKinds = ['html', 'css', 'js', 'font', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface LoadedResource extends Bytes {
  url: string;
  kind: ResourceKind;
  /** The HTTP status: 206 for a byte range. */
  status: number;
}

export interface PageWeight {
  requests: number;
  byKind: Record<ResourceKind, Bytes & { requests: number }>;
  /** Scripts written into the page, counted in `js` too (JSON-LD is data, not script). */
  inlineScript: Bytes;
  total: Bytes;
}

const kindOf = (resourceType: string): ResourceKind =>
  (({ document: 'html', stylesheet: 'css', script: 'js', font: 'font' }) as Record<string, ResourceKind>)[
    resourceType
  ] ?? 'other';

/** A body's size as sent, and gzip-compressed at level 9 (how a compressing server would send it). */
export const bytesOf = (body: Buffer | string): Bytes => ({
  raw: Buffer.byteLength(body),
  gzip: zlib.gzipSync(body, { level: 9 }).length,
});

/** Collects every response a page receives from now on, with its kind and size; `settle()` waits for them all. */
export function recordResponses(page: Page): { settle: () => Promise<LoadedResource[]> } {
  const bodies: Promise<LoadedResource>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response.request().resourceType());
    const url = response.url();
    const status = response.status();
    bodies.push(
      response
        .body()
        .then((body) => ({ url, kind, status, ...bytesOf(body) }))
        .catch(() => ({ url, kind, status, raw: 0, gzip: 0 })),
    );
  });
  return { settle: () => Promise.all(bodies) };
}

/** Everything a first visit to `path` loads, fonts included, by kind, raw and gzip. */
export async function firstLoad(page: Page, path: string): Promise<PageWeight> {
  const recorder = recordResponses(page);
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  const loaded = await recorder.settle();
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')]
      .map((s) => s.textContent)
      .join('\n'),
  );
  const inlineScript = bytesOf(inline);
  const byKind = Object.fromEntries(
    resourceKinds.map((kind) => {
      const of = loaded.filter((r) => r.kind === kind);
      return [
        kind,
        {
          raw: of.reduce((sum, r) => sum + r.raw, 0),
          gzip: of.reduce((sum, r) => sum + r.gzip, 0),
          requests: of.length,
        },
      ];
    }),
  ) as PageWeight['byKind'];
  byKind.js.raw += inlineScript.raw;
  byKind.js.gzip += inlineScript.gzip;
  return {
    requests: loaded.length,
    byKind,
    inlineScript,
    total: {
      raw: loaded.reduce((sum, r) => sum + r.raw, 0),
      gzip: loaded.reduce((sum, r) => sum + r.gzip, 0),
    },
  };
}
