// What the machine can propose for a new article's draft, for the editor to confirm: lines that look like the web
// page's boilerplate rather than the article, and names that look like people or bodies the registry lacks.
import type { NoiseKind } from '../schemas/unit.ts';
import { mentionSpans, type NameVariants } from './mentions.ts';

/** Words that mark a line as a page widget, by the kind of boilerplate; tested on lines of at most 12 words. */
const boilerplate: [NoiseKind, RegExp][] = [
  ['subscribe', /اشترك|اشتراك|تابعونا|تابعنا|subscribe|follow us/iu],
  [
    'share',
    /^(?:شارك|شاركها|مشاركة|share)(?![\p{L}\p{M}])|فيسبوك|تويتر|واتساب|تلغرام|facebook|twitter|whatsapp|telegram/iu,
  ],
  ['most-read', /الأكثر (?:قراءة|مشاهدة|تداولا)|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|ذات صلة|most read|read more|related/iu],
  ['comments', /تعليق|التعليقات|comment/iu],
  ['site-widget', /^(?=.*\p{Script=Latin})[^\p{Script=Arabic}]*$|إعلان|اضغط هنا|النسخة الكاملة/u],
];

const wordCount = (line: string) => line.trim().split(/\s+/u).length;
/** A sentence ends in a full stop, a question or exclamation mark, or a closing quote after one. */
const endsSentence = (line: string) => /[.!?؟…:]["”»']?\s*$/u.test(line);

/**
 * For each unit, the kind of boilerplate it looks like, if any: short lines naming a page widget, and the short
 * headline-like lines under a "most read" block (headlines of other articles).
 */
export function proposedNoise(units: string[]): (NoiseKind | undefined)[] {
  let underMostRead = false;
  return units.map((line) => {
    const short = wordCount(line) <= 12;
    const kind = short ? boilerplate.find(([, pattern]) => pattern.test(line.trim()))?.[0] : undefined;
    if (kind) {
      underMostRead = kind === 'most-read';
      return kind;
    }
    if (underMostRead && short && !endsSentence(line)) return 'related-headline';
    underMostRead = false;
    return undefined;
  });
}

/** Titles that a name follows in news Arabic, longest first (so "رئيس الوزراء" before "رئيس"). */
const titles = [
  'المتحدث الرسمي باسم',
  'المتحدثة الرسمية باسم',
  'المتحدث باسم',
  'المتحدثة باسم',
  'الناطق باسم',
  'الناطقة باسم',
  'رئيس الوزراء',
  'رئيسة الوزراء',
  'وزير الخارجية',
  'وزيرة الخارجية',
  'وزير خارجية',
  'وزيرة خارجية',
  'وزير الدفاع',
  'وزيرة الدفاع',
  'نائب الرئيس',
  'الأمين العام',
  'أمين مجلس الأمن',
  'الرئيس',
  'الرئيسة',
  'رئيس',
  'رئيسة',
  'وزير',
  'وزيرة',
  'المستشار',
  'المستشارة',
  'السفير',
  'السفيرة',
  'المبعوث',
  'الزعيم',
  'الملك',
  'الأمير',
  'الجنرال',
  'الأستاذ',
  'الباحث',
  'المحلل',
  'السيد',
  'السيدة',
];

/** Words that end a name: particles, prepositions, pronouns and the verbs of reporting. */
const notName = new Set(
  'في على عن من إلى الى مع إن أن أنه بأن قد لقد كان كانت قال قالت وقال أكد وأكد أعلن وأعلن خلال بعد قبل حيث الذي التي يوم اليوم أمس الذين هو هي ثم أو كما لا لم لن ما إنه إنها ذلك تلك هذا هذه أيضا عشر'.split(
    ' ',
  ),
);

// after the title, up to three qualifiers (الصيني، الكرملين، للحزب، but not الذي), then one or two words that carry no
// article (ال, بال, لل …): the name
const qualifier = '(?:ال(?!(?:ذي|تي|ذين)(?![\\p{L}\\p{M}]))|لل)[\\p{L}\\p{M}]+';
const nameWord = '(?![وف]?(?:ال|بال|كال|لل))[\\p{L}\\p{M}]+';
const titlePattern = new RegExp(
  `(?<![\\p{L}\\p{M}])[وف]?(?:${titles.join('|')})(?![\\p{L}\\p{M}])((?:\\s+${qualifier}){0,3})((?:\\s+${nameWord}){1,2})`,
  'gu',
);
const latinRun = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}\d'’.&-]*(?:\s+[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*)*/gu;

/** A name that may belong in the registry: as written, the unit it is first found in, and what it followed. */
export interface NameCandidate {
  name: string;
  unit: number;
  after?: string;
}

/** Whether a name is the registry's: it begins with one of its Arabic spellings, or is one of its English forms. */
function known(name: string, names: NameVariants[], english: Set<string>): boolean {
  return mentionSpans(name, names).some((span) => span.start === 0) || english.has(name.toLowerCase());
}

/**
 * Names in a text that match no registry entry, each once: capitalised Latin runs, and the Arabic words after a
 * title (الرئيس، وزير الخارجية، المتحدث باسم …) and the adjectives or bodies that qualify it (الصيني، الكرملين).
 * Units marked as boilerplate are passed over.
 */
export function nameCandidates(
  units: string[],
  names: NameVariants[],
  english: Set<string>,
  skip: (n: number) => boolean = () => false,
): NameCandidate[] {
  const found = new Map<string, NameCandidate>();
  const add = (candidate: NameCandidate) => {
    if (!found.has(candidate.name) && !known(candidate.name, names, english)) found.set(candidate.name, candidate);
  };
  units.forEach((line, i) => {
    const unit = i + 1;
    if (skip(unit)) return;
    for (const match of line.matchAll(latinRun)) {
      const name = match[0].replace(/[.'’-]+$/u, '');
      if (name.length > 1) add({ name, unit });
    }
    for (const match of line.matchAll(titlePattern)) {
      const words = (match[2] ?? '').trim().split(/\s+/u);
      const stop = words.findIndex((word) => notName.has(word));
      const name = (stop === -1 ? words : words.slice(0, stop)).join(' ');
      if (name.length > 1)
        add({ name, unit, after: match[0].slice(0, match[0].length - (match[2] ?? '').length).trim() });
    }
  });
  return [...found.values()];
}
