import type { APIRoute, GetStaticPaths } from 'astro';
import { eventCsl } from '../../../data/citations.ts';
import { loadEdition } from '../../../data/edition.ts';
import { exportFormats } from '../../../lib/citation.ts';

// Citation files beside each event page: /events/<id>/<id>.bib, .ris and .json (CSL-JSON).
export const getStaticPaths = (async () => {
  const edition = await loadEdition();
  return edition.events.flatMap((event) => {
    const files = exportFormats(eventCsl(event));
    return (['bib', 'ris', 'json'] as const).map((ext) => ({
      params: { id: event.entry.id, file: `${event.entry.id}.${ext}` },
      props: { body: files[ext] },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body);
