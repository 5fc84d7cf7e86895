import { beforeEach, vi } from 'vitest'
import { useLocale } from '../composables/useLocale'
import { resetSlidev } from './slidev-client'

// Components on a slide read Slidev through its public API; every test gets
// the stand-in, set to a student studying alone (see slidev-client.ts).
vi.mock('@slidev/client', () => import('./slidev-client'))

// The deck's language is one ref shared by every component, so a test that
// switches to Indonesian would otherwise leave the next test in it. It is
// plain Vue state, so resetting it costs nothing in node-environment tests.
beforeEach(() => {
  resetSlidev()
  useLocale().lang.value = 'en'
})
