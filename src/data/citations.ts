import { articleWork, eventWork, type CitedWork, type EditionInfo } from '../lib/citation.ts';
import { formatEventDate } from '../lib/event-dates.ts';
import { t, type Locale } from '../lib/i18n.ts';
import { absoluteUrl, articlePath, eventPath } from '../lib/paths.ts';
import type { Article, Edition, EditionEvent } from './edition.ts';

const base = import.meta.env.BASE_URL;
const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;

/** The edition as citations name it (in English, whatever the interface): title, editor, version date. */
export function editionInfo({ colophon }: Pick<Edition, 'colophon'>): EditionInfo {
  return { title: t('en', 'site.title'), editor: colophon.editor.en, versionDate: colophon.versionDate };
}

/** The outlet as a citation names it, hedged as the edition is sure of it. */
function outletName(article: Article, edition: Edition): string {
  const { outlet } = article.entry.data;
  if (!outlet) return t('en', 'citation.outletUnknown');
  const name = edition.entities.get(outlet.entity)?.data.name.en ?? outlet.entity;
  return outlet.confidence === 'stated' ? name : t('en', `citation.outlet.${outlet.confidence}`, { name });
}

const articleWorks = new WeakMap<Article, CitedWork>();

/** The work an article page cites (citations are in English, whatever the interface), made once per article. */
export function articleCitation(article: Article, edition: Edition): CitedWork {
  const made = articleWorks.get(article);
  if (made) return made;
  const { data, id } = article.entry;
  const work = articleWork({
    slug: id,
    title: data.title,
    shortTitle: data.shortTitle,
    date: data.date,
    outlet: outletName(article, edition),
    edition: editionInfo(edition),
    url: absoluteUrl(site, articlePath(base, 'en', id)),
  });
  articleWorks.set(article, work);
  return work;
}

const eventWorks = new WeakMap<EditionEvent, CitedWork>();

/** The work an event page cites: the page of the edition, dated by its version, the event's date in its title. */
export function eventCitation(event: EditionEvent, edition: Pick<Edition, 'colophon'>): CitedWork {
  const made = eventWorks.get(event);
  if (made) return made;
  const { id, data } = event.entry;
  const work = eventWork({
    id,
    title: data.title.en,
    dateLabel: formatEventDate(event.date, 'en'),
    edition: editionInfo(edition),
    url: absoluteUrl(site, eventPath(base, 'en', id)),
  });
  eventWorks.set(event, work);
  return work;
}

/** The absolute URL of a page in an interface language, for the metadata of that page. */
export function pageUrl(kind: 'articles' | 'events', id: string, locale: Locale): string {
  return absoluteUrl(site, (kind === 'articles' ? articlePath : eventPath)(base, locale, id));
}
