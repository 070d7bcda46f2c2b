import type { APIRoute } from 'astro';
import { loadEdition } from '../data/load-edition.ts';
import { chronologyJson } from '../data/exports.ts';

export const GET: APIRoute = async () =>
  new Response(chronologyJson(await loadEdition()), { headers: { 'content-type': 'application/json' } });
