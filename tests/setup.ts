import { beforeEach, vi } from 'vitest'
import { resetSlidev } from './slidev-client'

// Components on a slide read Slidev through its public API; every test gets
// the stand-in, set to a student studying alone (see slidev-client.ts).
vi.mock('@slidev/client', () => import('./slidev-client'))

beforeEach(() => resetSlidev())
