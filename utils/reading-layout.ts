/**
 * When a slide is read as a page instead of the projector's canvas.
 *
 * The canvas is drawn at a fixed size (980 × 551 CSS px by default) and
 * scaled to fit the window, text included; below a certain scale its body
 * text (1.15 rem) renders smaller than 16 CSS px, the floor for reading.
 */

/** The canvas body text, in rem (styles/theme.css, `.slidev-layout`). */
export const BODY_TEXT_REM = 1.15
/** The smallest body text, as rendered, that a reader is asked to read. */
export const TEXT_FLOOR_PX = 16

export type LayoutChoice = 'reading' | 'canvas'

export interface Size {
  width: number
  height: number
}

/** The scale at which Slidev fits its canvas into a box (`SlideContainer.vue`). */
export function canvasScale(box: Size, canvas: Size): number {
  if (canvas.width <= 0 || canvas.height <= 0)
    return 1
  return Math.min(box.width / canvas.width, box.height / canvas.height)
}

/** The body text's size on screen, in CSS px, when the canvas is drawn at `scale`. */
export function renderedBodyText(scale: number, rootFontPx = 16): number {
  return scale * BODY_TEXT_REM * rootFontPx
}

/** Whether the canvas would draw body text below the floor in this window. */
export function canvasTooSmall(box: Size, canvas: Size, rootFontPx = 16): boolean {
  return renderedBodyText(canvasScale(box, canvas), rootFontPx) < TEXT_FLOOR_PX
}

/**
 * The layout a window gets: the reader's own choice if they made one,
 * else the reading layout wherever the canvas text is too small.
 */
export function chooseLayout(tooSmall: boolean, choice?: LayoutChoice | null): LayoutChoice {
  if (choice === 'reading' || choice === 'canvas')
    return choice
  return tooSmall ? 'reading' : 'canvas'
}

export interface RouteLike {
  name?: string | symbol | null
  query?: Record<string, unknown>
}

/**
 * Only the audience's own slide show reflows. The presenter view, the
 * overview and notes pages, print and export, and an embedded slide keep the
 * canvas, and so does a window that follows an open presenter view.
 */
export function reflowAllowed(route: RouteLike, followingPresenter = false): boolean {
  if (route.name !== 'play' || followingPresenter)
    return false
  const query = route.query ?? {}
  return !('print' in query) && !('embedded' in query)
}

/** A stored choice, read defensively: anything else counts as no choice. */
export function parseChoice(value: unknown): LayoutChoice | null {
  return value === 'reading' || value === 'canvas' ? value : null
}
