/**
 * The Practice section, written from the data: one slide per question not
 * asked in the lecture, grouped by learning objective in the order of
 * `data/paper.json` and, within one, in the order of `data/quizzes.json`. Each
 * slide's heading names its objective and its notes are built like every
 * question slide's (question-notes.ts), so neither can drift from the data.
 * The Markdown files hold one marker slide (`generate: practice` in its
 * frontmatter) where the section goes; setup/preparser.ts expands it, and
 * scripts/deck-source.ts does the same for the tests.
 */
import type { Lang, Objective, Quiz } from '../data/schema'
import type { LevelNames } from './scoring'
import { questionNoteParagraphs } from './question-notes'

/** The marker slide's frontmatter line. */
export const PRACTICE_MARKER = 'generate: practice'

const words = {
  practice: { en: 'Practice', id: 'Latihan' },
  intro: {
    en: 'A practice question: in self-study students answer and check it themselves; in class, give the room a minute, then click once to reveal the answer.',
    id: 'Soal latihan: saat belajar mandiri, mahasiswa menjawab dan memeriksanya sendiri; di kelas, beri waktu kira-kira satu menit, lalu klik sekali untuk menampilkan jawabannya.',
  },
  time: {
    en: 'Time: 2 min, if you use it in class; otherwise self-study',
    id: 'Waktu: 2 menit bila dipakai di kelas; bila tidak, untuk belajar mandiri',
  },
} as const satisfies Record<string, Record<Lang, string>>

export interface PracticeSource {
  readonly lang: Lang
  /** Every question, in the data's order. */
  readonly quizzes: readonly Quiz[]
  /** The objectives, in the order the section takes them. */
  readonly objectives: readonly Objective[]
  /** The questions the lecture's own slides ask; the section leaves them out. */
  readonly asked: ReadonlySet<string>
  /** The heading of the slide with a route alias, in this edition, for the notes' "Reread". */
  readonly heading: (alias: string) => string
  /** The levels of analysis, for the answer to a question that places factors at them. */
  readonly levels: LevelNames
}

/** The questions the section holds, in its order. */
export function practiceQuizzes(source: Pick<PracticeSource, 'quizzes' | 'objectives' | 'asked'>): Quiz[] {
  return source.objectives.flatMap(objective => source.quizzes.filter(quiz => quiz.objective === objective.id && !source.asked.has(quiz.id)))
}

/** One Practice slide as Markdown lines, from its opening `---` to its notes' end. */
function practiceSlide(quiz: Quiz, number: number, source: PracticeSource): string[] {
  const { lang } = source
  const objective = source.objectives.find(candidate => candidate.id === quiz.objective)!
  const notes = [words.intro[lang], ...questionNoteParagraphs(quiz, lang, source.heading, source.levels), words.time[lang]]
  return [
    '---',
    'layout: default',
    'class: check',
    'clicks: 1',
    '---',
    '',
    `# ${words.practice[lang]} ${number} · ${objective.short[lang]}`,
    '',
    '<RenderWhen context="print">',
    `  <QuizQuestion id="${quiz.id}" print />`,
    '  <template #fallback>',
    `    <QuizQuestion id="${quiz.id}" :revealed="$clicks > 0" />`,
    '  </template>',
    '</RenderWhen>',
    '',
    '<!--',
    notes.join('\n\n'),
    '-->',
    '',
  ]
}

/** The whole section as Markdown lines, ready to stand where the marker slide was. */
export function practiceSlides(source: PracticeSource): string[] {
  return practiceQuizzes(source).flatMap((quiz, i) => practiceSlide(quiz, i + 1, source))
}

/**
 * Where the marker slide is in a file's lines: the index of its opening
 * `---` and how many lines it spans (to its closing `---`), or undefined.
 */
export function findPracticeMarker(lines: readonly string[]): { start: number, length: number } | undefined {
  const at = lines.findIndex(line => line.trim() === PRACTICE_MARKER)
  if (at < 0)
    return undefined
  const start = lines.lastIndexOf('---', at)
  const end = lines.indexOf('---', at)
  if (start < 0 || end < 0 || lines.slice(start + 1, end).some(line => line.trim() && !line.trim().startsWith('#') && line.trim() !== PRACTICE_MARKER))
    throw new Error(`The "${PRACTICE_MARKER}" marker must be the frontmatter of a slide of its own, with nothing else but comments`)
  return { start, length: end - start + 1 }
}

/** Replaces the marker slide in `lines` (in place, as Slidev's preparser expects) by the section; true if there was one. */
export function expandPractice(lines: string[], source: () => PracticeSource): boolean {
  const marker = findPracticeMarker(lines)
  if (!marker)
    return false
  lines.splice(marker.start, marker.length, ...practiceSlides(source()))
  return true
}
