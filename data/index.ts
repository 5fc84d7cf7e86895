/**
 * The deck's data, validated once and frozen. Slides and components import
 * from here, never from the JSON files, so a typo in the data fails loudly
 * instead of rendering an empty card.
 */
import type { DeckData, DeepReadonly, Form, GlossaryTerm, Indicator, Level, LevelId, Objective, Quiz, ReadonlyDeckData, Reference, Theory, TimelineEvent } from './schema'
import findingsFile from './findings.json'
import glossaryFile from './glossary.json'
import indicatorsFile from './indicators.json'
import levelsFile from './levels.json'
import paperFile from './paper.json'
import quizzesFile from './quizzes.json'
import referencesFile from './references.json'
import theoriesFile from './theories.json'
import timelineFile from './timeline.json'
import { validateDeckData } from './validate'

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value))
      deepFreeze(child)
  }
  return value as DeepReadonly<T>
}

const raw = {
  'paper.json': paperFile,
  'references.json': referencesFile,
  'theories.json': theoriesFile,
  'findings.json': findingsFile,
  'levels.json': levelsFile,
  'timeline.json': timelineFile,
  'indicators.json': indicatorsFile,
  'glossary.json': glossaryFile,
  'quizzes.json': quizzesFile,
}

// A build has already stopped on bad data (data/plugin.ts checks it when the
// build starts), so the built deck skips the check and keeps valibot and the
// schema out of the first download; dev and the tests still run it. The
// schema has no defaults or transforms, so the checked data equals the raw data.
const data: ReadonlyDeckData = deepFreeze(import.meta.env.PROD ? raw as unknown as DeckData : validateDeckData(raw))

export const paper = data['paper.json']
export const references = data['references.json'].references
export const theories = data['theories.json'].theories
export const forms = data['findings.json'].forms
export const levelsNote = data['levels.json'].note
export const levels = data['levels.json'].levels
/** Events in date order, whatever the order in the file. */
export const timeline: readonly TimelineEvent[] = Object.freeze(
  [...data['timeline.json'].events].sort((a, b) => a.date.localeCompare(b.date)),
)
export const indicators = data['indicators.json'].indicators
/** Glossary terms in English alphabetical order. */
export const glossary: readonly GlossaryTerm[] = Object.freeze(
  [...data['glossary.json'].terms].sort((a, b) => a.term.en.localeCompare(b.term.en)),
)

export const quizzes = data['quizzes.json'].quizzes

function finder<T extends { id: string }>(kind: string, list: readonly T[]): (id: string) => T {
  const byId = new Map(list.map(item => [item.id, item]))
  return (id) => {
    const item = byId.get(id)
    if (!item)
      throw new Error(`Unknown ${kind} id "${id}". Known: ${[...byId.keys()].join(', ')}`)
    return item
  }
}

export const getReference = finder<Reference>('reference', references)
export const getObjective = finder<Objective>('objective', paper.objectives)
export const getTheory = finder<Theory>('theory', theories)
export const getForm = finder<Form>('form', forms)
export const getLevel: (id: LevelId | string) => Level = finder<Level>('level', levels)
export const getEvent = finder<TimelineEvent>('timeline event', timeline)
export const getIndicator = finder<Indicator>('indicator', indicators)
export const getTerm = finder<GlossaryTerm>('glossary term', glossary)
export const getQuiz = finder<Quiz>('quiz', quizzes)

/** The accessor for each kind of id a slide can name, for the markdown check. */
export const accessors = {
  reference: getReference,
  objective: getObjective,
  theory: getTheory,
  form: getForm,
  level: getLevel,
  event: getEvent,
  indicator: getIndicator,
  term: getTerm,
  quiz: getQuiz,
} as const
