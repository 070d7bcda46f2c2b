import type { APIRoute } from 'astro';
import { loadEdition } from '../data/load-edition.ts';
import { atomFeed } from '../data/exports.ts';

export const GET: APIRoute = async () =>
  new Response(atomFeed(await loadEdition()), { headers: { 'content-type': 'application/atom+xml' } });
