import { filterNames, maxQueryLength, params as urlParams } from '../lib/constants.ts';
import { localePath } from '../lib/paths.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import { scriptRuns } from '../lib/script-runs.ts';
import { indexWords, personWord, prefixWords, rankSort, type SearchLayout } from '../lib/search-layout.ts';
import { pageGroup, shellPages } from '../lib/offline.ts';
import { partRange, shardAt, type ShardLengths } from '../lib/search-docs.ts';
import { heldCopy } from '../offline/client.ts';
import { appendMarked } from './marks.ts';
import { fetchRange, inflateRaw } from './byte-range.ts';
import {
  chooseExcerpt,
  excerptWindow,
  markedWords,
  markingTerms,
  matchCandidate,
  orderMatches,
  passageMatches,
  resultCount,
  type Candidate,
  type Match,
  type SearchHead,
  type SearchPassage,
} from '../lib/search-match.ts';
import {
  lexiconShard,
  nearestWords,
  parseQuery,
  unquotedQuery,
  type Query,
  type QueryTerm,
} from '../lib/search-text.ts';

interface PagefindResult {
  id: string;
  score: number;
  /** The positions of the words that answered, in the record's indexed words. */
  words: number[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

const groupsPerPage = 10;
/**
 * Passages a result shows at first, in text order; the others are one click away. One keeps a first search within
 * its budget on a large edition (each passage is about 1 KB: see the README).
 */
const passagesShown = 1;
type Locale = 'en' | 'ar';

/** A result on its way to the page: its match, its head, and the passages it shows (checked, for a phrase). */
interface Group {
  match: Match;
  head: SearchHead;
  /** The passages that match, in text order: all of them once checked, else those the index names. */
  passages: number[];
  shown: Map<number, SearchPassage>;
}

/**
 * The search page. Pagefind says which records hold every word of the query and where: the word positions it
 * returns fall in the blocks of the paragraphs that matched (src/lib/search-layout.ts), so the results are counted
 * and ordered before any record is fetched, and only the paragraphs on screen are. A word the edition does not
 * contain finds nothing: no indexed word can stand in for it.
 */
class EditionSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #shards = new Map<string, Promise<Record<string, string>>>();
  #files = new Map<string, Promise<unknown>>();
  #strings: Record<string, string> = {};
  #layout: SearchLayout = { stride: 1, counts: { article: 0, event: 0, entity: 0, page: 0 } };
  /** The ranks of the entities and pages in the order of their titles in this interface's language. */
  #byTitle: number[] = [];
  #matches: Match[] = [];
  #query: Query = { terms: [], phrases: [] };
  #queryText = '';
  #sort: '' | 'asc' | 'desc' = '';
  #shown = 0;
  /** Results counted so far: all of them, unless a phrase still has records to check. */
  #count = 0;
  /** Results left out because their files are not in the offline copy (the reader is offline). */
  #notKept = 0;
  #run = 0;

  get locale(): Locale {
    return document.documentElement.lang === 'ar' ? 'ar' : 'en';
  }

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    this.#layout = JSON.parse(this.dataset.layout ?? '{}') as SearchLayout;
    this.#byTitle = JSON.parse(this.dataset.byTitle ?? '[]') as number[];
    const form = this.querySelector('form');
    const params = new URLSearchParams(location.search);
    for (const field of form?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]') ?? []) {
      field.value = params.get(field.name)?.slice(0, maxQueryLength) ?? '';
      // a value the page does not offer (an old link) is dropped rather than searched for unseen
      if (field instanceof HTMLSelectElement && field.selectedIndex < 0) field.value = '';
    }
    this.updateFilterSummary();
    let timer: number | undefined;
    form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    form?.addEventListener('input', () => {
      window.clearTimeout(timer);
      this.updateFilterSummary();
      timer = window.setTimeout(() => void this.search(), 150);
    });
    this.querySelector('[data-more]')?.addEventListener('click', () => {
      void this.showMore();
    });
    // The index loads when the reader turns to the search box, not before.
    form?.querySelector('input')?.addEventListener('focus', () => void this.pagefind(), { once: true });
    void this.search();
  }

  text(key: string, vars: Record<string, string | number> = {}): string {
    // the query is isolated, so that Arabic in an English sentence (or the reverse) keeps its place
    return fillPlaceholders(this.#strings[key] ?? key, vars, ['query']);
  }

  /** Writes a status line, the words in the other language (the query, a name) each with their own lang and dir. */
  setStatus(text: string) {
    this.querySelector('[data-status]')?.replaceChildren(
      ...scriptRuns(text, this.locale).map((run) => {
        if (!run.lang) return run.text;
        const bdi = document.createElement('bdi');
        bdi.lang = run.lang;
        bdi.dir = run.lang === 'ar' ? 'rtl' : 'ltr';
        bdi.textContent = run.text;
        return bdi;
      }),
    );
  }

  /** Opens the filters when any is set, and counts them in their summary. */
  updateFilterSummary() {
    const details = this.querySelector<HTMLDetailsElement>('details[data-filters]');
    const set = [...this.querySelectorAll<HTMLSelectElement>('details[data-filters] select')].filter((s) => s.value);
    const count = this.querySelector('[data-filter-count]');
    if (count) count.textContent = set.length ? ` (${set.length})` : '';
    if (details && set.length) details.open = true;
  }

  pagefind(): Promise<Pagefind> {
    this.#pagefind ??= (import(/* @vite-ignore */ this.dataset.bundle ?? '') as Promise<Pagefind>).then(
      async (pagefind) => {
        // in the page, not a worker: the worker's own script would cost a first search 12 KB more
        await pagefind.options({ noWorker: true });
        await pagefind.init();
        return pagefind;
      },
    );
    return this.#pagefind;
  }

  /** Something the search results read (a head, a passage), loaded once. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let loaded = this.#files.get(key);
    if (!loaded) {
      loaded = load();
      // a failed fetch is asked again next time, not remembered
      loaded.catch(() => this.#files.delete(key));
      this.#files.set(key, loaded);
    }
    return loaded as Promise<T>;
  }

  /** A part of a result (0 its head, then its passages), fetched by byte range from its shard once. */
  async resultPart<T>(match: Match, part: number): Promise<T | undefined> {
    const place = shardAt(match.rank, this.#layout.counts);
    if (!place) return undefined;
    const docs = this.dataset.docs ?? '';
    const lengths = await this.once(place.name, async () => {
      const response = await fetch(`${docs}${place.name}.json`);
      if (!response.ok) throw new Error(`${String(response.status)} ${place.name}`);
      return response.json() as Promise<ShardLengths>;
    });
    const range = partRange(lengths, place.index, part);
    if (!range) return undefined;
    return this.once(`${String(match.rank)}/${String(part)}`, async () => {
      const bytes = await fetchRange(`${docs}${place.name}.bin`, range);
      return JSON.parse(await inflateRaw(bytes)) as T;
    });
  }

  /** The indexed keys sharing a key's first two letters, with a word for each: to complete a word being typed, or
   * to suggest a near word after a miss. */
  lexicon(key: string): Promise<Record<string, string>> {
    const shard = lexiconShard(key);
    let keys = this.#shards.get(shard);
    if (!keys) {
      keys = fetch(`${this.dataset.lexicon ?? ''}${shard}.json`).then((response) =>
        response.ok ? (response.json() as Promise<Record<string, string>>) : {},
      );
      this.#shards.set(shard, keys);
    }
    return keys;
  }

  /** Every indexed key in the lexicon files of some beginnings. */
  async lexiconKeys(beginnings: string[]): Promise<string[]> {
    const files = await Promise.all(beginnings.map((beginning) => this.lexicon(beginning)));
    return files.flatMap((keys) => Object.keys(keys));
  }

  /** The first term no indexed key answers (to suggest a near word for), by the lexicon. */
  async missingTerm(): Promise<QueryTerm | undefined> {
    for (const term of this.#query.terms) {
      let found = false;
      for (const form of term.forms) {
        const keys = await this.lexicon(form);
        if (term.prefix ? Object.keys(keys).some((key) => key.startsWith(form)) : form in keys) found = true;
      }
      if (!found) return term;
    }
    return undefined;
  }

  /**
   * Every record holding a word, with its rank and the positions of the words that answer: each key whole (as
   * "key ǂ", which begins no other indexed word), or, for the word still being typed, every key beginning with it.
   */
  async lookUp(
    pagefind: Pagefind,
    words: string[],
    filters: Record<string, string>,
  ): Promise<Map<string, { rank: number; positions: number[] }>> {
    const found = new Map<string, { rank: number; positions: number[] }>();
    for (const word of words) {
      const response = await pagefind.search(word, { filters, sort: { [rankSort]: 'asc' } });
      for (const { id, score, words: positions } of response?.results ?? []) {
        // sorted by rank, Pagefind scores each result minus its rank
        const entry = found.get(id) ?? { rank: Math.abs(score), positions: [] };
        entry.positions.push(...positions);
        found.set(id, entry);
      }
    }
    return found;
  }

  async search() {
    const run = ++this.#run;
    const form = this.querySelector('form');
    const list = this.querySelector('[data-results]');
    if (!form || !list) return;
    this.dataset.state = 'searching'; // state in data-*, for styling and for tests to wait on
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const query = field(urlParams.query).slice(0, maxQueryLength);
    const filters: Record<string, string> = {};
    for (const name of filterNames) {
      const value = field(name);
      if (value) filters[name] = value;
    }
    const sort = field('sort');
    const url = new URL(location.href);
    for (const [name, value] of [[urlParams.query, query], ...Object.entries(filters), ['sort', sort]] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    this.#query = parseQuery(query);
    // the status line quotes it: a query typed in quotation marks is not quoted twice
    this.#queryText = unquotedQuery(query);
    this.#sort = sort === 'asc' || sort === 'desc' ? sort : '';
    this.#matches = [];
    this.#shown = 0;
    this.#count = 0;
    this.#notKept = 0;
    this.suggest([], query);
    if (!this.#query.terms.length) {
      list.replaceChildren();
      this.updateMore();
      this.setStatus(this.text('search.prompt'));
      this.dataset.state = 'done';
      return;
    }
    this.setStatus(this.text('search.loading'));
    const matches = await this.findMatches(filters, run);
    if (run !== this.#run) return; // a newer search has started
    this.#matches = orderMatches(matches, this.#sort, this.#byTitle);
    list.replaceChildren();
    if (!this.#matches.length) {
      this.setStatus(`${this.text('search.none', { query })} ${this.text('search.noneHelp')}`);
      const term = await this.missingTerm();
      if (run !== this.#run) return;
      if (term) this.suggest(nearestWords(term.word, await this.lexicon(term.forms[0] ?? '')), query, term);
      this.updateMore();
      this.dataset.state = 'done';
      return;
    }
    // without a phrase the index's count is exact; a phrase is checked in the passages as results are shown
    if (!this.#query.phrases.length) this.#count = this.#matches.reduce((sum, m) => sum + resultCount(m), 0);
    await this.showMore(run);
  }

  /** The records whose passages hold every term, and which passages: from Pagefind's word positions alone. */
  async findMatches(filters: Record<string, string>, run: number): Promise<Match[]> {
    const pagefind = await this.pagefind();
    const answers: Map<string, { rank: number; positions: number[] }>[] = [];
    for (const term of this.#query.terms) {
      const words = term.prefix ? prefixWords(term, await this.lexiconKeys(indexWords(term))) : indexWords(term);
      const found = await this.lookUp(pagefind, words, filters);
      if (!found.size || run !== this.#run) return [];
      answers.push(found);
    }
    const person = filters.person ? await this.lookUp(pagefind, [personWord(filters.person)], filters) : undefined;
    const [first, ...rest] = answers;
    const matches: Match[] = [];
    for (const [id, { rank, positions }] of first ?? []) {
      const others = rest.map((found) => found.get(id)?.positions);
      if (others.some((positions) => !positions)) continue;
      const candidate: Candidate = { id, rank, positions: [positions, ...(others as number[][])] };
      const match = matchCandidate(candidate, this.#layout, person && (person.get(id)?.positions ?? []));
      if (match) matches.push(match);
    }
    return matches;
  }

  /** Shows the next page of results: fetches their heads and the passages they show, checking phrases there. */
  async showMore(run = this.#run) {
    this.dataset.state = 'searching';
    // a second click while a page loads would take the page after it, and might show it first
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (more) more.disabled = true;
    const groups: Group[] = [];
    while (groups.length < groupsPerPage && this.#shown < this.#matches.length) {
      const batch = this.#matches.slice(this.#shown, this.#shown + groupsPerPage - groups.length);
      this.#shown += batch.length;
      const loaded = await Promise.all(batch.map((match) => this.group(match)));
      if (run !== this.#run) return;
      groups.push(...loaded.filter((group) => group !== undefined));
    }
    this.querySelector('[data-results]')?.append(...groups.map((group) => this.render(group)));
    const complete = !this.#query.phrases.length || this.#shown >= this.#matches.length;
    const key = complete ? 'search.results' : 'search.resultsAtLeast';
    const notKept = this.#notKept ? ` ${this.text('search.notKept', { count: this.#notKept })}` : '';
    if (this.#count) this.setStatus(`${this.text(key, { count: this.#count, query: this.#queryText })}${notKept}`);
    else
      this.setStatus(
        `${this.text('search.none', { query: this.#queryText })} ${this.text('search.noneHelp')}${notKept}`,
      );
    this.updateMore();
    this.dataset.state = 'done';
  }

  async head(match: Match): Promise<SearchHead> {
    const head = await this.resultPart<SearchHead>(match, 0);
    if (!head) throw new Error(`no search record at rank ${String(match.rank)}`);
    return head;
  }

  /** A passage of a record: an article's from its shard, anything else's from its head. */
  async passage(match: Match, k: number): Promise<SearchPassage | undefined> {
    if (match.kind !== 'article') return (await this.head(match)).passage;
    return this.resultPart<SearchPassage>(match, k + 1);
  }

  /**
   * A result ready to show, or nothing when none of its passages holds the query's phrases. Without a phrase the
   * index has said which passages match; each one fetched is still checked, so that nothing shown fails the query.
   */
  async group(match: Match): Promise<Group | undefined> {
    const phrase = this.#query.phrases.length > 0;
    const wanted = phrase ? match.passages : match.passages.slice(0, passagesShown);
    let loaded: [SearchHead, ...(SearchPassage | undefined)[]];
    try {
      loaded = await Promise.all([this.head(match), ...wanted.map((k) => this.passage(match, k))]);
    } catch (error) {
      // offline, a shard the copy does not keep cannot be read
      if (navigator.onLine) throw error;
      this.leaveOut(match);
      return undefined;
    }
    const [head, ...passages] = loaded;
    // offline, a shard kept with another page also holds results whose pages the copy does not keep
    if (!(await this.readable(head))) {
      this.leaveOut(match);
      return undefined;
    }
    const shown = new Map<number, SearchPassage>();
    wanted.forEach((k, i) => {
      const passage = passages[i];
      if (passage && passageMatches(passage, this.#query)) shown.set(k, passage);
    });
    if (!shown.size) return undefined;
    const checked = phrase ? [...shown.keys()] : match.passages;
    if (phrase) this.#count += checked.length;
    for (const k of [...shown.keys()].slice(passagesShown)) shown.delete(k);
    return { match, head, passages: checked, shown };
  }

  /** Leaves out a result whose page the offline copy does not keep: the status line counts it as such. */
  leaveOut(match: Match) {
    this.#notKept += resultCount(match);
    // a phrase's results are counted as they are shown
    if (!this.#query.phrases.length) this.#count -= resultCount(match);
  }

  /** Whether a result's page can be opened now: online, or kept by the offline copy (src/offline/service-worker.ts). */
  async readable(head: SearchHead): Promise<boolean> {
    if (navigator.onLine) return true;
    const held = await heldCopy();
    if (!held || held.full) return true;
    const group = pageGroup(head.path);
    return shellPages.has(group) || held.groups.includes(group);
  }

  /** Offers the nearest indexed words for a word the edition lacks, each a link to its own search. */
  suggest(words: string[], query: string, term?: QueryTerm) {
    const box = this.querySelector<HTMLElement>('[data-suggest]');
    if (!box) return;
    box.hidden = !words.length;
    const links = words.map((word) => {
      const link = document.createElement('a');
      const target = new URL(location.href);
      target.searchParams.set(urlParams.query, term ? query.replace(term.word, word) : word);
      link.href = `${target.pathname}${target.search}`;
      link.textContent = word;
      link.dir = 'auto';
      // a suggested word is in its own script's language, whatever the interface's
      link.lang = /\p{Script=Arabic}/u.test(word) ? 'ar' : 'en';
      return link;
    });
    // the sentence is the interface's ("Did you mean {words}?", «هل تقصد {words}؟»), the words links within it
    const [before = '', after = ''] = this.text('search.suggest').split('{words}');
    const listed = links.flatMap((link, i) => (i ? [' · ', link] : [link]));
    box.replaceChildren(...(links.length ? [before, ...listed, after] : []));
    for (const link of links) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const input = this.querySelector<HTMLInputElement>(`input[name="${urlParams.query}"]`);
        if (input) input.value = new URL(link.href).searchParams.get(urlParams.query) ?? '';
        void this.search();
      });
    }
  }

  updateMore() {
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (!more) return;
    more.hidden = this.#shown >= this.#matches.length;
    more.disabled = false;
  }

  /** A link to a page of the edition in this interface, carrying the words to mark there. */
  link(head: SearchHead, words: string[], label: string, fragment = '') {
    const link = document.createElement('a');
    const target = new URL(localePath(import.meta.env.BASE_URL, this.locale, head.path), location.href);
    const marks = words.join(' ').slice(0, maxQueryLength);
    if (marks) target.searchParams.set(urlParams.highlight, marks);
    link.href = `${target.pathname}${target.search}${fragment}`;
    link.textContent = label;
    return link;
  }

  render(group: Group) {
    const { head, shown } = group;
    const locale = this.locale;
    const item = document.createElement('li');
    item.className = 'search-group';
    item.dataset.kind = head.kind;
    const top = document.createElement('div');
    top.className = 'search-group-head';
    const own = shown.get(0);
    const headWords = own ? this.passageWords(own) : [...shown.values()].flatMap((p) => this.passageWords(p));
    const title = document.createElement('p');
    title.className = 'search-result-title';
    title.append(this.link(head, [...new Set(headWords)], head.title[locale]));
    const kind = document.createElement('p');
    kind.className = 'search-result-kind';
    kind.textContent = [this.text(`search.kind.${head.kind}`), head.dateLabel?.[locale]].filter(Boolean).join(' · ');
    top.append(title, kind);
    if (own) {
      top.append(this.excerpt(own));
      top.classList.add('search-result');
    }
    item.append(top);
    const units = [...shown].filter(([k]) => k > 0).map(([, passage]) => passage);
    const rest = group.passages.filter((k) => !shown.has(k));
    if (units.length || rest.length) {
      const list = document.createElement('ol');
      list.className = 'search-units';
      list.append(...units.map((passage) => this.unit(head, passage)));
      item.append(list);
      if (rest.length) item.append(this.moreUnits(group, rest, list));
    }
    return item;
  }

  /** One matching paragraph of an article: its number, linking to it, and its excerpt. */
  unit(head: SearchHead, passage: SearchPassage) {
    const entry = document.createElement('li');
    entry.className = 'search-result';
    entry.dataset.kind = 'unit';
    const label = document.createElement('p');
    label.className = 'search-result-title';
    const words = this.passageWords(passage);
    label.append(this.link(head, words, this.text('search.kind.unit', { n: passage.n ?? 0 }), `#p${passage.n ?? 0}`));
    entry.append(label, this.excerpt(passage));
    return entry;
  }

  /** The button that shows the rest of an article's matching paragraphs, fetching only then. */
  moreUnits(group: Group, rest: number[], list: HTMLOListElement) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-units-more';
    button.dataset.moreUnits = '';
    button.textContent = this.text('search.moreUnits', { count: rest.length });
    button.addEventListener('click', () => {
      const run = this.#run;
      button.disabled = true;
      this.dataset.state = 'searching';
      void Promise.all(rest.map((k) => this.passage(group.match, k))).then((passages) => {
        if (run !== this.#run) return;
        const all = new Map(group.shown);
        rest.forEach((k, i) => {
          const passage = passages[i];
          if (passage && passageMatches(passage, this.#query)) all.set(k, passage);
        });
        list.replaceChildren(
          ...[...all]
            .sort(([a], [b]) => a - b)
            .filter(([k]) => k > 0)
            .map(([, passage]) => this.unit(group.head, passage)),
        );
        button.remove();
        this.dataset.state = 'done';
      });
    });
    return button;
  }

  passageWords(passage: SearchPassage): string[] {
    return markedWords(passage, markingTerms(passage, this.#query));
  }

  /** The passage that matched, in the interface language where it matched there, with the matching words marked. */
  excerpt(passage: SearchPassage) {
    const { lang, pieces } = chooseExcerpt(passage, markingTerms(passage, this.#query), this.locale);
    const paragraph = document.createElement('p');
    paragraph.className = 'search-excerpt';
    paragraph.lang = lang;
    paragraph.dir = lang === 'ar' ? 'rtl' : 'ltr';
    appendMarked(paragraph, excerptWindow(pieces));
    return paragraph;
  }
}

customElements.define('edition-search', EditionSearch);
