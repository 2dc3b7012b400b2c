import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of every built page (the static event and about pages are made from the
 * built index.html, so they carry it too). Scripts only from the site itself (no inline script
 * anywhere), no plugins, no <base> rewriting, data only from the site. Build only: Vite's dev server
 * injects an inline script of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'news-timeline:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
