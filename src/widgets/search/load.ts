// Fetches the search index (once per page) and prepares it for searching. Only imported when a
// student starts to search, so a page that nobody searches on loads none of this.
import { isSearchIndex } from '../../lib/search/build';
import { createSearch, type Search } from '../../lib/search/engine';
import { withBase } from '../../lib/urls';

let loading: Promise<Search> | undefined;

/** The search, ready to use; a failed fetch may be tried again. */
export function loadSearch(): Promise<Search> {
  loading ??= fetch(withBase('/zoekindex.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    // Parsing the index and preparing it are two long tasks on a slow phone: let the page
    // respond (a key, a tap) between them.
    .then((data) => new Promise<unknown>((resolve) => setTimeout(() => resolve(data))))
    .then((data) => {
      if (!isSearchIndex(data)) throw new Error('search index: unknown format');
      return createSearch(data);
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** A result URL (root-relative, from the index) as a link on this site. */
export const hitHref = (url: string) => withBase(url);

/** The URL of the full results page for a query. */
export const resultsHref = (query: string) => withBase(`/zoeken/${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`);
