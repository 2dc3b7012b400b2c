import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Connect } from 'vite';
import { isAppPagePath } from './siteUrls.ts';

function splitUrl(url: string | undefined): { pathname: string; query: string } {
  const at = (url ?? '').indexOf('?');
  return at < 0 ? { pathname: url ?? '', query: '' } : { pathname: url!.slice(0, at), query: url!.slice(at) };
}

/**
 * Dev server: `{base}events/<id>[/]` and `{base}about[/]` get the app's index.html, whatever the request's
 * Accept header (Vite's own SPA fallback only answers requests that accept HTML). Mount it before Vite's
 * middlewares, which see the base-prefixed URL.
 */
export function serveAppPages(basePath: string): Connect.NextHandleFunction {
  return (req, _res, next) => {
    const { pathname, query } = splitUrl(req.url);
    if ((req.method === 'GET' || req.method === 'HEAD') && isAppPagePath(pathname, basePath)) {
      req.url = `${basePath}index.html${query}`;
    }
    next();
  };
}

/**
 * Preview server: `{base}events/<id>` without the slash is redirected to the page folder, as static hosts
 * (`python3 -m http.server`, nginx, GitHub Pages) do, so it gets the event's own page and not the bare
 * index.html of the SPA fallback.
 */
export function redirectToPageFolders(basePath: string, outDir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const { pathname, query } = splitUrl(req.url);
    if (
      (req.method === 'GET' || req.method === 'HEAD') &&
      !pathname.endsWith('/') &&
      isAppPagePath(pathname, basePath) &&
      existsSync(path.join(outDir, pathname.slice(basePath.length), 'index.html'))
    ) {
      res.statusCode = 301;
      res.setHeader('Location', `${pathname}/${query}`);
      res.end();
      return;
    }
    next();
  };
}
