/** The question bank (`quizzes.json`). */
import type { Quiz } from './schema'
import { finder } from './finder'
import file from './quizzes.json'
import { readDataFile } from './read'

export const quizzes = readDataFile('quizzes.json', file).quizzes
export const getQuiz = finder<Quiz>('quiz', quizzes)
