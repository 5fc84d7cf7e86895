/**
 * Finds controls the way a screen reader user would: by role and by the
 * text that names them, so the question tests do not lean on class names.
 */
import type { DOMWrapper, VueWrapper } from '@vue/test-utils'

type Wrapper = VueWrapper | DOMWrapper<Element>

/** The accessible name of a control: its aria-label, its label's text, or its own text. */
export function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label')
  if (label)
    return label
  const wrapping = element.closest('label')
  return (wrapping ?? element).textContent!.replace(/\s+/g, ' ').trim()
}

const selectors = {
  radio: 'input[type="radio"]',
  checkbox: 'input[type="checkbox"]',
  button: 'button',
  group: 'fieldset, [role="group"]',
  status: '[role="status"], [aria-live]',
  link: 'a',
} as const

export function allByRole(wrapper: Wrapper, role: keyof typeof selectors): DOMWrapper<HTMLElement>[] {
  return wrapper.findAll<HTMLElement>(selectors[role])
}

/** The one control of `role` whose name contains `name`; throws if there is none or several. */
export function getByRole(wrapper: Wrapper, role: keyof typeof selectors, name: string | RegExp): DOMWrapper<HTMLElement> {
  const matches = allByRole(wrapper, role).filter((control) => {
    const labelledBy = control.element.getAttribute('aria-labelledby')
    const accessible = role !== 'group'
      ? nameOf(control.element)
      : labelledBy
        ? document.getElementById(labelledBy)?.textContent ?? ''
        : control.element.querySelector(':scope > legend')?.textContent ?? control.element.getAttribute('aria-label') ?? ''
    return typeof name === 'string' ? accessible.includes(name) : name.test(accessible)
  })
  if (matches.length !== 1)
    throw new Error(`Expected one ${role} named ${name}, found ${matches.length}: ${allByRole(wrapper, role).map(c => nameOf(c.element)).join(' | ')}`)
  return matches[0]!
}

export function queryByRole(wrapper: Wrapper, role: keyof typeof selectors, name: string | RegExp): DOMWrapper<HTMLElement> | undefined {
  try {
    return getByRole(wrapper, role, name)
  }
  catch {
    return undefined
  }
}

/** Slidev's global `<Link>`, as a plain anchor. */
export const LinkStub = { props: ['to'], template: '<a :href="\'/\' + to"><slot /></a>' }
