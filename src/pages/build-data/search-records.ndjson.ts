import type { APIRoute } from 'astro';
import { loadEdition } from '../../data/load-edition.ts';
import { searchIndex, type SearchRecordsHeader } from '../../data/search-records.ts';
import { ndjsonResponse } from '../../lib/build-data.ts';
import { indexChunkSize } from '../../lib/search-layout.ts';

// Build data, not a page: the Pagefind integration indexes these records at the end of the build and removes the file.
export const GET: APIRoute = async () => {
  const { layout, records } = searchIndex(await loadEdition());
  return ndjsonResponse(
    (function* () {
      const header: SearchRecordsHeader = { layout, chunkSize: indexChunkSize(records) };
      yield header;
      yield* records;
    })(),
  );
};
