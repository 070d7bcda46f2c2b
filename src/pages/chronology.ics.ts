import type { APIRoute } from 'astro';
import { loadEdition } from '../data/load-edition.ts';
import { chronologyIcs } from '../data/exports.ts';

export const GET: APIRoute = async () =>
  new Response(chronologyIcs(await loadEdition()), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
