declare namespace App {
  interface Locals {
    /** What each <Unit> of an article's body needs, set once per page by ArticlePage.astro. */
    article?: import('./data/edition.ts').ArticleUnits;
    /** The edition's span (its articles' number, first and last month), set for every page by src/middleware.ts. */
    span: import('./lib/edition-span.ts').EditionSpan;
  }
}
