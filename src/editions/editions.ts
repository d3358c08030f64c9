/** The editions by name, in the order they are built (the full one first: the public one is measured against it). */
import {volledig, type Edition, type EditionName} from './edition.js'
import {openbaar} from './openbaar.js'

export const editionNames: readonly EditionName[] = ['volledig', 'openbaar']

export const editions: Readonly<Record<EditionName, Edition>> = {volledig, openbaar}

/** Whether a word names an edition. */
export function isEditionName(name: string): name is EditionName {
  return (editionNames as readonly string[]).includes(name)
}
