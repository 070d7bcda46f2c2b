import type { APIRoute } from 'astro';
import { paragraphCitationFiles } from '../data/citation-files.ts';
import { loadEdition } from '../data/edition.ts';

// Read and removed by the paragraph-citations integration at the end of the build: it is not part of the site.
export const GET: APIRoute = async () => new Response(JSON.stringify(paragraphCitationFiles(await loadEdition())));
