// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { loadDeckData } from '../../data/load'
import { DataError, jsonPath } from '../../data/validate'
import { corruptedCopy, dataDir } from './helpers'

function problemsOf(dir: string) {
  try {
    loadDeckData(dir)
  }
  catch (error) {
    if (error instanceof DataError)
      return { problems: error.problems, message: error.message }
    throw error
  }
  throw new Error('expected the data to be rejected')
}

describe('deck data validation', () => {
  it('accepts the data as committed', () => {
    expect(() => loadDeckData(dataDir)).not.toThrow()
  })

  it('reports invalid JSON with the file', () => {
    const dir = corruptedCopy('timeline.json', () => '{ "events": [ }')
    const { problems, message } = problemsOf(dir)
    expect(problems).toEqual([expect.objectContaining({ file: 'timeline.json', path: '$' })])
    expect(message).toContain('data/timeline.json $: invalid JSON')
  })

  it('reports a missing field with its path', () => {
    const dir = corruptedCopy('findings.json', (json) => {
      delete json.forms[2].finding
    })
    expect(problemsOf(dir).message).toContain('data/findings.json $.forms[2].finding:')
  })

  it('reports a wrong type with its path', () => {
    const dir = corruptedCopy('indicators.json', (json) => {
      json.indicators[0].values[1].value = '12.27'
    })
    const { problems } = problemsOf(dir)
    expect(problems[0]).toMatchObject({ file: 'indicators.json', path: '$.indicators[0].values[1].value' })
    expect(problems[0]!.message).toMatch(/number/)
  })

  it('reports an unknown field, so typos in keys do not pass silently', () => {
    const dir = corruptedCopy('levels.json', (json) => {
      json.levels[1].factors[0].sauces = json.levels[1].factors[0].sources
    })
    expect(problemsOf(dir).problems[0]).toMatchObject({ file: 'levels.json', path: '$.levels[1].factors[0].sauces' })
  })

  it('reports an unknown source id with its path', () => {
    let index = -1
    const dir = corruptedCopy('timeline.json', (json) => {
      index = json.events[3].sources.push('no-such-source') - 1
    })
    const { problems } = problemsOf(dir)
    expect(problems).toEqual([{
      file: 'timeline.json',
      path: `$.events[3].sources[${index}]`,
      message: 'unknown source id "no-such-source": add it to references.json',
    }])
  })

  it('reports a duplicate id with both places', () => {
    const dir = corruptedCopy('findings.json', (json) => {
      json.forms[3].id = json.forms[0].id
    })
    const { problems } = problemsOf(dir)
    expect(problems[0]).toMatchObject({ file: 'findings.json', path: '$.forms[3].id' })
    expect(problems[0]!.message).toContain('(first at $.forms[0].id)')
  })

  it('reports a duplicate factor id across levels', () => {
    const dir = corruptedCopy('levels.json', (json) => {
      json.levels[2].factors[0].id = json.levels[0].factors[0].id
    })
    expect(problemsOf(dir).problems[0]).toMatchObject({ path: '$.levels[2].factors[0].id' })
  })

  it('reports a link to an id that does not exist', () => {
    const dir = corruptedCopy('theories.json', (json) => {
      json.theories[1].objective = 'lo9'
    })
    expect(problemsOf(dir).problems[0]).toMatchObject({
      file: 'theories.json',
      path: '$.theories[1].objective',
      message: 'unknown objective id "lo9"',
    })
  })

  it('reports a glossary cross-reference that does not exist', () => {
    const dir = corruptedCopy('glossary.json', (json) => {
      json.terms[0].seeAlso = ['no-such-term']
    })
    expect(problemsOf(dir).problems[0]).toMatchObject({ file: 'glossary.json', path: '$.terms[0].seeAlso[0]' })
  })

  it('reports an empty translation with its path', () => {
    const dir = corruptedCopy('paper.json', (json) => {
      json.objectives[1].text.id = '   '
    })
    const { problems } = problemsOf(dir)
    expect(problems[0]).toMatchObject({ file: 'paper.json', path: '$.objectives[1].text.id', message: 'empty Indonesian translation' })
  })

  it('takes a reference title as the work\'s own title or as a description in both languages', () => {
    const { references } = loadDeckData(dataDir)['references.json']
    expect(references.find(reference => reference.id === 'waltz-1959')!.title).toBe('Man, the State, and War: A Theoretical Analysis')
    expect(references.find(reference => reference.id === 'antara-1039056')!.title).toEqual({
      en: expect.stringContaining('Joint Working Group on Health'),
      id: expect.stringContaining('Nota Kesepahaman (MoU)'),
    })
    const dir = corruptedCopy('references.json', (json) => {
      json.references[0].title = { en: 'A description in English', id: 'Deskripsi dalam bahasa Indonesia' }
      json.references[6].title = 'A headline as printed'
    })
    expect(() => loadDeckData(dir)).not.toThrow()
  })

  it('reports a described reference title with an empty Indonesian text', () => {
    let index = -1
    const dir = corruptedCopy('references.json', (json) => {
      index = json.references.findIndex((reference: { title: unknown }) => typeof reference.title === 'object')
      json.references[index].title.id = ' '
    })
    const { problems, message } = problemsOf(dir)
    expect(problems).toEqual([{ file: 'references.json', path: `$.references[${index}].title.id`, message: 'empty Indonesian translation' }])
    expect(message).toContain(`data/references.json $.references[${index}].title.id: empty Indonesian translation`)
  })

  it('reports a reference title that is neither a string nor both languages', () => {
    const dir = corruptedCopy('references.json', (json) => {
      json.references[6].title = { en: json.references[6].title.en }
    })
    expect(problemsOf(dir).problems).toEqual([{
      file: 'references.json',
      path: '$.references[6].title',
      message: expect.stringMatching(/own title \(a string\) or a description in both languages/),
    }])
  })

  it('reports a finding that does not cite the paper', () => {
    const dir = corruptedCopy('findings.json', (json) => {
      json.forms[0].finding.sources = ['waltz-1959']
    })
    expect(problemsOf(dir).problems[0]).toMatchObject({ path: '$.forms[0].finding.sources' })
  })

  it('reports a single-choice question with two right answers', () => {
    const dir = corruptedCopy('quizzes.json', (json) => {
      const quiz = json.quizzes.find((q: { type: string }) => q.type === 'single')
      quiz.options.forEach((option: { correct: boolean }) => option.correct = true)
    })
    expect(problemsOf(dir).problems[0]!.message).toMatch(/exactly one correct option/)
  })

  it('reports a distractor that names no misconception', () => {
    let path = ''
    const dir = corruptedCopy('quizzes.json', (json) => {
      const index = json.quizzes.findIndex((q: { type: string }) => q.type === 'single')
      const option = json.quizzes[index].options.findIndex((o: { correct: boolean }) => !o.correct)
      delete json.quizzes[index].options[option].misconception
      path = `$.quizzes[${index}].options[${option}].misconception`
    })
    expect(problemsOf(dir).problems[0]).toMatchObject({ file: 'quizzes.json', path })
  })

  it('reports a missing file', () => {
    const dir = corruptedCopy('glossary.json', () => '{}')
    expect(problemsOf(dir).problems[0]).toMatchObject({ file: 'glossary.json', path: '$.terms' })
  })

  it('lists every problem at once, not only the first', () => {
    const dir = corruptedCopy('findings.json', (json) => {
      json.forms[0].title.en = ''
      json.forms[1].title.id = ''
    })
    expect(problemsOf(dir).problems.map(p => p.path)).toEqual(['$.forms[0].title.en', '$.forms[1].title.id'])
  })
})

describe('jsonPath', () => {
  it('writes keys, indexes and awkward keys', () => {
    expect(jsonPath([])).toBe('$')
    expect(jsonPath(['forms', 2, 'title', 'id'])).toBe('$.forms[2].title.id')
    expect(jsonPath(['weird key'])).toBe('$["weird key"]')
  })
})
