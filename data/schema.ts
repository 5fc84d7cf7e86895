/**
 * The one definition of the deck's data. Runtime validation and the
 * TypeScript types both come from these schemas, and so does the JSON Schema
 * that gives editors autocompletion in `data/*.json`.
 *
 * Valibot rather than zod: the same schemas also run in the browser, and
 * valibot's per-function imports tree-shake to a few kilobytes, where zod
 * ships its whole core with the first slide.
 */
import * as v from 'valibot'
import { actors, langs, levelIds } from './picklists'

/** A non-empty, trimmed string. */
const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))

/** Lower-case kebab-case identifier, e.g. `plasma-fractionation`. */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case kebab-case id'),
)

/** Every user-facing string exists in both languages, neither empty. */
export const LocalizedSchema = v.strictObject({
  en: v.pipe(v.string(), v.trim(), v.nonEmpty('empty English translation')),
  id: v.pipe(v.string(), v.trim(), v.nonEmpty('empty Indonesian translation')),
})

/** Ids of entries in `references.json`; every claim carries at least one. */
const SourceIds = v.pipe(v.array(Id), v.minLength(1, 'needs at least one source id'))

/** `2020`, `2020-03` or `2020-03-02`: a date says only as much as is known. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
)

export const LangSchema = v.picklist(langs)
export const CountrySchema = v.picklist(['indonesia', 'south-korea'])
/** Whose factor it is (see `actors` for each option and their order). */
export const ActorSchema = v.picklist(actors)

/** A statement with the sources that support it. */
export const ClaimSchema = v.strictObject({
  text: LocalizedSchema,
  sources: SourceIds,
})

/** Public context (never "the paper finds"), dated when the date matters. */
export const ContextNoteSchema = v.strictObject({
  text: LocalizedSchema,
  date: v.optional(PartialDate),
  sources: SourceIds,
})

// ---------------------------------------------------------------- references

/** A reference's title: the work's own (a string) or the deck's description of it (localized). */
export const ReferenceTitleSchema = v.union(
  [Text, LocalizedSchema],
  'must be the work\'s own title (a string) or a description in both languages ({ "en", "id" })',
)

export const ReferenceSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['paper', 'book', 'news', 'official', 'data', 'web']),
  /** Authors as printed, or the organisation. */
  authors: v.optional(Text),
  /**
   * A string is the work's own title, in its original language and never
   * translated; `{ en, id }` is a description in the deck's own words (most
   * news and web sources), shown in the edition's language.
   */
  title: ReferenceTitleSchema,
  /** Journal, publisher or outlet. */
  container: v.optional(Text),
  /** Publication date, as much as is known; left out where it is unknown. */
  date: v.optional(PartialDate),
  url: v.optional(v.pipe(v.string(), v.url('must be a full URL'))),
  /** Why the deck cites it, or a caveat about it. */
  note: v.optional(LocalizedSchema),
})

export const ReferencesFile = v.strictObject({
  $schema: v.optional(v.string()),
  references: v.pipe(v.array(ReferenceSchema), v.minLength(1)),
})

// --------------------------------------------------------------------- paper

export const ObjectiveSchema = v.strictObject({
  id: Id,
  /** Two or three words for charts and badges. */
  short: LocalizedSchema,
  /** The full objective: "After the module a student can…". */
  text: LocalizedSchema,
})

export const PaperFile = v.strictObject({
  $schema: v.optional(v.string()),
  /** The paper's reference in `references.json`. */
  reference: Id,
  /** The original Indonesian title, exactly as published. */
  originalTitle: Text,
  title: LocalizedSchema,
  authors: v.pipe(v.array(Text), v.minLength(1)),
  journal: Text,
  institution: Text,
  keywords: v.pipe(v.array(LocalizedSchema), v.minLength(1)),
  /** The research question, as the abstract frames it. */
  question: ClaimSchema,
  aim: ClaimSchema,
  /** The problem the abstract starts from. */
  background: v.pipe(v.array(ClaimSchema), v.minLength(1)),
  method: v.strictObject({
    approach: ClaimSchema,
    materials: v.pipe(v.array(ClaimSchema), v.minLength(1)),
    /** Features of library research (Zed), as context. */
    features: v.pipe(v.array(ClaimSchema), v.minLength(1)),
  }),
  /** The paper's overall conclusion. */
  conclusion: ClaimSchema,
  /** What the cooperation achieves, according to the paper. */
  outcomes: v.pipe(v.array(v.strictObject({ id: Id, title: LocalizedSchema, text: LocalizedSchema, sources: SourceIds })), v.minLength(1)),
  objectives: v.pipe(v.array(ObjectiveSchema), v.minLength(1)),
})

// ------------------------------------------------------------------ theories

export const TheorySchema = v.strictObject({
  id: Id,
  name: LocalizedSchema,
  /** The thinker(s) the deck attributes it to. */
  thinkers: Text,
  summary: LocalizedSchema,
  points: v.pipe(v.array(LocalizedSchema), v.minLength(1)),
  /** How the paper uses it, or "context" when the paper does not name it. */
  role: v.picklist(['paper', 'context']),
  objective: Id,
  sources: SourceIds,
})

export const TheoriesFile = v.strictObject({
  $schema: v.optional(v.string()),
  theories: v.pipe(v.array(TheorySchema), v.minLength(1)),
})

// ------------------------------------------------------------------ findings

export const FormSchema = v.strictObject({
  id: Id,
  title: LocalizedSchema,
  /** What the paper finds: sources must include the paper. */
  finding: ClaimSchema,
  /** Public context around the finding, labelled as context on the slide. */
  context: v.array(ContextNoteSchema),
})

export const FindingsFile = v.strictObject({
  $schema: v.optional(v.string()),
  /** The four forms in which the JWG on Health was implemented. */
  forms: v.pipe(v.array(FormSchema), v.minLength(1)),
})

// -------------------------------------------------------------------- levels

export const FactorSchema = v.strictObject({
  id: Id,
  actor: ActorSchema,
  text: LocalizedSchema,
  /** `finding` comes from the paper; `context` from public sources. */
  kind: v.picklist(['finding', 'context']),
  date: v.optional(PartialDate),
  sources: SourceIds,
})

export const LevelSchema = v.strictObject({
  id: v.picklist(levelIds),
  name: LocalizedSchema,
  /** Waltz's own word: first, second or third image. */
  image: LocalizedSchema,
  /** What this level of analysis asks. */
  question: LocalizedSchema,
  factors: v.pipe(v.array(FactorSchema), v.minLength(1)),
})

export const LevelsFile = v.strictObject({
  $schema: v.optional(v.string()),
  /** Why "levels" and "images" both appear. */
  note: ClaimSchema,
  levels: v.pipe(v.array(LevelSchema), v.length(3, 'must hold exactly the three levels')),
})

// ------------------------------------------------------------------ timeline

export const TimelineEventSchema = v.strictObject({
  id: Id,
  date: PartialDate,
  track: v.picklist(['pandemic', 'cooperation']),
  title: LocalizedSchema,
  detail: LocalizedSchema,
  /** The form of implementation the event belongs to, if any. */
  form: v.optional(Id),
  sources: SourceIds,
})

export const TimelineFile = v.strictObject({
  $schema: v.optional(v.string()),
  events: v.pipe(v.array(TimelineEventSchema), v.minLength(1)),
})

// ---------------------------------------------------------------- indicators

export const IndicatorValueSchema = v.strictObject({
  country: CountrySchema,
  value: v.pipe(v.number(), v.finite()),
  /** When the value held: a year or a date. */
  asOf: PartialDate,
  /** Words shown instead of `asOf` when the source gives no single date. */
  period: v.optional(LocalizedSchema),
  /** Text to print instead of the bare number, e.g. "≈ 64 %"; `{value}` stands for the number in the reader's format ("{value} %"). */
  display: v.optional(Text),
  sources: SourceIds,
  /** For values the deck computed: the inputs and the method. */
  computed: v.optional(v.strictObject({
    method: LocalizedSchema,
    inputs: v.pipe(v.array(v.strictObject({
      label: LocalizedSchema,
      value: v.pipe(v.number(), v.finite()),
      /** Left out when the source gives no date for the input. */
      asOf: v.optional(PartialDate),
      sources: SourceIds,
    })), v.minLength(1)),
  })),
})

export const IndicatorSchema = v.strictObject({
  id: Id,
  label: LocalizedSchema,
  unit: LocalizedSchema,
  /** What a reader must know to read the figure honestly. */
  caveat: v.optional(LocalizedSchema),
  values: v.pipe(v.array(IndicatorValueSchema), v.length(2, 'must hold one value per country')),
})

export const IndicatorsFile = v.strictObject({
  $schema: v.optional(v.string()),
  indicators: v.pipe(v.array(IndicatorSchema), v.minLength(1)),
})

// ------------------------------------------------------------------ glossary

export const GlossaryTermSchema = v.strictObject({
  id: Id,
  term: LocalizedSchema,
  definition: LocalizedSchema,
  /** Other terms to read next. */
  seeAlso: v.optional(v.array(Id)),
  sources: v.optional(SourceIds),
})

export const GlossaryFile = v.strictObject({
  $schema: v.optional(v.string()),
  terms: v.pipe(v.array(GlossaryTermSchema), v.minLength(1)),
})

// ------------------------------------------------------------------- quizzes

/** Bloom's levels, from recall to judgement. */
export const CognitiveLevelSchema = v.picklist(['remember', 'understand', 'apply', 'analyse', 'evaluate'])

/** What every question carries, whatever its type. */
const quizBase = {
  id: Id,
  /** Learning objective it tests, from `paper.json`. */
  objective: Id,
  level: CognitiveLevelSchema,
  prompt: LocalizedSchema,
  /** The idea behind the answer, for the answer key and the presenter notes. */
  explanation: LocalizedSchema,
  /** A question for the room after the reveal, for the presenter notes. */
  followUp: LocalizedSchema,
  /** Route aliases of the slides to reread (`routeAlias` in the slide's frontmatter). */
  reread: v.pipe(v.array(Id), v.minLength(1, 'name at least one slide to reread')),
  sources: SourceIds,
}

export const QuizOptionSchema = v.strictObject({
  id: Id,
  text: LocalizedSchema,
  correct: v.boolean(),
  /** Why this option is right or wrong. */
  feedback: LocalizedSchema,
  /** For a distractor: the misconception choosing it reveals. */
  misconception: v.optional(LocalizedSchema),
})

export const ClassifyItemSchema = v.strictObject({
  id: Id,
  text: LocalizedSchema,
  /** The id of the category it belongs to. */
  category: Id,
  /** Why it belongs there. */
  feedback: LocalizedSchema,
  /** What placing it elsewhere reveals. */
  misconception: LocalizedSchema,
})

export const OrderItemSchema = v.strictObject({
  id: Id,
  text: LocalizedSchema,
  /** Shown after checking, e.g. the event's date. */
  feedback: LocalizedSchema,
})

export const QuizSchema = v.variant('type', [
  v.strictObject({
    ...quizBase,
    type: v.literal('single'),
    options: v.pipe(v.array(QuizOptionSchema), v.minLength(3, 'needs at least three options')),
  }),
  v.strictObject({
    ...quizBase,
    type: v.literal('multiple'),
    options: v.pipe(v.array(QuizOptionSchema), v.minLength(3, 'needs at least three options')),
  }),
  v.strictObject({
    ...quizBase,
    type: v.literal('true-false'),
    answer: v.boolean(),
    /** Feedback for answering "true" and for answering "false". */
    feedback: v.strictObject({ true: LocalizedSchema, false: LocalizedSchema }),
    /** The misconception the wrong answer reveals. */
    misconception: LocalizedSchema,
  }),
  v.strictObject({
    ...quizBase,
    type: v.literal('classify'),
    /** Categories; leave `label` out to use a level of analysis from `levels.json` by its id. */
    categories: v.pipe(v.array(v.strictObject({ id: Id, label: v.optional(LocalizedSchema) })), v.minLength(2)),
    items: v.pipe(v.array(ClassifyItemSchema), v.minLength(2)),
  }),
  v.strictObject({
    ...quizBase,
    type: v.literal('order'),
    /** The items in their correct order; the question shuffles them. */
    items: v.pipe(v.array(OrderItemSchema), v.minLength(3)),
  }),
])

export const QuizzesFile = v.strictObject({
  $schema: v.optional(v.string()),
  quizzes: v.pipe(v.array(QuizSchema), v.minLength(1)),
})

// --------------------------------------------------------------------- types

/** Data is read-only once validated: the types say so too. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T

type Out<S extends v.GenericSchema> = DeepReadonly<v.InferOutput<S>>

export type Lang = Out<typeof LangSchema>
export type Country = Out<typeof CountrySchema>
export type Actor = Out<typeof ActorSchema>
export type Localized = Out<typeof LocalizedSchema>
export type Claim = Out<typeof ClaimSchema>
export type ContextNote = Out<typeof ContextNoteSchema>
export type Reference = Out<typeof ReferenceSchema>
export type ReferenceTitle = Out<typeof ReferenceTitleSchema>
export type Objective = Out<typeof ObjectiveSchema>
export type Paper = Out<typeof PaperFile>
export type Theory = Out<typeof TheorySchema>
export type Form = Out<typeof FormSchema>
export type Factor = Out<typeof FactorSchema>
export type Level = Out<typeof LevelSchema>
export type LevelId = Level['id']
export type TimelineEvent = Out<typeof TimelineEventSchema>
export type IndicatorValue = Out<typeof IndicatorValueSchema>
export type Indicator = Out<typeof IndicatorSchema>
export type GlossaryTerm = Out<typeof GlossaryTermSchema>
export type CognitiveLevel = Out<typeof CognitiveLevelSchema>
export type QuizOption = Out<typeof QuizOptionSchema>
export type Quiz = Out<typeof QuizSchema>
export type QuizType = Quiz['type']
export type QuizOf<T extends QuizType> = Extract<Quiz, { type: T }>

/** Every data file, by its name in `data/`, with its schema. */
export const dataFiles = {
  'paper.json': PaperFile,
  'references.json': ReferencesFile,
  'theories.json': TheoriesFile,
  'findings.json': FindingsFile,
  'levels.json': LevelsFile,
  'timeline.json': TimelineFile,
  'indicators.json': IndicatorsFile,
  'glossary.json': GlossaryFile,
  'quizzes.json': QuizzesFile,
} as const

export type DataFileName = keyof typeof dataFiles
export type RawData = { [K in DataFileName]: unknown }
export type DeckData = { [K in DataFileName]: v.InferOutput<(typeof dataFiles)[K]> }
export type ReadonlyDeckData = DeepReadonly<DeckData>
