import type { APIRoute } from 'astro';
import { citationFiles } from '../data/citation-files.ts';
import { loadEdition } from '../data/edition.ts';

// Read and removed by the citation-files integration at the end of the build: it is not part of the site.
export const GET: APIRoute = async () => new Response(JSON.stringify(citationFiles(await loadEdition())));
