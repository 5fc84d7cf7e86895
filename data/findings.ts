/** The four forms of cooperation the paper finds (`findings.json`). */
import type { Form } from './schema'
import { finder } from './finder'
import file from './findings.json'
import { readDataFile } from './read'

export const forms = readDataFile('findings.json', file).forms
export const getForm = finder<Form>('form', forms)
