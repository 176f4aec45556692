// A French site (tests/content/fr, dist-fr): every label, date and number in French, from the build and
// from the browser's Intl, the validation messages and the comment server's errors too.
import { test, expect } from '../lib/fixtures.mjs';
import { open } from '../lib/app.mjs';
import { expectAccessibleInEveryLook } from '../lib/axe.mjs';
import { fakeServer, issoComment, form, box } from '../lib/languages.mjs';

const ORIGIN = 'http://127.0.0.1:4178';
const ARTICLE = '/articles/la-digue-rouvre/';
const NAMES = { comment: 'Commentaire', name: 'Nom', email: 'E-mail', post: 'Publier le commentaire' };
// ICU writes French thousands with a narrow no-break space.
const NNBSP = '\u202f';

test('the article page is in French: labels, dates and numbers', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  await open(page, ARTICLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await page.locator('html').getAttribute('dir')).toBeNull();
  const meta = page.locator('.article__meta');
  await expect(meta).toContainText('Par Camille Martin');
  await expect(meta.locator('time').first()).toHaveText('24 décembre 2024');
  await expect(meta).toContainText('Mis à jour le 2 janvier 2025');
  await expect(meta).toContainText('1 min de lecture');
  await expect(page.getByRole('navigation', { name: 'Sommaire' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeAttached();
  const sidebar = page.getByRole('complementary', { name: 'Barre latérale' });
  await expect(sidebar.locator('dt')).toHaveText(['Aujourd’hui', 'Total']);
  await expect(sidebar.locator('dd')).toHaveText(['147', `40${NNBSP}358`]);
  await expect(page.getByRole('heading', { name: 'Laisser un commentaire' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '1 commentaire', level: 2 })).toBeVisible();
  await expect(page.locator('#comment-redaction-1 time')).toHaveText('24 décembre 2024');
  await expect(page.locator('#comment-redaction-1')).toContainText('a écrit :');
  await expect(page.getByRole('checkbox', { name: /Enregistrer mon nom/ })).toBeVisible();
  // The crash notice is in French too (hidden until something breaks).
  await expect(page.locator('#crash')).toHaveText(/Un problème est survenu\.\s+Rechargez la page\s+pour réessayer\./);
});

test('the comment server’s comments: count and dates written by the browser in French', async ({ page }) => {
  // 2024-12-25T10:00:00Z and 2025-01-03T08:00:00Z.
  const thread = {
    total_replies: 2,
    hidden_replies: 0,
    replies: [issoComment(7, 'Jeanne', 'Bravo !', 1735120800), issoComment(8, 'Paul', 'Enfin.', 1735891200)],
  };
  await fakeServer(page, ORIGIN, { thread });
  await open(page, ARTICLE);
  await expect(page.getByRole('heading', { name: '3 commentaires', level: 2 })).toBeVisible();
  await expect(page.locator('#comment-7 time')).toHaveText('25 décembre 2024');
  await expect(page.locator('#comment-8 time')).toHaveText('3 janvier 2025');
});

test('a validation message and the comment server’s errors are in French', async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 500/);
  await fakeServer(page, ORIGIN, { thread: 500, post: 500 });
  await open(page, ARTICLE);
  const failed = page.getByRole('alert').filter({ hasText: 'Les commentaires n’ont pas pu être chargés.' });
  await expect(failed).toContainText('Le serveur de commentaires a rencontré un problème (HTTP 500). Réessayez dans un instant.');
  await expect(failed.getByRole('button', { name: 'Réessayer' })).toBeVisible();

  const f = form(page, NAMES);
  await f.comment.fill('ab');
  await f.post.click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('Il y a un problème');
  await expect(summary.getByRole('link')).toHaveText([
    'Le commentaire doit contenir au moins 3 caractères',
    'Saisissez votre nom',
    'Saisissez votre adresse e-mail',
  ]);
  await expect(page.locator('#comment-error')).toContainText('Erreur :');

  await f.comment.fill('Une belle réouverture.');
  await f.name.fill('Jeanne');
  await f.email.fill('jeanne@example.com');
  await f.post.click();
  const notPosted = page.getByRole('alert').filter({ hasText: 'Votre commentaire n’a pas été publié' });
  await expect(notPosted).toContainText('Le serveur de commentaires a rencontré un problème (HTTP 500).');
  await expect(notPosted).toContainText('Votre texte est toujours dans le formulaire');
});

test('the front page lists the other article with its French date; the not-found page is in French', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  await open(page, '/');
  const more = page.getByRole('region', { name: 'Autres articles' });
  await expect(more.locator('time')).toHaveText(['3 novembre 2024']);
  await expect(page.getByText('Les commentaires sont fermés.')).toHaveCount(0);
  await page.goto('/articles/fete-de-la-mer/');
  await expect(page.getByText('Les commentaires sont fermés.')).toBeVisible();
  const response = await page.goto('/nulle-part/');
  expect(response.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await expect(page.getByRole('link', { name: 'Aller à la une' })).toBeVisible();
  await expect(page).toHaveTitle('Page introuvable – La Gazette du Port');
});

test('left to right, with the contents on the left; axe clean in light and dark', async ({ page }) => {
  await fakeServer(page, ORIGIN);
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, ARTICLE);
  const [nav, main, side] = await Promise.all([
    box(page.locator('nav.section-nav')),
    box(page.locator('main')),
    box(page.locator('aside.sidebar')),
  ]);
  expect(nav.x).toBeLessThan(main.x);
  expect(side.x).toBeGreaterThan(main.x);
  await expectAccessibleInEveryLook(page, 'the French article');
  await expect(page.getByRole('button', { name: 'Sommaire' })).toBeVisible();
});
