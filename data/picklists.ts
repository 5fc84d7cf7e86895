/**
 * The options of the schema's picklists that code also needs in order, kept
 * apart from `schema.ts` so that importing them brings neither valibot nor
 * the schema into the deck's download: the built deck skips validation.
 */

/**
 * Whose factor it is: one country, both, `unspecified` when the abstract does
 * not say whose (its minister of health), or `all-states` for what concerns
 * every state (the system level). The order is the one the diagram's columns
 * follow: the countries, then what holds for both, for neither named, for all.
 */
export const actors = Object.freeze(['indonesia', 'south-korea', 'both', 'unspecified', 'all-states'] as const)

/** Waltz's three levels, in the order a presenter's clicks go through them: person, state, system. */
export const levelIds = Object.freeze(['individual', 'state', 'system'] as const)

/** The deck's two languages, each an edition. */
export const langs = Object.freeze(['en', 'id'] as const)
