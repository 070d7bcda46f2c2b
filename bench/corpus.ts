// Generates a synthetic edition of N articles for the benchmarks: `node bench/corpus.ts <count> <dir>`.
// The first five are the real articles; every further one is a real article under a new slug and date, with its
// own source file, all its units, glosses and footnotes, its own main event, and the real background events, so
// the corpus has the shape of the real one (about nine events per article, one of them its own).
import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const dayMs = 86_400_000;
// Quoted, so that no YAML reader takes a date for a timestamp.
const quoted = { defaultStringType: 'QUOTE_SINGLE' } as const;

/** The ISO day `days` after 2000-01-01: synthetic articles are spread over the years before the real ones. */
const syntheticDay = (days: number) => new Date(Date.UTC(2000, 0, 1) + days * dayMs).toISOString().slice(0, 10);

/** An article file's YAML front matter and MDX body. */
export function splitArticle(text: string): { frontmatter: string; body: string } {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text) ?? [];
  return { frontmatter, body };
}

interface EventRef {
  id: string;
  main?: boolean;
  units: number[];
}

/** Writes a corpus of `count` articles (at least the five real ones) into `dir`, replacing what was there. */
export function generateCorpus(count: number, dir: string): void {
  fs.rmSync(path.join(dir, 'content'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'sources'), { recursive: true, force: true });
  fs.cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  fs.cpSync(path.join(root, 'sources'), path.join(dir, 'sources'), { recursive: true });
  const articlesDir = path.join(root, 'content/articles');
  const originals = fs.readdirSync(articlesDir).sort();
  for (let i = originals.length; i < count; i++) {
    const file = originals[i % originals.length];
    if (!file) throw new Error('no articles in content/articles');
    const text = fs.readFileSync(path.join(articlesDir, file), 'utf8');
    const { frontmatter, body } = splitArticle(text);
    const data = parse(frontmatter) as { slug: string; date: string; events: EventRef[] };
    const date = syntheticDay(i * 9);
    const slug = `${date}-synthetic-${String(i).padStart(4, '0')}`;
    fs.copyFileSync(path.join(root, `sources/${data.slug}.txt`), path.join(dir, `sources/${slug}.txt`));

    // The article's own main event is copied under a new id and date; background events are shared.
    const main = data.events.find((ref) => ref.main);
    if (!main) throw new Error(`${file}: no main event`);
    const event = parse(fs.readFileSync(path.join(root, `content/events/${main.id}.yaml`), 'utf8')) as Record<
      string,
      unknown
    >;
    const eventId = `${date}-synthetic-event-${String(i).padStart(4, '0')}`;
    fs.writeFileSync(
      path.join(dir, `content/events/${eventId}.yaml`),
      stringify({ ...event, date, dateBasis: { kind: 'stated' } }, quoted),
    );
    const events = data.events.map((ref) => (ref.main ? { ...ref, id: eventId } : ref));
    const copy = { ...data, slug, date, dateBasis: { kind: 'stated' }, events };
    fs.writeFileSync(path.join(dir, `content/articles/${slug}.mdx`), `---\n${stringify(copy, quoted)}---\n${body}`);
  }
}

if (import.meta.main) {
  const [count, dir] = process.argv.slice(2);
  if (!count || !dir || !/^\d+$/u.test(count)) {
    console.error('usage: node bench/corpus.ts <article count> <directory>');
    process.exit(2);
  }
  generateCorpus(Number(count), path.resolve(dir));
  console.log(`${count} articles written to ${dir}`);
}
