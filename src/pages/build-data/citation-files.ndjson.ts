import type { APIRoute } from 'astro';
import { citationFiles } from '../../data/citation-files.ts';
import { loadEdition } from '../../data/load-edition.ts';
import { ndjsonResponse } from '../../lib/build-data.ts';

// Build data, not a page: the citation-files integration writes each work's files from it and removes it.
export const GET: APIRoute = async () => ndjsonResponse(citationFiles(await loadEdition()));
