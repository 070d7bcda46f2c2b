import { defineMiddleware } from 'astro:middleware';
import { loadEdition } from './data/load-edition.ts';
import { spanOf } from './data/span.ts';

// What every page's shell states of the edition (its span), computed once per build and given to each page as its
// own, as Starlight gives its route data: the layout and the charts read it, they do not load it.
let span: App.Locals['span'] | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  span ??= spanOf(await loadEdition());
  context.locals.span = span;
  return next();
});
