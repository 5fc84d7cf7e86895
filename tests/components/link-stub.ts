/** Slidev's global `<Link>`, as a plain anchor to the route alias. */
export const LinkStub = { props: ['to'], template: '<a :href="\'/\' + to"><slot /></a>' }
