import { articleItem, eventItem, type CslItem } from '../lib/citation.ts';
import { formatEventDate } from '../lib/event-dates.ts';
import { t } from '../lib/i18n.ts';
import { absoluteUrl, articlePath, eventPath } from '../lib/paths.ts';
import type { Article, Edition, EditionEvent } from './edition.ts';

const base = import.meta.env.BASE_URL;
const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;

/** The outlet as a citation names it, hedged as the edition is sure of it. */
function outletName(article: Article, edition: Edition): string {
  const { outlet } = article.entry.data;
  if (!outlet) return t('en', 'citation.outletUnknown');
  const name = edition.entities.get(outlet.entity)?.data.name.en ?? outlet.entity;
  return outlet.confidence === 'stated' ? name : t('en', `citation.outlet.${outlet.confidence}`, { name });
}

/** The citation data of an article page (citations are in English, whatever the interface). */
export function articleCsl(article: Article, edition: Edition): CslItem {
  const { data, id } = article.entry;
  return articleItem({
    slug: id,
    title: data.title,
    date: data.date,
    outlet: outletName(article, edition),
    edition: t('en', 'site.title'),
    url: absoluteUrl(site, articlePath(base, 'en', id)),
  });
}

/** The citation data of an event page. */
export function eventCsl(event: EditionEvent): CslItem {
  const { id, data } = event.entry;
  return eventItem({
    id,
    title: `${data.title.en} (${formatEventDate(event.date, 'en')})`,
    date: data.date,
    edition: t('en', 'site.title'),
    url: absoluteUrl(site, eventPath(base, 'en', id)),
  });
}
