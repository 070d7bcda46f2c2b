/** The name a built file takes from its content's hash: Astro's `stem.HASH.ext` with the hash replaced (added if none). */
export function contentHashedName(name: string, hash: string): string {
  const astro = /^(.+)\.[\w-]{8}(\.[a-z0-9]+)$/iu.exec(name);
  if (astro?.[1] && astro[2]) return `${astro[1]}.${hash}${astro[2]}`;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}.${hash}${name.slice(dot)}` : `${name}.${hash}`;
}

/** `text` with every occurrence of each old name replaced by its new one (file names unique enough to match whole). */
export function replaceNames(text: string, renamed: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [before, after] of renamed) if (out.includes(before)) out = out.replaceAll(before, after);
  return out;
}
