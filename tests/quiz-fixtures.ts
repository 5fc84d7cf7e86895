/**
 * One question of each type, typed by the schema, so the engine's tests do
 * not depend on what `data/quizzes.json` says today.
 */
import type { Localized, Quiz, QuizOf } from '../data/schema'

const l = (en: string, id = `${en} (id)`): Localized => ({ en, id })

const base = {
  objective: 'lo1',
  level: 'apply',
  explanation: l('Because the concept widens security.'),
  followUp: l('What else would you add?'),
  reread: ['health-security'],
  sources: ['alman-et-al'],
} as const

export const single: QuizOf<'single'> = {
  ...base,
  id: 'fixture-single',
  type: 'single',
  prompt: l('Which reply is strongest?'),
  options: [
    { id: 'a', text: l('Only armies count'), correct: false, feedback: l('The traditional view.'), misconception: l('Security means only military threats.') },
    { id: 'b', text: l('Disease shakes stability'), correct: true, feedback: l('Right: stability is at stake.') },
    { id: 'c', text: l('It is welfare policy'), correct: false, feedback: l('No enemy state is needed.'), misconception: l('Non-traditional means not security.') },
  ],
}

export const multiple: QuizOf<'multiple'> = {
  ...base,
  id: 'fixture-multiple',
  type: 'multiple',
  objective: 'lo2',
  level: 'remember',
  prompt: l('Which are forms of the JWG?'),
  options: [
    { id: 'a', text: l('A plasma plant'), correct: true, feedback: l('One of the four.') },
    { id: 'b', text: l('Hospital links'), correct: true, feedback: l('Also one of the four.') },
    { id: 'c', text: l('Buying vaccines'), correct: false, feedback: l('That is trade.'), misconception: l('Transfer is buying medicines.') },
    { id: 'd', text: l('An ASEAN stockpile'), correct: false, feedback: l('The JWG is bilateral.'), misconception: l('The JWG is an ASEAN body.') },
  ],
}

export const trueFalse: QuizOf<'true-false'> = {
  ...base,
  id: 'fixture-true-false',
  type: 'true-false',
  prompt: l('True or false? Waltz coined "levels of analysis".'),
  answer: false,
  feedback: { true: l('No: Waltz wrote of images.'), false: l('Right: the field named them later.') },
  misconception: l('Levels of analysis is Waltz\'s term.'),
}

export const classify: QuizOf<'classify'> = {
  ...base,
  id: 'fixture-classify',
  type: 'classify',
  objective: 'lo4',
  level: 'analyse',
  prompt: l('Place each factor at a level.'),
  categories: [{ id: 'individual' }, { id: 'state' }, { id: 'system' }],
  items: [
    { id: 'minister', text: l('A minister\'s drive'), category: 'individual', feedback: l('Individual: a decision maker.'), misconception: l('Leaders are the state.') },
    { id: 'imports', text: l('A policy to cut imports'), category: 'state', feedback: l('State: a goal inside one state.'), misconception: l('State and system are the same.') },
    { id: 'shortage', text: l('A global shortage'), category: 'system', feedback: l('System: no state controls it.'), misconception: l('A shock to one country is a state factor.') },
  ],
}

export const order: QuizOf<'order'> = {
  ...base,
  id: 'fixture-order',
  type: 'order',
  level: 'remember',
  prompt: l('Put these events in order, earliest first.'),
  items: [
    { id: 'first', text: l('Korea\'s first case'), feedback: l('20 January 2020.') },
    { id: 'second', text: l('The WHO declares a PHEIC'), feedback: l('30 January 2020.') },
    { id: 'third', text: l('Indonesia\'s first cases'), feedback: l('2 March 2020.') },
    { id: 'fourth', text: l('Vaccination starts'), feedback: l('January 2021.') },
  ],
}

export const fixtures: readonly Quiz[] = [single, multiple, trueFalse, classify, order]
