/** Runs of Arabic: from an Arabic letter to the last Arabic letter (or closing mark) before Latin or the end. */
const arabicRun = /\p{Script=Arabic}(?:[\p{Script=Arabic}\p{Mn}\s«»،؛0-9٠-٩]*[\p{Script=Arabic}\p{Mn}»])?/gu;
/** Runs of Latin: from a Latin letter to the last Latin letter or digit. */
const latinRun = /\p{Script=Latin}(?:[\p{Script=Latin}\p{Mn}\s'’\-0-9.]*[\p{Script=Latin}0-9])?/gu;

export interface ScriptRun {
  text: string;
  /** Set on a run in the other language than the text around it. */
  lang?: 'ar' | 'en';
}

/**
 * A text in `lang` cut into runs, with each run of the other language's script marked, so that it can be given its
 * own lang and direction (Arabic inside an English citation, a Latin name inside an Arabic sentence).
 */
export function scriptRuns(text: string, lang: 'ar' | 'en'): ScriptRun[] {
  const pattern = lang === 'en' ? arabicRun : latinRun;
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[0], lang: lang === 'en' ? 'ar' : 'en' });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
