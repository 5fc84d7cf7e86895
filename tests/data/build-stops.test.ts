// @vitest-environment node
/**
 * Bad data must stop the dev server and the build, not only the tests: this
 * runs the real Slidev commands on a copy of the project with one bad file.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

function projectWithEmptyTitle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-project-'))
  for (const entry of ['slides.md', 'pages', 'components', 'composables', 'data', 'utils', 'styles', 'public', 'vite.config.ts', 'package.json'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const file = join(dir, 'data', 'findings.json')
  const json = JSON.parse(readFileSync(file, 'utf8'))
  json.forms[1].title.en = ''
  writeFileSync(file, JSON.stringify(json))
  return dir
}

function run(dir: string, args: string[]) {
  return spawnSync(process.execPath, [join(root, 'node_modules/@slidev/cli/bin/slidev.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CI: 'true' },
  })
}

describe('bad data', () => {
  it('stops the build with the file and the path', () => {
    const result = run(projectWithEmptyTitle(), ['build', '--out', 'dist'])
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toContain('data/findings.json $.forms[1].title.en: empty English translation')
  }, 60_000)

  it('stops the dev server with the file and the path', () => {
    const result = run(projectWithEmptyTitle(), ['--port', '3939'])
    // A server that kept running would be killed by the timeout: that is a failure too.
    expect(result.signal).toBeNull()
    expect(result.status).not.toBe(0)
    expect(result.stdout + result.stderr).toContain('data/findings.json $.forms[1].title.en: empty English translation')
  }, 60_000)
})
