/**
 * The deck's data, checked and frozen. Slides and components import from
 * here, never from the JSON files, so a typo in the data fails loudly instead
 * of rendering an empty card. Each file has its own module (data/quizzes.ts,
 * …) and this one only re-exports them: the build treats them as free of side
 * effects (vite.config.ts), so a slide that imports `getIndicator` from here
 * loads the indicators and not the question bank.
 */
import { getForm } from './findings'
import { getTerm } from './glossary'
import { getIndicator } from './indicators'
import { getLevel } from './levels'
import { getObjective } from './paper'
import { getQuiz } from './quizzes'
import { getReference } from './references'
import { getTheory } from './theories'
import { getEvent } from './timeline'

export { forms, getForm } from './findings'
export { getTerm, glossary } from './glossary'
export { getIndicator, indicators } from './indicators'
export { getLevel, levels, levelsNote } from './levels'
export { getObjective, paper } from './paper'
export { getQuiz, quizzes } from './quizzes'
export { getReference, references } from './references'
export { getTheory, theories } from './theories'
export { getEvent, timeline } from './timeline'

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
