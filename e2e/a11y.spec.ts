import AxeBuilder from '@axe-core/playwright';
import { readBuiltDataset } from './builtData.ts';
import { expect, test } from './fixtures.ts';

const dataset = readBuiltDataset();
const call = dataset.events.find((e) => e.type === 'call' && e.date?.start === '2025-07-03')!;
const person = dataset.people[0]!;

const VIEWS = [
  ['home', '/', 'Timeline of events'],
  ['an event deep link', `/events/${call.id}/`, 'Timeline of events'],
  ['a filtered view', `/?person=${person.id}&country=US`, 'Timeline of events'],
  ['the about view', '/about/', null],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, url, waitFor] of VIEWS) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.goto(url);
        await expect(page.getByRole('main')).not.toContainText('Loading');
        if (waitFor) await expect(page.getByRole('region', { name: waitFor })).toBeVisible();
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      });
    }
  });
}
