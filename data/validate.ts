/**
 * Validates the raw contents of every data file: first each file against its
 * schema, then the links between files (source ids, duplicate ids, ids that
 * name something in another file). Every problem names the file and the JSON
 * path of the field, so `data/findings.json $.forms[2].title.id` points at
 * exactly what to fix. Runs in the browser (`data/index.ts`) and in Node (the
 * build's data check and the tests).
 */
import type { DataFileName, DeckData, RawData } from './schema'
import * as v from 'valibot'
import { dataFiles } from './schema'

export interface DataProblem {
  /** File name inside `data/`, e.g. `findings.json`. */
  file: string
  /** JSON path of the field, e.g. `$.forms[2].title.id`. */
  path: string
  message: string
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(formatProblems(problems))
    this.name = 'DataError'
  }
}

export function formatProblems(problems: DataProblem[]): string {
  const lines = problems.map(p => `  data/${p.file} ${p.path}: ${p.message}`)
  return `Invalid deck data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`
}

const plainKey = /^[A-Z_$][\w$]*$/i

/** Builds `$.a[0].b` from path segments. */
export function jsonPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, key) => typeof key === 'number'
    ? `${path}[${key}]`
    : plainKey.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`, '$')
}

/** Parses one file's text, turning a syntax error into a located problem. */
export function parseDataFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  }
  catch (error) {
    throw new DataError([{ file, path: '$', message: `invalid JSON: ${(error as Error).message}` }])
  }
}

/** One file read against its schema: its output, or every problem with its JSON path. */
function parseFile(file: DataFileName, raw: unknown): { output?: unknown, problems: DataProblem[] } {
  const result = v.safeParse(dataFiles[file], raw)
  if (result.success)
    return { output: result.output, problems: [] }
  return {
    problems: result.issues.map(issue => ({
      file,
      path: jsonPath((issue.path ?? []).map(item => item.key as string | number)),
      message: issue.type === 'strict_object' && issue.path?.length
        ? `unknown field (${issue.message})`
        : issue.message,
    })),
  }
}

interface Located<T> { value: T, path: (string | number)[] }

/** Collects a collection's ids and reports any that repeat. */
function indexIds(file: DataFileName, items: Located<{ id: string }>[], problems: DataProblem[]): Set<string> {
  const seen = new Map<string, string>()
  for (const { value, path } of items) {
    const here = jsonPath([...path, 'id'])
    const first = seen.get(value.id)
    if (first)
      problems.push({ file, path: here, message: `duplicate id "${value.id}" (first at ${first})` })
    else
      seen.set(value.id, here)
  }
  return new Set(seen.keys())
}

function at<T>(list: readonly T[], ...prefix: (string | number)[]): Located<T>[] {
  return list.map((value, i) => ({ value, path: [...prefix, i] }))
}

/** Checks every link between files; assumes each file passed its schema. */
function linkProblems(data: DeckData): DataProblem[] {
  const problems: DataProblem[] = []
  const { paper, references, theories, findings, levels, timeline, indicators, glossary, quizzes } = {
    paper: data['paper.json'],
    references: data['references.json'].references,
    theories: data['theories.json'].theories,
    findings: data['findings.json'].forms,
    levels: data['levels.json'],
    timeline: data['timeline.json'].events,
    indicators: data['indicators.json'].indicators,
    glossary: data['glossary.json'].terms,
    quizzes: data['quizzes.json'].quizzes,
  }

  const referenceIds = indexIds('references.json', at(references, 'references'), problems)
  const objectiveIds = indexIds('paper.json', at(paper.objectives, 'objectives'), problems)
  indexIds('paper.json', at(paper.outcomes, 'outcomes'), problems)
  indexIds('theories.json', at(theories, 'theories'), problems)
  const formIds = indexIds('findings.json', at(findings, 'forms'), problems)
  indexIds('levels.json', at(levels.levels, 'levels'), problems)
  indexIds('levels.json', levels.levels.flatMap((level, i) => at(level.factors, 'levels', i, 'factors')), problems)
  indexIds('timeline.json', at(timeline, 'events'), problems)
  indexIds('indicators.json', at(indicators, 'indicators'), problems)
  const termIds = indexIds('glossary.json', at(glossary, 'terms'), problems)
  indexIds('quizzes.json', at(quizzes, 'quizzes'), problems)

  const paperId = paper.reference
  if (!referenceIds.has(paperId))
    problems.push({ file: 'paper.json', path: '$.reference', message: `unknown reference id "${paperId}"` })

  /** Walks any value and checks every `sources` array it meets. */
  function checkSources(file: DataFileName, value: unknown, path: (string | number)[]): void {
    if (Array.isArray(value)) {
      value.forEach((item, i) => checkSources(file, item, [...path, i]))
      return
    }
    if (!value || typeof value !== 'object')
      return
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        child.forEach((id: string, i) => {
          if (!referenceIds.has(id))
            problems.push({ file, path: jsonPath([...path, key, i]), message: `unknown source id "${id}": add it to references.json` })
        })
      }
      else {
        checkSources(file, child, [...path, key])
      }
    }
  }
  for (const file of Object.keys(data) as DataFileName[])
    checkSources(file, data[file], [])

  /** What the paper finds must cite the paper. */
  function mustCitePaper(file: DataFileName, sources: readonly string[], path: (string | number)[]): void {
    if (!sources.includes(paperId))
      problems.push({ file, path: jsonPath([...path, 'sources']), message: `a finding of the paper must cite "${paperId}"` })
  }
  for (const key of ['question', 'aim', 'conclusion'] as const)
    mustCitePaper('paper.json', paper[key].sources, [key])
  paper.background.forEach((claim, i) => mustCitePaper('paper.json', claim.sources, ['background', i]))
  paper.outcomes.forEach((outcome, i) => mustCitePaper('paper.json', outcome.sources, ['outcomes', i]))
  findings.forEach((form, i) => mustCitePaper('findings.json', form.finding.sources, ['forms', i, 'finding']))
  levels.levels.forEach((level, i) => level.factors.forEach((factor, j) => {
    if (factor.kind === 'finding')
      mustCitePaper('levels.json', factor.sources, ['levels', i, 'factors', j])
  }))

  /** Context is context: it must not pass itself off as the paper's. */
  function mustNotCitePaper(file: DataFileName, sources: readonly string[], path: (string | number)[]): void {
    if (sources.includes(paperId))
      problems.push({ file, path: jsonPath([...path, 'sources']), message: `context must cite public sources, not "${paperId}"` })
  }
  findings.forEach((form, i) => form.context.forEach((note, j) => mustNotCitePaper('findings.json', note.sources, ['forms', i, 'context', j])))
  levels.levels.forEach((level, i) => level.factors.forEach((factor, j) => {
    if (factor.kind === 'context')
      mustNotCitePaper('levels.json', factor.sources, ['levels', i, 'factors', j])
  }))

  theories.forEach((theory, i) => {
    if (!objectiveIds.has(theory.objective))
      problems.push({ file: 'theories.json', path: jsonPath(['theories', i, 'objective']), message: `unknown objective id "${theory.objective}"` })
  })
  timeline.forEach((event, i) => {
    if (event.form !== undefined && !formIds.has(event.form))
      problems.push({ file: 'timeline.json', path: jsonPath(['events', i, 'form']), message: `unknown form id "${event.form}"` })
  })
  glossary.forEach((term, i) => term.seeAlso?.forEach((id, j) => {
    if (!termIds.has(id))
      problems.push({ file: 'glossary.json', path: jsonPath(['terms', i, 'seeAlso', j]), message: `unknown glossary term id "${id}"` })
  }))
  indicators.forEach((indicator, i) => {
    const countries = indicator.values.map(value => value.country)
    if (new Set(countries).size !== countries.length)
      problems.push({ file: 'indicators.json', path: jsonPath(['indicators', i, 'values']), message: 'each country must appear once' })
  })
  quizzes.forEach((quiz, i) => problems.push(...quizProblems(quiz, ['quizzes', i], objectiveIds, new Set(levels.levels.map(level => level.id)))))
  return problems
}

/** The rules a question must keep beyond its shape. */
function quizProblems(quiz: DeckData['quizzes.json']['quizzes'][number], path: (string | number)[], objectiveIds: Set<string>, levelIds: Set<string>): DataProblem[] {
  const problems: DataProblem[] = []
  const report = (where: (string | number)[], message: string): void => {
    problems.push({ file: 'quizzes.json', path: jsonPath([...path, ...where]), message })
  }
  if (!objectiveIds.has(quiz.objective))
    report(['objective'], `unknown objective id "${quiz.objective}"`)
  const items = quiz.type === 'single' || quiz.type === 'multiple'
    ? quiz.options
    : quiz.type === 'classify' || quiz.type === 'order' ? quiz.items : []
  indexIds('quizzes.json', at<{ id: string }>(items, ...path, quiz.type === 'single' || quiz.type === 'multiple' ? 'options' : 'items'), problems)
  if (quiz.type === 'single' || quiz.type === 'multiple') {
    const correct = quiz.options.filter(option => option.correct).length
    if (quiz.type === 'single' && correct !== 1)
      report(['options'], `a single-choice question needs exactly one correct option, not ${correct}`)
    if (quiz.type === 'multiple' && (correct < 1 || correct === quiz.options.length))
      report(['options'], 'a multiple-select question needs at least one correct and one wrong option')
    quiz.options.forEach((option, j) => {
      if (!option.correct && !option.misconception)
        report(['options', j, 'misconception'], 'a distractor must name the misconception it reveals')
    })
  }
  if (quiz.type === 'classify') {
    const categoryIds = indexIds('quizzes.json', at(quiz.categories, ...path, 'categories'), problems)
    quiz.categories.forEach((category, j) => {
      if (!category.label && !levelIds.has(category.id))
        report(['categories', j, 'label'], `a category without a label must be a level id (${[...levelIds].join(', ')})`)
    })
    quiz.items.forEach((item, j) => {
      if (!categoryIds.has(item.category))
        report(['items', j, 'category'], `unknown category id "${item.category}"`)
    })
  }
  return problems
}

/** Checks one file against its schema, without the links to other files; throws a `DataError` listing every problem. */
export function checkDataFile<N extends DataFileName>(file: N, raw: unknown): DeckData[N] {
  const { output, problems } = parseFile(file, raw)
  if (problems.length)
    throw new DataError(problems)
  return output as DeckData[N]
}

/** Validates every file and the links between them; throws a `DataError` listing every problem. */
export function validateDeckData(raw: RawData): DeckData {
  const files = Object.keys(dataFiles) as DataFileName[]
  const parsed = files.map(file => raw[file] === undefined
    ? { problems: [{ file, path: '$', message: 'file is missing' }] }
    : parseFile(file, raw[file]))
  const problems = parsed.flatMap(result => result.problems)
  if (problems.length)
    throw new DataError(problems)
  const data = Object.fromEntries(files.map((file, i) => [file, parsed[i]!.output])) as DeckData
  const links = linkProblems(data)
  if (links.length)
    throw new DataError(links)
  return data
}
