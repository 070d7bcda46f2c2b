// What the build holds back with the drafts (waitingForDrafts), on a copy of the made-up edition in tests/fixtures:
// the expected ids are read off the fixture's files by hand.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { waitingForDrafts } from '../../src/check/edition-files.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/edition');

test('a draft holds back the events only it cites and the entities only it names, until it is published', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'edition-drafts-'));
  fs.cpSync(fixture, dir, { recursive: true });
  const visit = path.join(dir, 'content/articles/2023-02-21-visit.mdx');
  const published = fs.readFileSync(visit, 'utf8');
  /** Rewrites the article, dated later than anything read before (a save in the same millisecond is not a case). */
  const write = (text: string, seconds: number) => {
    fs.writeFileSync(visit, text);
    const later = new Date(Date.now() + seconds * 1000);
    fs.utimesSync(visit, later, later);
  };
  const previous = process.env.EDITION_DIR;
  process.env.EDITION_DIR = dir;
  try {
    const sorted = ({ events, entities }: { events: Set<string>; entities: Set<string> }) => ({
      events: [...events].sort(),
      entities: [...entities].sort(),
    });
    assert.deepEqual(sorted(waitingForDrafts()), { events: [], entities: [] });

    write(published.replace('slug: 2023-02-21-visit\n', 'slug: 2023-02-21-visit\ndraft: true\n'), 10);
    // Its event is cited by no other article. Of the entities it names, Moscow and Wang Yi are also named by the
    // published call; the Foreign Ministry and Reuters (its outlet) are not, nor take part in a published event.
    assert.deepEqual(sorted(waitingForDrafts()), {
      events: ['2023-02-21-visit'],
      entities: ['foreign-ministry', 'reuters'],
    });

    write(published, 20);
    assert.deepEqual(sorted(waitingForDrafts()), { events: [], entities: [] });
  } finally {
    if (previous === undefined) delete process.env.EDITION_DIR;
    else process.env.EDITION_DIR = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
