import { escapeHtml } from './escapeHtml.ts';
import { renderMetaTags, type PageMeta } from './pageMeta.ts';

const TITLE = /<title>[\s\S]*?<\/title>/i;
const DESCRIPTION = /<meta\s+name=["']description["']\s+content=(["'])([\s\S]*?)\1\s*\/?>/i;
const DESCRIPTION_LINE = new RegExp(`[ \\t]*${DESCRIPTION.source}[ \\t]*\\n?`, 'i');
const EMPTY_ROOT = /<div id="root">\s*<\/div>/;

/** The description index.html was written with, as plain text; null when it has none. */
export function readDescription(template: string): string | null {
  const content = DESCRIPTION.exec(template)?.[2];
  return content === undefined ? null : decodeBasicEntities(content.replace(/\s+/g, ' ').trim());
}

/**
 * One page made from the built index.html: its title and description replaced, canonical, Open Graph
 * and Twitter tags added after the title, and, when `root` is given, the static markup placed inside
 * the empty `<div id="root">` the app renders into. Script and style tags are kept as Vite wrote them,
 * so the page loads the same hashed bundle. Throws when the template lacks the title or the root.
 */
export function fillTemplate(template: string, page: { meta: PageMeta; root: string | null }): string {
  if (!TITLE.test(template)) throw new Error('index.html has no <title> to replace');
  if (page.root !== null && !EMPTY_ROOT.test(template)) {
    throw new Error('index.html has no empty <div id="root"></div> to fill');
  }
  const head = [`<title>${escapeHtml(page.meta.title)}</title>`, ...renderMetaTags(page.meta)].join('\n    ');
  // Replacer functions, so a `$&` in the data is never read as a replacement pattern.
  let html = template.replace(DESCRIPTION_LINE, () => '').replace(TITLE, () => head);
  if (page.root !== null) {
    const root = page.root;
    html = html.replace(EMPTY_ROOT, () => `<div id="root">\n${root}\n    </div>`);
  }
  return html;
}

function decodeBasicEntities(text: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (whole, name: string) => entities[name] ?? whole);
}
