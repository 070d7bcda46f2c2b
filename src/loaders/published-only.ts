import type { Loader, LoaderContext } from 'astro/loaders';

/** An entry as a loader is about to store it: its id and its data, unchecked. */
export interface LoadingEntry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * A loader that leaves out the entries `heldBack` names (drafts, and what only drafts refer to): they are not checked
 * by the collection's schema, not stored, and so never compiled, rendered or listed. `heldBack` is asked afresh at
 * each load, and entries stored by an earlier run that it now names are removed.
 */
export function publishedOnly(loader: Loader, heldBack: () => (entry: LoadingEntry) => boolean): Loader {
  return {
    ...loader,
    name: `${loader.name}:published-only`,
    load: async (context: LoaderContext) => {
      const isHeldBack = heldBack();
      const skipped = new Set<string>();
      await loader.load({
        ...context,
        parseData: async (props) => {
          if (!isHeldBack(props)) {
            skipped.delete(props.id);
            return context.parseData(props);
          }
          skipped.add(props.id);
          return props.data;
        },
        store: {
          ...context.store,
          set: (entry) => {
            if (!skipped.has(entry.id)) return context.store.set(entry);
            context.store.delete(entry.id);
            return false;
          },
        },
      });
      for (const [id, entry] of context.store.entries())
        if (isHeldBack({ id, data: entry.data })) context.store.delete(id);
    },
  };
}
