import { z } from 'astro/zod';

/** Frontmatter of a prose page of the edition (content/pages/<locale>/<name>.mdx). */
export const pageSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
});
