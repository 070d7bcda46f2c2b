import { z } from 'astro/zod';
import { bilingual } from './common.ts';

/** A subject the articles and events are filed under (content/topics/<id>.yaml). */
export const topicSchema = z.strictObject({ name: bilingual });
