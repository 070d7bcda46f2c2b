// What the About page says of the offline copy, worked out from what the browser reports (no DOM, no storage).

/** The states of the offline copy the About page reports (each has a string `offline.state.<state>`). */
export const offlineStates = ['ready', 'partial', 'downloading', 'off', 'unsupported', 'failed'] as const;
export type OfflineState = (typeof offlineStates)[number];

/** What the browser reports about the offline copy. */
export interface OfflineFacts {
  supported: boolean;
  wanted: boolean;
  registered: boolean;
  stored: boolean;
  /** Whether the copy stored holds the whole edition, not only the shell and the pages opened. */
  whole: boolean;
  installing: boolean;
}

/** The state of the offline copy, from what the browser reports. */
export function offlineState({ supported, wanted, registered, stored, whole, installing }: OfflineFacts): OfflineState {
  if (!supported) return 'unsupported';
  if (!wanted) return 'off';
  if (!registered) return 'unsupported'; // service workers blocked, or not allowed on this page
  if (stored) return whole ? 'ready' : 'partial';
  if (installing) return 'downloading';
  return 'failed';
}

/** A size in megabytes (of 1024² bytes), one decimal, in an interface's language, Arabic with Western digits. */
export function megabytes(bytes: number, locale: 'en' | 'ar'): string {
  const arabic = locale === 'ar';
  return new Intl.NumberFormat(arabic ? 'ar-u-nu-latn' : 'en', {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: arabic ? 'long' : 'short', // «ميغابايت» rather than the little-used «م.ب.»
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(bytes / 1024 ** 2);
}
