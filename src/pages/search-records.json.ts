import type { APIRoute } from 'astro';
import { loadEdition } from '../data/edition.ts';
import { searchIndex } from '../data/search-records.ts';

// Read and removed by the Pagefind integration at the end of the build: it is not part of the site.
export const GET: APIRoute = async () => {
  const { records, layout } = await searchIndex(await loadEdition());
  return new Response(JSON.stringify({ layout, records }));
};
