/** Where the site is assumed to live when SITE_URL is not set: `vite preview`'s address. */
export const DEFAULT_SITE_URL = 'http://localhost:4173';

/** Paths of the generated pages and the card, relative to the base. Page paths end with a slash. */
export const ABOUT_PAGE_PATH = 'about/';
export const SOCIAL_CARD_PATH = 'social-card.png';

export function eventPagePath(id: string): string {
  return `events/${encodeURIComponent(id)}/`;
}

/** The file a static server answers `eventPagePath(id)` with. */
export function indexFileFor(pagePath: string): string {
  return `${pagePath}index.html`;
}

export type SiteUrls = {
  /** Scheme, host and any path prefix of the deployed site, without a trailing slash. */
  origin: string;
  /** Vite's base as an absolute path with leading and trailing slashes: `/`, `/timeline/`. */
  basePath: string;
  /** True when SITE_URL was not given and `origin` is DEFAULT_SITE_URL. */
  isDefaultOrigin: boolean;
};

/**
 * Resolves the site's absolute address from SITE_URL and Vite's `base`. Throws with a message the build
 * can show when either cannot produce working page URLs: a relative base (`./`) would make the asset
 * paths of `events/<id>/index.html` point two folders too deep.
 */
export function resolveSiteUrls(options: { siteUrl?: string | undefined; base: string }): SiteUrls {
  const basePath = basePathOf(options.base);
  const given = options.siteUrl?.trim();
  if (!given) return { origin: DEFAULT_SITE_URL, basePath, isDefaultOrigin: true };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://news.example.org (got "${given}").`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new Error(`SITE_URL must be an http(s) address without ?query or #hash (got "${given}").`);
  }
  return { origin: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, basePath, isDefaultOrigin: false };
}

/** Vite's `base` (`/`, `/timeline`, `/timeline/`, `https://cdn.example.org/app/`) as a path. */
export function basePathOf(base: string): string {
  let pathname = base;
  if (/^https?:\/\//i.test(base)) pathname = new URL(base).pathname;
  else if (!base.startsWith('/')) {
    throw new Error(
      `base "${base}" is relative; per-event pages need an absolute base such as / or /timeline/ (BASE_PATH).`,
    );
  }
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** A root-relative link to a page or file of the site: `sitePath(urls, 'about/')` → `/timeline/about/`. */
export function sitePath(urls: SiteUrls, path: string): string {
  return `${urls.basePath}${path}`;
}

/** The absolute URL for canonical links and Open Graph: `https://news.example.org/timeline/about/`. */
export function absoluteUrl(urls: SiteUrls, path: string): string {
  return `${urls.origin}${urls.basePath}${path}`;
}

/**
 * True for the paths the app routes itself and the build writes as pages, with or without the trailing
 * slash: `{base}events/<id>`, `{base}events/<id>/`, `{base}about`, `{base}about/`. The dev server
 * answers them with index.html.
 */
export function isAppPagePath(pathname: string, basePath: string): boolean {
  if (!pathname.startsWith(basePath)) return false;
  return /^(?:events\/[^/]+|about)\/?$/.test(pathname.slice(basePath.length));
}
