// Accessibility check with axe-core itself (the @axe-core/playwright wrapper wants Node 22).
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';

const AXE_PATH = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the whole document and fails with each violation's id, help and targets.
 * `{ soft: true }` records the failure and lets the test go on to check its other variants.
 */
export async function expectNoAxeViolations(page, label = page.url(), { soft = false } = {}) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  // Colours mid-transition (after a scheme switch, a hover, a focus change) are not what a reader is left
  // with: let running CSS transitions and animations finish first.
  await page.evaluate(() =>
    Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => {}))),
  );
  const violations = await page.evaluate(async (values) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
    }));
  }, TAGS);
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.targets.map((t) => `    ${t}`).join('\n')}`)
    .join('\n');
  (soft ? expect.soft : expect)(violations.length, `axe violations on ${label}:\n${report}`).toBe(0);
}
