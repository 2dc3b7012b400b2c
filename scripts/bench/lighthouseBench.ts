/**
 * Lighthouse 12.8 (the CLI in node_modules) with its mobile (default) or desktop preset on one URL,
 * killed after `timeoutMs`; only 127.0.0.1 resolves in its Chromium.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/browser.ts';
import { run } from './processes.ts';

export type LighthouseFigures = {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number } | null;
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  skipped: string | null;
};

type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { message: string };
};

export async function runLighthouse(
  repo: string,
  url: string,
  preset: 'mobile' | 'desktop',
  tmp: string,
  timeoutMs = 120_000,
): Promise<LighthouseFigures> {
  const out = path.join(tmp, `lh-${preset}-${Date.now()}.json`);
  const flags =
    '--headless=new --no-sandbox --disable-gpu --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"';
  const args = [
    url,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${flags}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const empty = { scores: null, fcp: null, lcp: null, tbt: null, cls: null };
  const result = await run(path.join(repo, 'node_modules/.bin/lighthouse'), args, {
    cwd: repo,
    env: {
      ...process.env,
      CHROME_PATH:
        process.env.CHROME_PATH ?? chromiumLaunchOptions().executablePath ?? chromium.executablePath(),
    },
    timeoutMs,
  });
  try {
    if (result.timedOut) return { ...empty, skipped: `did not finish in ${timeoutMs / 1000} s` };
    const report = JSON.parse(await readFile(out, 'utf8')) as Report;
    if (report.runtimeError) return { ...empty, skipped: report.runtimeError.message.slice(0, 80) };
    const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
    const audit = (k: string) => report.audits[k]?.numericValue ?? null;
    return {
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      },
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      skipped: null,
    };
  } catch {
    return { ...empty, skipped: `no report (exit ${result.code}): ${result.stderr.trim().slice(-100)}` };
  } finally {
    await rm(out, { force: true });
  }
}
