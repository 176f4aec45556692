// What the language builds (fr, ar, en-fr: tests/content/<name>) share: their comment server is faked
// with page.route (nothing listens on its port), and every label, date and number is checked as the
// reader's language writes it. The expected texts are written out in each spec, as a reader would read
// them, not taken from the catalogues.
import { expect } from '@playwright/test';

/** The comment server of the language builds' site.json; nothing listens there. */
export const SERVER = 'http://127.0.0.1:8099';

const cors = (page) => ({
  'Access-Control-Allow-Origin': new URL(page.url() === 'about:blank' ? 'http://127.0.0.1' : page.url()).origin,
  'Access-Control-Allow-Credentials': 'true',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
  'Access-Control-Expose-Headers': 'X-Set-Cookie, Date',
});

/**
 * Answers the comment server's requests: `thread` (the JSON of GET /?uri=…, or a status number to fail
 * with) and `post` (the status POST /new answers with; its body is an HTML error page).
 */
export async function fakeServer(page, origin, { thread = { total_replies: 0, hidden_replies: 0, replies: [] }, post = 500 } = {}) {
  const headers = { ...cors(page), 'Access-Control-Allow-Origin': origin };
  await page.route(
    (url) => url.origin === SERVER,
    (route) => {
      const request = route.request();
      if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers });
      if (request.method() === 'POST') {
        return route.fulfill({ status: post, headers: { ...headers, 'Content-Type': 'text/html' }, body: '<h1>Internal Server Error</h1>' });
      }
      if (typeof thread === 'number') {
        return route.fulfill({ status: thread, headers: { ...headers, 'Content-Type': 'text/html' }, body: '<h1>Error</h1>' });
      }
      return route.fulfill({ status: 200, headers: { ...headers, 'Content-Type': 'application/json' }, json: thread });
    },
  );
}

/** One comment as Isso sends it. */
export const issoComment = (id, author, text, created) => ({
  id,
  parent: null,
  created,
  modified: null,
  mode: 1,
  text: `<p>${text}</p>`,
  author,
  website: null,
  likes: 0,
  dislikes: 0,
  hash: 'abc',
  hidden_replies: 0,
  total_replies: 0,
  replies: [],
});

/** The comment form's controls by their (translated) accessible names. */
export function form(page, names) {
  const field = (name) => page.getByRole('textbox', { name, exact: true });
  return {
    comment: field(names.comment),
    name: field(names.name),
    email: field(names.email),
    post: page.getByRole('button', { name: names.post, exact: true }),
  };
}

/** The box of an element, for comparing where things sit. */
export const box = async (locator) => {
  const b = await locator.boundingBox();
  expect(b, 'the element is laid out').not.toBeNull();
  return b;
};
