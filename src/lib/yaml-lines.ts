import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/**
 * For a YAML text, the line on which each field is written: `lineOf(["events", 1, "id"])` is the line of that key (or
 * list item), or of its nearest written ancestor when it is missing; undefined for a text that is not YAML.
 * `firstLine` is the file's line of the text's first line (2 for frontmatter after its opening `---`). The text is
 * parsed on the first question only: most files have no problem to place.
 */
export function yamlLines(text: string, firstLine = 1): (path: readonly PropertyKey[]) => number | undefined {
  let parsed: { document: ReturnType<typeof parseDocument>; lineCounter: LineCounter } | undefined;
  return (path) => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { document: parseDocument(text, { lineCounter }), lineCounter };
    }
    const { document, lineCounter } = parsed;
    if (document.errors.length) return undefined;
    const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
    let node: unknown = document.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair || !isNode(pair.key) || !pair.key.range) break;
        line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node)) {
        const item: unknown = node.items[Number(key)];
        if (!isNode(item) || !item.range) break;
        line = lineAt(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
}
