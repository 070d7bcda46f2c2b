import type { APIRoute, GetStaticPaths } from 'astro';
import { articleCsl } from '../../../data/citations.ts';
import { loadEdition } from '../../../data/edition.ts';
import { exportFormats } from '../../../lib/citation.ts';

// Citation files beside each article page: /articles/<slug>/<slug>.bib, .ris and .json (CSL-JSON).
export const getStaticPaths = (async () => {
  const edition = await loadEdition();
  return edition.articles.flatMap((article) => {
    const files = exportFormats(articleCsl(article, edition));
    return (['bib', 'ris', 'json'] as const).map((ext) => ({
      params: { slug: article.entry.id, file: `${article.entry.id}.${ext}` },
      props: { body: files[ext] },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body);
