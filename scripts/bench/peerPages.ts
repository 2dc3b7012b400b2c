/**
 * The peers, on the same events as the app: a TimelineJS3 page (its JSON format) and a bare
 * vis-timeline page (standalone build, default options), both written into the build folder under
 * `peers/` and served by the same static server. Dated events only: neither peer can place the rest.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

type DatasetEvent = {
  title: string;
  date: { start: string } | null;
  sources?: { quote: string }[];
  summary?: string;
};

export type PeerFiles = { timelinejs: string; vis: string; events: number };

const HEAD = (title: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
  `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n` +
  `<meta name="description" content="${title}: the benchmark's peer page on the app's events.">\n`;

function ymd(day: string): { year: number; month: number; day: number } {
  const [y, m, d] = day.split('-').map(Number);
  return { year: y ?? 1970, month: m ?? 1, day: d ?? 1 };
}

/** Writes `peers/` into `buildDir` from its own `data/dataset.json`; returns the pages' paths. */
export async function writePeerPages(repo: string, buildDir: string): Promise<PeerFiles> {
  const dataset = JSON.parse(await readFile(path.join(buildDir, 'data/dataset.json'), 'utf8')) as {
    events: DatasetEvent[];
  };
  const dated = dataset.events.filter((e) => e.date !== null && typeof e.date?.start === 'string');
  const dir = path.join(buildDir, 'peers');
  const tl = path.join(repo, 'node_modules/@knight-lab/timelinejs/dist');
  await mkdir(path.join(dir, 'tl/js/locale'), { recursive: true });
  await cp(path.join(tl, 'js/timeline.js'), path.join(dir, 'tl/js/timeline.js'));
  await cp(path.join(tl, 'js/locale/en.json'), path.join(dir, 'tl/js/locale/en.json'));
  await cp(path.join(tl, 'css/timeline.css'), path.join(dir, 'tl/css/timeline.css'));
  await cp(path.join(tl, 'css/icons'), path.join(dir, 'tl/css/icons'), { recursive: true });
  // The default theme's font CSS points at Google Fonts, which this benchmark blocks (127.0.0.1 only).
  await cp(path.join(tl, 'css/fonts/font.default.css'), path.join(dir, 'tl/css/fonts/font.default.css'));
  const visJs = 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js';
  await cp(path.join(repo, visJs), path.join(dir, 'vis/vis-timeline-graph2d.min.js'));

  const tlData = {
    events: dated.map((e) => ({
      start_date: ymd(e.date!.start),
      text: { headline: e.title, text: e.sources?.[0]?.quote ?? e.summary ?? '' },
    })),
  };
  await writeFile(path.join(dir, 'timelinejs.json'), JSON.stringify(tlData));
  const items = dated.map((e, i) => ({ id: i, content: e.title, start: e.date!.start }));
  await writeFile(path.join(dir, 'vis-items.json'), JSON.stringify(items));

  await writeFile(
    path.join(dir, 'timelinejs.html'),
    `${HEAD('TimelineJS3 peer')}<link rel="stylesheet" href="tl/css/timeline.css">\n</head>\n<body style="margin:0">\n` +
      `<div id="timeline-embed" style="width:100%;height:100vh"></div>\n<script src="tl/js/timeline.js"></script>\n` +
      `<script>fetch('timelinejs.json').then((r) => r.json()).then((d) => {\n` +
      `  window.timeline = new TL.Timeline('timeline-embed', d, { script_path: new URL('tl/js/', location.href).href });\n` +
      `});</script>\n</body>\n</html>\n`,
  );
  await writeFile(
    path.join(dir, 'vis.html'),
    `${HEAD('vis-timeline peer')}</head>\n<body style="margin:0">\n<main><h1 style="font:16px sans-serif;margin:8px">Events</h1>\n` +
      `<div id="vis"></div></main>\n<script src="vis/vis-timeline-graph2d.min.js"></script>\n` +
      `<script>fetch('vis-items.json').then((r) => r.json()).then((items) => {\n` +
      `  window.timeline = new vis.Timeline(document.getElementById('vis'), new vis.DataSet(items), {});\n` +
      `});</script>\n</body>\n</html>\n`,
  );
  return { timelinejs: '/peers/timelinejs.html', vis: '/peers/vis.html', events: dated.length };
}
