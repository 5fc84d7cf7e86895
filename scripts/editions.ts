import type { Lang } from '../data/schema'

/** Each language edition and the Markdown file it starts from. */
export const editions: Record<Lang, string> = { en: 'slides.md', id: 'slides.id.md' }
