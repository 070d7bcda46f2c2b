import { localePath } from '../lib/paths.ts';
import { fillPlaceholders } from '../lib/placeholders.ts';
import { scriptRuns } from '../lib/script-runs.ts';
import {
  chooseExcerpt,
  excerptWindow,
  filterNames,
  headPassage,
  markedWords,
  markingTerms,
  matchDoc,
  orderMatches,
  unitPassage,
  type DocMatch,
  type Passage,
  type SearchDoc,
} from '../lib/search-match.ts';
import {
  lexiconShard,
  maxQueryLength,
  nearestWords,
  parseQuery,
  type Query,
  type QueryTerm,
} from '../lib/search-text.ts';

interface PagefindResult {
  id: string;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string, options: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const groupsPerPage = 10;
type Locale = 'en' | 'ar';

/**
 * The search page: the index proposes records, and each is checked here against the edition's own folding,
 * so that a word the edition does not contain finds nothing (Pagefind alone would answer a shorter word).
 */
class EditionSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #shards = new Map<string, Promise<Record<string, string>>>();
  #strings: Record<string, string> = {};
  #matches: DocMatch[] = [];
  #query: Query = { terms: [], phrases: [] };
  #shown = 0;
  #run = 0;

  get locale(): Locale {
    return document.documentElement.lang === 'ar' ? 'ar' : 'en';
  }

  connectedCallback() {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
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
      this.showMore();
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
  setStatus(status: Element, text: string) {
    status.replaceChildren(
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
        await pagefind.init();
        return pagefind;
      },
    );
    return this.#pagefind;
  }

  /** The indexed keys sharing a key's first two letters, with a word for each. */
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

  /** The forms of a term that the index holds (whole, or as the beginning of a key while it is typed). */
  async indexedForms(term: QueryTerm): Promise<string[]> {
    const found: string[] = [];
    for (const form of term.forms) {
      const keys = await this.lexicon(form);
      if (term.prefix ? Object.keys(keys).some((key) => key.startsWith(form)) : form in keys) found.push(form);
    }
    return found;
  }

  async search() {
    const run = ++this.#run;
    const form = this.querySelector('form');
    const status = this.querySelector('[data-status]');
    const list = this.querySelector('[data-results]');
    if (!form || !status || !list) return;
    this.dataset.state = 'searching'; // state in data-*, for styling and for tests to wait on
    const data = new FormData(form);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const query = field('q').slice(0, maxQueryLength);
    const filters: Record<string, string> = {};
    for (const name of filterNames) {
      const value = field(name);
      if (value) filters[name] = value;
    }
    const sort = field('sort');
    const url = new URL(location.href);
    for (const [name, value] of [['q', query], ...Object.entries(filters), ['sort', sort]] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
    this.#query = parseQuery(query);
    this.#matches = [];
    this.#shown = 0;
    this.suggest([], query);
    if (!this.#query.terms.length) {
      list.replaceChildren();
      this.updateMore();
      this.setStatus(status, this.text('search.prompt'));
      this.dataset.state = 'done';
      return;
    }
    this.setStatus(status, this.text('search.loading'));
    const forms = await Promise.all(this.#query.terms.map((term) => this.indexedForms(term)));
    const missing = this.#query.terms.findIndex((_, i) => !forms[i]?.length);
    const matches = missing < 0 ? await this.findMatches(forms, filters) : [];
    if (run !== this.#run) return; // a newer search has started
    this.#matches = orderMatches(matches, sort === 'asc' || sort === 'desc' ? sort : '', this.locale);
    list.replaceChildren();
    if (!this.#matches.length) {
      this.setStatus(status, `${this.text('search.none', { query })} ${this.text('search.noneHelp')}`);
      const term = this.#query.terms[missing];
      if (term) this.suggest(nearestWords(term.word, await this.lexicon(term.forms[0] ?? '')), query, term);
      this.updateMore();
      this.dataset.state = 'done';
      return;
    }
    const count = this.#matches.reduce((sum, m) => sum + m.units.length + (m.head || !m.doc.units ? 1 : 0), 0);
    this.setStatus(status, this.text('search.results', { count, query }));
    this.showMore();
    this.dataset.state = 'done';
  }

  /** The records that truly match: the index's candidates for every term, each checked word by word. */
  async findMatches(forms: string[][], filters: Record<string, string>): Promise<DocMatch[]> {
    const pagefind = await this.pagefind();
    let candidates: Map<string, PagefindResult> | undefined;
    for (const [i, term] of this.#query.terms.entries()) {
      const found = new Map<string, PagefindResult>();
      for (const form of forms[i] ?? []) {
        // quoted, Pagefind looks a key up whole; bare, it takes every key that begins with it
        const response = await pagefind.search(term.prefix ? form : `"${form}"`, { filters });
        for (const result of response?.results ?? []) found.set(result.id, result);
      }
      candidates = candidates ? new Map([...candidates].filter(([id]) => found.has(id))) : found;
      if (!candidates.size) return [];
    }
    // each record is a file named by the id Pagefind gives its result (Pagefind's own fragment holds only keys)
    const docs = await Promise.all(
      [...(candidates?.keys() ?? [])].map(
        async (id) => (await (await fetch(`${this.dataset.docs ?? ''}${id}.json`)).json()) as SearchDoc,
      ),
    );
    return docs.flatMap((doc) => matchDoc(doc, this.#query, filters.person) ?? []);
  }

  /** Offers the nearest indexed words for a word the edition lacks, each a link to its own search. */
  suggest(words: string[], query: string, term?: QueryTerm) {
    const box = this.querySelector<HTMLElement>('[data-suggest]');
    if (!box) return;
    box.hidden = !words.length;
    const links = words.map((word) => {
      const link = document.createElement('a');
      const target = new URL(location.href);
      target.searchParams.set('q', term ? query.replace(term.word, word) : word);
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
        const input = this.querySelector<HTMLInputElement>('input[name="q"]');
        if (input) input.value = new URL(link.href).searchParams.get('q') ?? '';
        void this.search();
      });
    }
  }

  showMore() {
    const list = this.querySelector('[data-results]');
    const batch = this.#matches.slice(this.#shown, this.#shown + groupsPerPage);
    list?.append(...batch.map((match) => this.render(match)));
    this.#shown += batch.length;
    this.updateMore();
  }

  updateMore() {
    const more = this.querySelector<HTMLButtonElement>('[data-more]');
    if (more) more.hidden = this.#shown >= this.#matches.length;
  }

  /** A link to a page of the edition in this interface, carrying the words to mark there. */
  link(doc: SearchDoc, words: string[], label: string, fragment = '') {
    const link = document.createElement('a');
    const target = new URL(localePath(import.meta.env.BASE_URL, this.locale, doc.path), location.href);
    const marks = words.join(' ').slice(0, maxQueryLength);
    if (marks) target.searchParams.set('hl', marks);
    link.href = `${target.pathname}${target.search}${fragment}`;
    link.textContent = label;
    return link;
  }

  render(match: DocMatch) {
    const { doc } = match;
    const locale = this.locale;
    const item = document.createElement('li');
    item.className = 'search-group';
    item.dataset.kind = doc.kind;
    const head = document.createElement('div');
    head.className = 'search-group-head';
    const headWords = match.head
      ? this.passageWords(headPassage(doc), doc)
      : match.units.flatMap((unit) => this.passageWords(unitPassage(unit), doc));
    const title = document.createElement('p');
    title.className = 'search-result-title';
    title.append(this.link(doc, [...new Set(headWords)], doc.title[locale]));
    const kind = document.createElement('p');
    kind.className = 'search-result-kind';
    kind.textContent = [this.text(`search.kind.${doc.kind}`), doc.dateLabel?.[locale]].filter(Boolean).join(' · ');
    head.append(title, kind);
    if (match.head) head.append(this.excerpt(headPassage(doc), doc));
    item.append(head);
    if (match.head || !doc.units) head.classList.add('search-result');
    if (match.units.length) {
      const units = document.createElement('ol');
      units.className = 'search-units';
      for (const unit of match.units) {
        const passage = unitPassage(unit);
        const entry = document.createElement('li');
        entry.className = 'search-result';
        entry.dataset.kind = 'unit';
        const label = document.createElement('p');
        label.className = 'search-result-title';
        const words = this.passageWords(passage, doc);
        label.append(this.link(doc, words, this.text('search.kind.unit', { n: unit.n }), `#p${unit.n}`));
        entry.append(label, this.excerpt(passage, doc));
        units.append(entry);
      }
      item.append(units);
    }
    return item;
  }

  passageWords(passage: Passage, doc: SearchDoc): string[] {
    return markedWords(passage, markingTerms(passage, doc, this.#query));
  }

  /** The passage that matched, in the interface language where it matched there, with the matching words marked. */
  excerpt(passage: Passage, doc: SearchDoc) {
    const { lang, pieces } = chooseExcerpt(passage, markingTerms(passage, doc, this.#query), this.locale);
    const paragraph = document.createElement('p');
    paragraph.className = 'search-excerpt';
    paragraph.lang = lang;
    paragraph.dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const piece of excerptWindow(pieces)) {
      if (piece.mark) {
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        paragraph.append(mark);
      } else {
        paragraph.append(piece.text);
      }
    }
    return paragraph;
  }
}

customElements.define('edition-search', EditionSearch);
