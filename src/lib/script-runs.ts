const runs = {
  // Arabic words and the spaces and punctuation between them, so a whole Arabic title is one run
  ar: /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+(?:[\s،؛]+[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+)*/gu,
  // Latin words with the dots, hyphens and digits inside names and addresses (CC BY-SA 3.0, citationstyles.org)
  en: /[A-Za-z][A-Za-z0-9&.'’/:-]*(?:[\s,]+[A-Za-z0-9&.'’/:-]*[A-Za-z0-9])*/gu,
};

/** A text cut into the runs of one script, to be isolated, and the text between them. */
export function scriptRuns(text: string, script: 'ar' | 'en'): { text: string; isolated: boolean }[] {
  const parts: { text: string; isolated: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(runs[script])) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), isolated: false });
    parts.push({ text: match[0], isolated: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), isolated: false });
  return parts;
}
