import { z } from 'astro/zod';

/** Kinds of boilerplate carried in a source that are not part of the article. */
export const noiseKind = z.enum(['subscribe', 'most-read', 'related-headline', 'share', 'comments', 'site-widget']);

export type NoiseKind = z.infer<typeof noiseKind>;
