import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEdition } from '../../data/load-edition.ts';
import { searchIndex } from '../../data/search-records.ts';

// The indexed keys by their first two letters: the browser checks a query's words here before asking the
// index (Pagefind would otherwise answer an unknown word with a shorter one), and finds "Did you mean" in them.
export const getStaticPaths = (async () => {
  const { lexicon } = searchIndex(await loadEdition());
  return [...lexicon].map(([shard, keys]) => ({ params: { shard }, props: { keys } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.keys));
