/**
 * The two small pages the class server writes itself: the student page a
 * phone opens (`/join`, which loads the page Vite built) and the lecturer's
 * sign-in page (`/login`, whole in one response, styles inline). Neither
 * loads fonts or scripts from elsewhere.
 */
import type { Lang } from '../../data/schema'
import type { StudentAssets } from './build'
import { labels } from '../../utils/labels'

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

const base = `
:root { color-scheme: light dark; --ink: #1c2430; --muted: #4f5a68; --paper: #ffffff; --accent: #0b5d6b; --accent-soft: #e3f0f2; --rule: #8a94a3; --right: #1b6b34; --focus: #b3470f; }
@media (prefers-color-scheme: dark) { :root { --ink: #e9edf2; --muted: #b5bfcb; --paper: #12181f; --accent: #7fd0dc; --accent-soft: #1d3a40; --rule: #6b7684; --right: #8fd8a4; --focus: #ffb27a; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 1.0625rem/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--ink); background: var(--paper); }
main, header { max-width: 36rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 0.75rem; }
h1 { font-size: 1.05rem; margin: 0; color: var(--muted); font-weight: 650; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
`

/** A page's label in its language, escaped for HTML. */
function sayer(lang: Lang): (key: keyof typeof labels) => string {
  return key => escapeHtml(labels[key][lang])
}

/** Both pages' start, to the end of their `<head>`: no icon request (an empty one), no fonts from elsewhere. */
function pageStart(lang: Lang, title: string, head: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${title} · JWG on Health</title>
${head}
</head>
`
}

/**
 * The page a student's phone opens: the built page's script and styles
 * (see build.ts), and until the script runs, the line that says it is
 * connecting.
 */
export function studentPage(lang: Lang, assets: Pick<StudentAssets, 'script' | 'styles'>): string {
  const say = sayer(lang)
  const head = [...assets.styles.map(href => `<link rel="stylesheet" href="${escapeHtml(href)}">`), `<script type="module" src="${escapeHtml(assets.script)}"></script>`]
  return `${pageStart(lang, say('liveTitle'), head.join('\n'))}<body>
<div id="app"><p role="status">${say('liveConnecting')}</p></div>
</body>
</html>
`
}

/** What the phones' page may load: its own files and its socket, nothing else. */
export const STUDENT_CSP = 'default-src \'none\'; script-src \'self\'; style-src \'self\'; connect-src \'self\'; img-src \'self\' data:; base-uri \'none\'; form-action \'none\'; frame-ancestors \'none\''

/** The lecturer's sign-in page; `problem` is shown after a wrong password. */
export function loginPage(lang: Lang, next: string, problem?: 'wrong' | 'locked'): string {
  const say = sayer(lang)
  const message = problem === 'wrong' ? say('liveWrongPassword') : problem === 'locked' ? say('liveTooManyTries') : ''
  return `${pageStart(lang, say('liveSignIn'), `<style>${base}
form { display: grid; gap: 0.6rem; margin: 1rem 0; }
label { font-weight: 600; }
input, button { font: inherit; min-height: 44px; padding: 0.4rem 0.7rem; border-radius: 0.4rem; }
input { border: 2px solid var(--rule); color: var(--ink); background: var(--paper); }
button { border: 0; background: var(--accent); color: var(--paper); font-weight: 700; cursor: pointer; }
.problem { color: var(--focus); font-weight: 600; }
a { color: var(--accent); }
a { display: inline-block; min-height: 24px; }
</style>`)}<body>
<header><h1>JWG on Health · ${say('liveTitle')}</h1></header>
<main>
<h2>${say('liveSignIn')}</h2>
<form method="post" action="/login">
<input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="password">${say('livePassword')}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required autofocus${message ? ' aria-describedby="problem" aria-invalid="true"' : ''}>
${message ? `<p id="problem" class="problem" role="alert">${message}</p>` : ''}
<button type="submit">${say('liveSignInButton')}</button>
</form>
<p><a href="/join">${say('liveStudentsHere')}</a></p>
</main>
</body>
</html>
`
}
