// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// Starlight as it comes, two locales like the edition (English at the root, Arabic right to left under /ar/) and
// its default Pagefind search. The sidebar is one link: Starlight's default sidebar lists every page on every
// page, which would make the anchor quadratic in the corpus and so an easy target.
export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: 'Starlight anchor',
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        ar: { label: 'العربية', lang: 'ar', dir: 'rtl' },
      },
      sidebar: [{ label: 'Articles', link: '/' }],
    }),
  ],
});
