// Links that teachers copy: the short link of a page, or its full path with a view mode for the
// digital whiteboard or an LMS iframe. Short links (/1.9/) forward with a meta refresh, which
// drops the query string, so a view mode always goes on the full path.

export const VIEW_MODES = ['presentatie', 'embed'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];
/** What a copy button copies: the short link, or the page in one of the view modes. */
export type LinkKind = 'kort' | ViewMode;
export const LINK_KINDS: readonly LinkKind[] = ['kort', ...VIEW_MODES];

/** The view mode a query string asks for (`?weergave=presentatie` or `?weergave=embed`), if any. ViewMode.astro's inline script does the same. */
export function viewModeFrom(query: string | URLSearchParams): ViewMode | null {
  const value = (typeof query === 'string' ? new URLSearchParams(query) : query).get('weergave');
  return (VIEW_MODES as readonly string[]).includes(value ?? '') ? (value as ViewMode) : null;
}

/** A path with a view mode added to its query string (keeps any query and hash it has). */
export function withViewMode(path: string, mode: ViewMode): string {
  const [beforeHash, hash = ''] = path.split('#', 2) as [string, string?];
  const glue = beforeHash.includes('?') ? '&' : '?';
  return `${beforeHash}${glue}weergave=${mode}${hash ? `#${hash}` : ''}`;
}

/** The path to copy for a link kind: the short path, or the full path in a view mode. Both with base path. */
export function sharePath(link: { short: string; full: string }, kind: LinkKind): string {
  return kind === 'kort' ? link.short : withViewMode(link.full, kind);
}

/** An absolute URL from an origin ("https://school.nl") and a path that already has the base path. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The origin to build links with in the browser: the page's own, unless it has none (file://). */
export function runtimeOrigin(location: { protocol: string; origin: string }, fallback: string): string {
  return /^https?:$/.test(location.protocol) && location.origin && location.origin !== 'null' ? location.origin : fallback;
}

/** Markup for an LMS page that embeds a page of the site. */
export function iframeCode(url: string, title: string, height = 720): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url)}" title="${escape(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
