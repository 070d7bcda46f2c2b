declare namespace App {
  interface Locals {
    /** What each <Unit> of an article's body needs, set once per page by ArticlePage.astro. */
    article?: import('./data/edition.ts').ArticleUnits;
  }
}
