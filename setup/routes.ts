import type { RouteRecordRaw } from 'vue-router'
import { defineRoutesSetup } from '@slidev/types'

// `/handout?print`: every slide with its presenter notes under it, one A4
// page each, for the lecturer's PDF (see scripts/export.ts).
// setup/ is left out of the type-check (tsconfig "exclude"): the handout page
// reuses Slidev's print components, which ship as TypeScript source that only
// compiles inside Slidev's own build. The export test renders it instead.
export default defineRoutesSetup((routes: RouteRecordRaw[]) => [
  {
    name: 'handout',
    path: '/handout',
    component: () => import('./handout/HandoutPage.vue'),
  },
  ...routes,
])
