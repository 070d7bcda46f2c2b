/** What the pages leave, by name, for the integrations that run after them: never a file of the published site. */
export type BuildDataName = 'search-records' | 'citation-files';

/** The folder of the build's output where pages leave that data; each integration removes its file once read. */
export const buildDataFolder = 'build-data';

/** The file, in the build's output, of the data left under a name. */
export const buildDataFile = (name: BuildDataName) => `${buildDataFolder}/${name}.ndjson`;

/** Values as NDJSON lines, one JSON value per line: a large edition's data never becomes a single string. */
export function* ndjsonLines(values: Iterable<unknown>): Generator<string> {
  for (const value of values) yield `${JSON.stringify(value)}\n`;
}

/** A response streaming values as NDJSON, for a route that leaves build data. */
export function ndjsonResponse(values: Iterable<unknown>): Response {
  const lines = ndjsonLines(values);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/x-ndjson' } });
}
