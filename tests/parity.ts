/**
 * What keeps the two language editions in step: the same slides in the same
 * order with the same frontmatter, the same components with the same ids,
 * notes on every slide, and prose that is translated rather than copied.
 */
export interface EditionSlide {
  /** Where the slide is written, for messages. */
  where: string
  frontmatter: Record<string, unknown>
  content: string
  note?: string
}

/** Component tags with their attributes, e.g. `<FindingCard id="joint-research" />`. */
export function componentTags(content: string): string[] {
  return [...content.matchAll(/<[A-Z][\w-]*(?:\s[^>]*)?>/g)].map(match => match[0].replace(/\s+/g, ' '))
}

const ignoredKeys = new Set(['src'])

function frontmatterKey(frontmatter: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(frontmatter).filter(([key]) => !ignoredKeys.has(key)).sort(([a], [b]) => a.localeCompare(b)))
}

/** Prose without markup, to tell a translation from a copy. */
function prose(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/\{\{[^}]*\}\}/g, ' ').replace(/[#*_`>|-]/g, ' ').replace(/\s+/g, ' ').trim()
}

export function compareEditions(en: readonly EditionSlide[], id: readonly EditionSlide[]): string[] {
  const problems: string[] = []
  if (en.length !== id.length)
    problems.push(`the English edition has ${en.length} slides, the Indonesian ${id.length}`)
  const count = Math.min(en.length, id.length)
  for (let i = 0; i < count; i++) {
    const a = en[i]!
    const b = id[i]!
    const at = `slide ${i + 1} (${a.where} / ${b.where})`
    if (frontmatterKey(a.frontmatter) !== frontmatterKey(b.frontmatter))
      problems.push(`${at}: frontmatter differs: ${frontmatterKey(a.frontmatter)} vs ${frontmatterKey(b.frontmatter)}`)
    const tagsA = componentTags(a.content)
    const tagsB = componentTags(b.content)
    if (JSON.stringify(tagsA) !== JSON.stringify(tagsB))
      problems.push(`${at}: components differ: ${tagsA.join(' ')} vs ${tagsB.join(' ')}`)
    for (const [lang, slide] of [['English', a], ['Indonesian', b]] as const) {
      if (!slide.note?.trim())
        problems.push(`${at}: the ${lang} slide has no presenter notes`)
    }
    if (a.note?.trim() && prose(a.note) === prose(b.note ?? ''))
      problems.push(`${at}: the Indonesian notes are a copy of the English`)
    const textA = prose(a.content)
    if (textA.length > 20 && textA === prose(b.content))
      problems.push(`${at}: the Indonesian slide text is a copy of the English`)
  }
  return problems
}
