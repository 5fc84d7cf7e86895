/**
 * The interface's own words, in both languages. Content lives in `data/`;
 * these are the labels around it.
 */
import type { Localized } from '../data/schema'

export const labels = {
  finding: { en: 'The paper finds', id: 'Temuan artikel' },
  context: { en: 'Context', id: 'Konteks' },
  discussion: { en: 'For discussion', id: 'Untuk diskusi' },
  question: { en: 'Check yourself', id: 'Uji pemahaman' },
  sources: { en: 'Sources', id: 'Sumber' },
  objective: { en: 'Objective', id: 'Tujuan' },
  indonesia: { en: 'Indonesia', id: 'Indonesia' },
  southKorea: { en: 'South Korea', id: 'Korea Selatan' },
  both: { en: 'Both countries', id: 'Kedua negara' },
  indicator: { en: 'Indicator', id: 'Indikator' },
  asOf: { en: 'as of', id: 'per' },
  computed: { en: 'computed', id: 'dihitung' },
  computedFrom: { en: 'Computed from', id: 'Dihitung dari' },
  usedByPaper: { en: 'Used by the paper', id: 'Dipakai dalam artikel' },
  contextTheory: { en: 'Context: not named in the abstract', id: 'Konteks: tidak disebut dalam abstrak' },
  question_: { en: 'Research question', id: 'Pertanyaan penelitian' },
  aim: { en: 'Aim', id: 'Tujuan penelitian' },
  approach: { en: 'Approach', id: 'Pendekatan' },
  materials: { en: 'Materials', id: 'Bahan kajian' },
  libraryResearch: { en: 'Library research, after Zed', id: 'Riset kepustakaan menurut Zed' },
  conclusion: { en: 'Overall', id: 'Secara keseluruhan' },
  level: { en: 'Level', id: 'Tingkat' },
  asks: { en: 'Asks', id: 'Pertanyaannya' },
  pandemic: { en: 'Pandemic', id: 'Pandemi' },
  cooperation: { en: 'Cooperation', id: 'Kerja sama' },
  seeAlso: { en: 'See also', id: 'Lihat juga' },
  page: { en: 'page', id: 'halaman' },
  of: { en: 'of', id: 'dari' },
} as const satisfies Record<string, Localized>

export type LabelKey = keyof typeof labels
