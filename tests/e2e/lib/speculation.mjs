// The one inline script a page may carry: `<script type="speculationrules">`, which asks the browser to
// prerender (or prefetch) same-site pages when the reader is about to follow a link. It is allowed only as
// JSON speculation rules that name nothing but the site's own pages, and only when the page's
// Content-Security-Policy allows it by the sha256 of its exact text (the build writes that hash).
import { createHash } from 'node:crypto';

/** The CSP source that allows an inline script with exactly this text: `'sha256-<base64>'`. */
export const scriptHash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const ACTIONS = ['prefetch', 'prerender'];
const RULE_KEYS = ['source', 'where', 'urls', 'eagerness', 'relative_to', 'referrer_policy', 'tag', 'expects_no_vary_search', 'requires', 'target_hint'];

/**
 * What is wrong with `text` as speculation rules for a site served under `prefix` (`/`, `/harbour/`):
 * not JSON, keys that are not rules, or any address or pattern that could lead outside the site. An empty
 * list means it is JSON speculation rules for the site's own pages.
 */
export function speculationRulesProblems(text, prefix = '/') {
  let rules;
  try {
    rules = JSON.parse(text);
  } catch (e) {
    return [`not JSON: ${e.message}`];
  }
  if (!rules || typeof rules !== 'object' || Array.isArray(rules)) return ['not a JSON object'];
  const problems = [];
  const ownPage = (what, address) => {
    if (typeof address !== 'string' || !address.startsWith(prefix) || address.startsWith('//')) problems.push(`${what} ${JSON.stringify(address)} is not under ${prefix}`);
  };
  /**
   * Whether a `where` condition matches only the site's own pages: an href_matches whose every pattern is
   * under the prefix, an "and" with such a part, an "or" made only of such parts. A "not" or a selector
   * alone restricts nothing.
   */
  const ownPagesOnly = (where) => {
    if (!where || typeof where !== 'object' || Array.isArray(where)) {
      problems.push(`a condition that is not an object: ${JSON.stringify(where)}`);
      return false;
    }
    const parts = Object.entries(where).filter(([key]) => key !== 'relative_to');
    if (parts.length !== 1) {
      problems.push(`a condition with ${parts.length} parts: ${JSON.stringify(where)}`);
      return false;
    }
    const [[key, value]] = parts;
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value) || value.length === 0) {
        problems.push(`"${key}" is not a list of conditions`);
        return false;
      }
      const each = value.map(ownPagesOnly);
      return key === 'and' ? each.some(Boolean) : each.every(Boolean);
    }
    if (key === 'not') {
      ownPagesOnly(value);
      return false;
    }
    if (key === 'href_matches') {
      const patterns = [value].flat();
      for (const p of patterns) ownPage('href_matches', p);
      return patterns.length > 0 && patterns.every((p) => typeof p === 'string' && p.startsWith(prefix) && !p.startsWith('//'));
    }
    if (key === 'selector_matches') return false;
    problems.push(`unknown condition "${key}"`);
    return false;
  };
  for (const [action, list] of Object.entries(rules)) {
    if (!ACTIONS.includes(action)) {
      problems.push(`"${action}" is not a speculation action`);
      continue;
    }
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`"${action}" is not a list of rules`);
      continue;
    }
    for (const rule of list) {
      const unknown = Object.keys(rule ?? {}).filter((k) => !RULE_KEYS.includes(k));
      if (unknown.length) problems.push(`${action} rule has unknown keys ${unknown.join(', ')}`);
      for (const url of rule?.urls ?? []) ownPage('urls entry', url);
      if (rule?.where) {
        if (!ownPagesOnly(rule.where)) problems.push(`${action} rule could match addresses outside ${prefix}: ${JSON.stringify(rule.where)}`);
      } else if (!rule?.urls) problems.push(`${action} rule names no pages`);
    }
  }
  return problems;
}

/** The `script-src` sources of a policy (`a b; script-src c d`) → ['c', 'd']. */
export function scriptSources(policy) {
  const directive = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name.toLowerCase() === 'script-src');
  return directive ? directive.slice(1) : [];
}
