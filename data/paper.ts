/** The paper's record (`paper.json`) and its learning objectives. */
import type { Objective } from './schema'
import { finder } from './finder'
import file from './paper.json'
import { readDataFile } from './read'

export const paper = readDataFile('paper.json', file)
export const getObjective = finder<Objective>('objective', paper.objectives)
