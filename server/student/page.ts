/**
 * The two small pages the class server writes itself: the student page a
 * phone opens (`/join`) and the lecturer's sign-in page (`/login`). Both are
 * whole in one response, styles inline, no fonts or scripts from elsewhere.
 */
import type { Lang } from '../../data/schema'
import { labels } from '../../utils/labels'
import { studentLabels } from './labels'

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

/** JSON safe to put inside a `<script>` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
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

/** The page a student's phone opens: the current question, or "waiting for the lecturer". */
export function studentPage(lang: Lang): string {
  const texts = studentLabels(lang)
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${escapeHtml(texts.liveTitle)} · JWG on Health</title>
<style>${base}
.live-status { margin: 0.6rem 0 0.8rem; padding: 0.6rem 0.8rem; border-left: 4px solid var(--accent); background: var(--accent-soft); border-radius: 0.3rem; font-weight: 600; }
body[data-state="offline"] .live-status { border-left-color: var(--focus); }
.live-fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
.live-prompt { font-size: 1.2rem; font-weight: 700; line-height: 1.3; padding: 0; margin-bottom: 0.3rem; }
.live-hint { margin: 0 0 0.6rem; color: var(--muted); }
.live-options { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
.live-option__label { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 0.7rem; min-height: 56px; padding: 0.7rem 0.9rem; border: 2px solid var(--rule); border-radius: 0.6rem; cursor: pointer; }
.live-option.is-mine .live-option__label { border-color: var(--accent); border-width: 3px; background: var(--accent-soft); }
.live-option__input { width: 1.6rem; height: 1.6rem; margin: 0; accent-color: var(--accent); flex: none; }
.live-option__input:disabled + .live-letter { opacity: 0.85; }
.live-letter { display: inline-grid; place-items: center; flex: none; width: 2rem; height: 2rem; border-radius: 50%; background: var(--ink); color: var(--paper); font-weight: 700; }
.live-option__text { flex: 1 1 12rem; }
.live-option__marks { display: flex; gap: 0.4rem; flex-wrap: wrap; flex-basis: 100%; }
.live-option__marks:empty { display: none; }
.live-mark { font-size: 0.9rem; font-weight: 700; padding: 0.1rem 0.5rem; border-radius: 0.3rem; border: 1.5px solid currentColor; }
.live-mark--mine { color: var(--accent); }
.live-mark--right { color: var(--right); }
</style>
</head>
<body data-state="offline">
<header><h1>${escapeHtml(texts.liveTitle)} · JWG on Health</h1></header>
<main>
<p id="status" class="live-status" role="status" aria-live="polite">${escapeHtml(texts.liveConnecting)}</p>
<div id="question"></div>
</main>
<script type="application/json" id="live-labels">${scriptJson(texts)}</script>
<script type="module" src="/join/app.js"></script>
</body>
</html>
`
}

/** The lecturer's sign-in page; `problem` is shown after a wrong password. */
export function loginPage(lang: Lang, next: string, problem?: 'wrong' | 'locked'): string {
  const say = (key: keyof typeof labels) => escapeHtml(labels[key][lang])
  const message = problem === 'wrong' ? say('liveWrongPassword') : problem === 'locked' ? say('liveTooManyTries') : ''
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${say('liveSignIn')} · JWG on Health</title>
<style>${base}
form { display: grid; gap: 0.6rem; margin: 1rem 0; }
label { font-weight: 600; }
input, button { font: inherit; min-height: 44px; padding: 0.4rem 0.7rem; border-radius: 0.4rem; }
input { border: 2px solid var(--rule); color: var(--ink); background: var(--paper); }
button { border: 0; background: var(--accent); color: var(--paper); font-weight: 700; cursor: pointer; }
.problem { color: var(--focus); font-weight: 600; }
a { color: var(--accent); }
a { display: inline-block; min-height: 24px; }
</style>
</head>
<body>
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
