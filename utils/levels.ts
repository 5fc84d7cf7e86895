/**
 * The levels-of-analysis diagram without Vue: which level a presenter's
 * click shows, how the rings nest, how factors group by country, and the
 * flat lists a classify question needs. Pure functions over `Level`s, so the
 * diagram, the quiz engine and the tests all read the data the same way.
 */
import type { Actor, Factor, Level, LevelId, Localized } from '../data/schema'
import { actors, levelIds } from '../data/picklists'

/** The order the presenter's clicks go through: person, state, system (the schema's own order). */
export const levelOrder: readonly LevelId[] = levelIds

/** The order the rings nest, outermost first: the system holds states, states hold people. */
export const nestingOrder: readonly LevelId[] = Object.freeze([...levelOrder].reverse())

/** Clicks the diagram takes: one per level, then all three together. */
export const diagramClicks = levelOrder.length + 1

/** 0: nothing highlighted (self-study); 1–3: one level; 4: all together. */
export type DiagramStep = 0 | 1 | 2 | 3 | 4

/** Country columns in the diagram, then what holds for both, for a country not named, and for all states (the schema's own order). */
export const actorOrder: readonly Actor[] = actors

/**
 * Brings any click count into the diagram's range: Slidev passes a large
 * number for "every click done" (a slide already passed, or print without
 * clicks), and anything that is not a number means nothing highlighted.
 */
export function normalizeStep(step: number): DiagramStep {
  if (!Number.isFinite(step) || step <= 0)
    return step === Number.POSITIVE_INFINITY ? 4 : 0
  return Math.min(Math.floor(step), diagramClicks) as DiagramStep
}

/** The one level a step shows, or null for "none" (0) and "all" (4). */
export function stepLevel(step: number): LevelId | null {
  const normalized = normalizeStep(step)
  return normalized >= 1 && normalized <= levelOrder.length ? levelOrder[normalized - 1]! : null
}

/** The levels a step highlights: none, one, or all three. */
export function highlightedLevels(step: number): readonly LevelId[] {
  const normalized = normalizeStep(step)
  if (normalized === diagramClicks)
    return levelOrder
  const one = stepLevel(normalized)
  return one ? [one] : []
}

/** The step at which the presenter's clicks reach a level (1, 2 or 3). */
export function stepOf(id: LevelId): DiagramStep {
  return (levelOrder.indexOf(id) + 1) as DiagramStep
}

/**
 * Which level's panel is open. `chosen` is what the student last picked
 * since the step changed: a level, `null` for "closed on purpose", or
 * `undefined` for "nothing picked, follow the presenter's step".
 */
export function openLevel(step: number, chosen: LevelId | null | undefined): LevelId | null {
  return chosen === undefined ? stepLevel(step) : chosen
}

/** What a click or Enter on a level's button leaves open: it toggles. */
export function toggleLevel(open: LevelId | null, id: LevelId): LevelId | null {
  return open === id ? null : id
}

/** What the diagram shows for a presenter's step and a student's pick. */
export interface DiagramView {
  /** The level whose panel is open (its button says `aria-expanded="true"`). */
  open: LevelId | null
  /** Rings drawn in emphasis; the others are drawn plain. */
  highlighted: readonly LevelId[]
  /** Step 4 with nothing picked: the panel sums up all three levels. */
  all: boolean
}

/** A student's pick wins until the presenter's step changes again (see `openLevel`). */
export function diagramView(step: number, chosen: LevelId | null | undefined): DiagramView {
  if (chosen !== undefined)
    return { open: chosen, highlighted: chosen ? [chosen] : [], all: false }
  return { open: stepLevel(step), highlighted: highlightedLevels(step), all: normalizeStep(step) === diagramClicks }
}

/** Factors of one actor, for one column or row of the diagram. */
export interface ActorGroup<F extends Pick<Factor, 'actor'> = Factor> {
  actor: Actor
  factors: readonly F[]
}

/** Factors grouped by actor (Indonesia, South Korea, both, not stated, all states), empty groups left out, order kept within a group. */
export function groupByActor<F extends Pick<Factor, 'actor'>>(factors: readonly F[]): ActorGroup<F>[] {
  return actorOrder
    .map(actor => ({ actor, factors: factors.filter(factor => factor.actor === actor) }))
    .filter(group => group.factors.length > 0)
}

/** Factors in the columns' order of actors, the data's order kept within an actor: one list, for a card rather than a grid. */
export function sortByActor<F extends Pick<Factor, 'actor'>>(factors: readonly F[]): F[] {
  return groupByActor(factors).flatMap(group => group.factors)
}

/** A level's factors split into what the paper finds and the public context around it. */
export function splitByKind<F extends Pick<Factor, 'kind'>>(factors: readonly F[]): { findings: readonly F[], context: readonly F[] } {
  return {
    findings: factors.filter(factor => factor.kind === 'finding'),
    context: factors.filter(factor => factor.kind === 'context'),
  }
}

/** One ring of the diagram: its level, how deep it sits, and its factors sorted for display. */
export interface Ring {
  level: Level
  /** 0 for the outermost ring (the system). */
  depth: number
  /** 1–3: the click that highlights it. */
  step: DiagramStep
  /** The paper's findings by country: shown in the ring itself. */
  findings: ActorGroup[]
  /** Public context by country: shown in the level's panel. */
  context: ActorGroup[]
}

/** The rings of the diagram, outermost first. Throws if a level is missing, so a data slip cannot drop a ring. */
export function diagramRings(levels: readonly Level[]): Ring[] {
  return nestingOrder.map((id, depth) => {
    const level = levels.find(candidate => candidate.id === id)
    if (!level)
      throw new Error(`The levels data has no "${id}" level`)
    const { findings, context } = splitByKind(level.factors)
    return { level, depth, step: stepOf(id), findings: groupByActor(findings), context: groupByActor(context) }
  })
}

// ----------------------------------------------------------- for the quizzes

/** A level as a category of a classify question, with its name as the label ("Individual level" / "Tingkat individu"). */
export type LevelCategory = Pick<Level, 'id' | 'image' | 'question'> & { label: Level['name'] }

/** The three levels as classify categories, in the clicks' order (individual, state, system). */
export function levelCategories(levels: readonly Level[]): LevelCategory[] {
  return levelOrder.map((id) => {
    const level = levels.find(candidate => candidate.id === id)
    if (!level)
      throw new Error(`The levels data has no "${id}" level`)
    return { id, label: level.name, image: level.image, question: level.question }
  })
}

/** The label of a level by id, for a classify category that leaves `label` out. Throws on an unknown id. */
export function levelLabel(levels: readonly Level[], id: string): Localized {
  const level = levels.find(candidate => candidate.id === id)
  if (!level)
    throw new Error(`Unknown level id "${id}". Known: ${levels.map(known => known.id).join(', ')}`)
  return level.name
}

/** One factor with the level it belongs to: an item a classify question can ask a student to place. */
export type ClassifiableFactor = Pick<Factor, 'actor' | 'kind' | 'text' | 'sources'> & { factorId: Factor['id'], levelId: LevelId }

/**
 * Every factor with its level, in the clicks' order of levels and the data's
 * order within a level. Pass `kind` to keep only the paper's findings or only
 * the context.
 */
export function classifiableFactors(levels: readonly Level[], kind?: Factor['kind']): ClassifiableFactor[] {
  return levelCategories(levels).flatMap(({ id }) => levels.find(level => level.id === id)!.factors.filter(factor => !kind || factor.kind === kind).map(factor => ({ factorId: factor.id, levelId: id, actor: factor.actor, kind: factor.kind, text: factor.text, sources: factor.sources })))
}

/** The level a factor belongs to, by the factor's id. Throws on an unknown id. */
export function levelOfFactor(levels: readonly Level[], factorId: string): LevelId {
  const level = levels.find(candidate => candidate.factors.some(factor => factor.id === factorId))
  if (!level)
    throw new Error(`No level holds a factor "${factorId}"`)
  return level.id
}
