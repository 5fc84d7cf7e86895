/**
 * A class server in a process of its own, for the test that kills it with
 * SIGKILL: `tsx class-child.ts <deck> <state folder>`. Prints its port, then
 * serves until killed.
 */
import process from 'node:process'
import { startClassServer } from '../../server/class-server'
import { fixtures } from '../quiz-fixtures'

const [dist, stateDir] = process.argv.slice(2)
startClassServer({ dist: dist!, stateDir: stateDir!, password: 'class-test-password', port: 0, host: '127.0.0.1', quizzes: fixtures })
  .then(server => process.stdout.write(`${JSON.stringify({ port: server.port })}\n`))
  .catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
