/**
 * The offline copy starts after the first slide, not with it. Slidev
 * registers the service worker as the app starts (`immediate: true`), so a
 * student's first visit downloaded workbox-window before slide 1 and then
 * precached the whole deck (about 3 MB) while slide 1 was still being drawn.
 * The build (setup/vite-plugins.ts) makes Slidev's registration wait until the
 * page has loaded, a second has passed and the browser is idle; the deck is
 * offline a moment later than before, and nothing else changes.
 */

/** Slidev 52's statement in `@slidev/client/setup/pwa.ts` that loads the registration, in its source or compiled. */
const registration = /const \{ registerSW \} = await import\((["'])virtual:pwa-register\1\);?/

/** Whether `id` is Slidev's PWA setup module. */
export function isPwaSetup(id: string): boolean {
  return id.endsWith('/@slidev/client/setup/pwa.ts')
}

/** Code that resolves once the page has loaded, a second has passed and the browser is idle (at most five seconds more). */
export const afterFirstSlide = `await new Promise((resolve) => {
    const idle = () => setTimeout(() => 'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 5000 }) : resolve(), 1000)
    if (document.readyState === 'complete') idle()
    else window.addEventListener('load', idle, { once: true })
  })`

/**
 * Slidev's PWA setup with the registration put off until after the first
 * slide. Throws when the line is not there, so a Slidev upgrade that changes
 * it stops the build instead of silently registering early again.
 */
export function registerLater(code: string): string {
  if (!registration.test(code))
    throw new Error('Slidev\'s PWA setup no longer loads virtual:pwa-register as expected: the service worker cannot be put off (has Slidev changed setup/pwa.ts?)')
  return code.replace(registration, statement => `${afterFirstSlide}\n  ${statement}`)
}
