import type { APIRoute } from 'astro';
import { loadEdition } from '../data/load-edition.ts';
import { chronologyCsv } from '../data/exports.ts';

export const GET: APIRoute = async () =>
  new Response(chronologyCsv(await loadEdition()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
