import { describe, expect, it } from 'vitest';
import { parsePage } from '../parsePage.ts';
import { dropChromeLines } from './cutChrome.ts';

const P1 = 'The harbour board voted on Tuesday to close the old pier for repairs that will take a year.';
const P2 = 'Fishermen said the closure would cost them the autumn season, and asked for a temporary dock.';
const P3 = 'The board said a floating dock would open beside the pier before the end of the month.';

function bodyOf(articleHtml: string, head = '', nav = ''): string[] {
  const html = `<!doctype html><html lang="en"><head><title>Pier closes | Coast News</title>${head}</head><body>${nav}<article><h1>Pier closes</h1>${articleHtml}</article></body></html>`;
  const r = parsePage(new TextEncoder().encode(html), 'p.html');
  if (!r.ok) throw new Error(r.reason);
  return r.articles[0]!.text.split('\n\n');
}

describe('the HTML reader cuts page chrome from the article body', () => {
  it.each([
    [
      'an image caption by class',
      `<p>${P1}</p><div class="wp-caption"><img src="x.jpg"><p class="wp-caption-text">The old pier at dusk.</p></div><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'a photo credit',
      `<p>${P1}</p><div class="credit body-credit">Harbour Photo Agency</div><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'a caption span named in short',
      `<span class="img_cptn">Representative image.</span><p>${P1}</p><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'a newsletter promo',
      `<p>${P1}</p><p class="newsletter-promo"><a href="/signup">Get our daily edition by email</a> Free Sign Up</p><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'a breadcrumb trail',
      `<div class="site-breadcrumb"><a href="/">Home</a> / <a href="/coast">Coast</a> / Pier closes</div><p>${P1}</p><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'a share bar',
      `<p>${P1}</p><p>${P2}</p><p>${P3}</p><div class="sfsi_Sicons"><span>Please follow and like us:</span></div>`,
    ],
    [
      'a cookie consent blocker',
      `<p>${P1}</p><div class="_brlbs-content-blocker"><p>Loading the video accepts the provider's privacy terms.</p><p><a href="#">Load video</a></p></div><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'a link-only paragraph to another story',
      `<p>${P1}</p><p><a href="/other"><strong>TOWN COUNCIL DEBATES NEW FERRY: REPORT</strong></a></p><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'a labelled "read also" link',
      `<p>${P1}</p><p><strong>Read also »</strong> <a href="/other">Why the pier has needed repairs for a decade</a></p><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'a "more on" label with its run of links',
      `<p>${P1}</p><p><strong>More on the coast:</strong></p><p><a href="/a">Ferry timetable changes</a></p><p><a href="/b">Storm damage on the promenade (Coast TV)</a></p><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'ad slot labels',
      `<span class="ad-slot">Advertisement</span><p>${P1}</p><p>ANZEIGE</p><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'a list of service boxes (app, subscription)',
      `<p>${P1}</p><p>${P2}</p><p>${P3}</p><ul><li><h6>Download</h6><p>The Coast News <a href="https://get.coast.example/">App</a> for the latest harbour news</p></li><li><h6>Subscribe</h6><p>Start your mornings with the paper! <a href="https://shop.example/subscription?src=article">Order Now</a></p></li></ul>`,
    ],
    [
      'a sign-up line linking the newsletter page',
      `<p>${P1}</p><p>${P2}</p><p>${P3}</p><p><i>Coast News covers the whole coast. Subscribe to our daily newsletter </i><a href="https://coast.example/subscribe/"><i>here</i></a><i>.</i></p>`,
    ],
    [
      'the heading of a video player',
      `<p>${P1}</p><h2>Video: the pier at dawn, seen from the water</h2><div class="player"><video src="pier.mp4"></video></div><p>${P2}</p><p>${P3}</p>`,
    ],
    [
      'the label of a CMS embed placeholder',
      `<p>${P1}</p><p>${P2}</p><p data-embed-id="cms/slideshow/7" data-embed-type="manual"><strong>Gallery: storms along the coast (Photo Agency)</strong></p><div><a href="/gallery/storms"><img src="storm.jpg"></a></div><p>${P3}</p>`,
    ],
  ])('%s', (_, html) => {
    expect(bodyOf(html)).toEqual([P1, P2, P3]);
  });

  it('drops the label of a box of links to the site, after Readability', () => {
    const box = `<div class="x1">More from the coast desk</div><div class="x2"><a href="/a">Ferry timetable</a><a href="/b">Harbour works</a><a href="/c">Beach weather</a></div>`;
    expect(bodyOf(`<p>${P1}</p><p>${P2}</p><p>${P3}</p>${box}`)).not.toContain('More from the coast desk');
  });

  it('keeps a section heading over a clip and a sentence linking a register', () => {
    const got = bodyOf(
      `<p>${P1}</p><h2>The ferry returns</h2><div><iframe src="https://video.example/embed/1"></iframe></div><p>${P2}</p>` +
        `<p>The board keeps a <a href="/register">register of moorings</a> open to the public.</p><p>${P3}</p>`,
    );
    expect(got).toEqual([
      P1,
      'The ferry returns',
      P2,
      'The board keeps a register of moorings open to the public.',
      P3,
    ]);
  });

  it('keeps a list of steps that each carry a photo (Readability takes it for a gallery)', () => {
    const steps = [
      'Dice the tofu and dry it on paper towels.',
      'Fry the tofu till the edges are golden.',
      'Add the noodles and the sauce, stir well.',
    ];
    const list = `<div class="card-directions"><h3>Directions</h3><ul class="directions-list">${steps
      .map((s, i) => `<li class="direction-step">${s}<img src="${i}.jpg"><img src="${i}b.jpg"></li>`)
      .join('')}</ul></div>`;
    // Long enough (over Readability's 500 characters) for its gallery cleaning to run.
    const long = [P1, P2, P3].map((p) => `${p} ${p}`);
    const got = bodyOf(`${long.map((p) => `<p>${p}</p>`).join('')}${list}`);
    expect(got).toEqual([...long, 'Directions', ...steps]);
  });

  it.each([
    ['is dropped when the metadata gives the same day', '2020-09-28', [P1, P2, P3]],
    ['stays when the metadata gives another day', '2020-09-27', ['September 28, 2020', P1, P2, P3]],
  ])('a date line under the headline %s', (_, day, want) => {
    const head = `<meta property="article:published_time" content="${day}">`;
    expect(bodyOf(`<p>September 28, 2020</p><p>${P1}</p><p>${P2}</p><p>${P3}</p>`, head)).toEqual(want);
  });

  it('keeps a paragraph with a link inside its prose, and a long block whatever its class', () => {
    const withLink = `The <a href="/board">harbour board</a> said the repairs would be paid from the port's reserve fund.`;
    const long = `${P2} ${P3} `.repeat(6).trim();
    const got = bodyOf(`<p>${P1}</p><p>${withLink}</p><div class="story-share-area"><p>${long}</p></div>`);
    expect(got).toEqual([
      P1,
      `The harbour board said the repairs would be paid from the port's reserve fund.`,
      long,
    ]);
  });
});

describe("link-only paragraphs and the page's site", () => {
  const canonical = '<link rel="canonical" href="https://www.coast.example/news/pier">';
  it.each([
    ['a relative link', '/news/ferry', false],
    ['the same host', 'https://www.coast.example/news/ferry', false],
    ['a subdomain of the site', 'https://live.coast.example/ferry', false],
    ["another site: kept as the article's text", 'https://petitions.example/save-the-pier', true],
  ])('%s', (_, href, kept) => {
    const line = 'Save the old pier: the petition to the harbour board';
    const got = bodyOf(
      `<p>${P1}</p><p><a href="${href}"><strong>${line}</strong></a></p><p>${P2}</p><p>${P3}</p>`,
      canonical,
      '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>',
    );
    expect(got).toEqual(kept ? [P1, line, P2, P3] : [P1, P2, P3]);
  });

  it('a syndicated copy: links to the host site most links lead to are its furniture', () => {
    const nav = `<nav>${['', 'news', 'sport', 'weather', 'travel']
      .map((path) => `<a href="https://portal.example/${path}">${path || 'home'}</a>`)
      .join(' ')}</nav>`;
    const more = '<p><a href="https://portal.example/news/ferry">More from the coast on our portal</a></p>';
    expect(bodyOf(`<p>${P1}</p>${more}<p>${P2}</p><p>${P3}</p>`, canonical, nav)).toEqual([P1, P2, P3]);
  });
});

describe('dropChromeLines', () => {
  it.each([
    ['ad labels anywhere', ['Advertisement', 'A.', 'Anzeige', 'B.'], ['A.', 'B.']],
    ['trailing lines ending in a colon', ['A.', 'B.', 'Share this:', 'Follow us:'], ['A.', 'B.']],
    [
      'a colon line inside the text stays',
      ['He said:', '"We will rebuild."'],
      ['He said:', '"We will rebuild."'],
    ],
    [
      'an ad word inside a sentence stays',
      ['The advertisement ran for a week.'],
      ['The advertisement ran for a week.'],
    ],
  ])('%s', (_, input, want) => {
    expect(dropChromeLines(input)).toEqual(want);
  });
});
