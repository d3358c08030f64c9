/**
 * Pure (#10): the public edition must keep the full edition's page numbers, so that "page 23" in
 * the meeting means the same page to the board and to the public. Its closed documents are
 * printed as one placeholder page each, and its closed items may have a shorter agenda entry;
 * this works out how many empty pages must come before each part for every part to start where
 * it starts in the full edition.
 */

/** Where each part starts (anchor → 1-based page) and how many pages there are. */
export interface PagePlan {
  readonly pages: ReadonlyMap<string, number>
  readonly total: number
}

/** The key for pages at the very end (render/html/bundle.ts `endOfBundle`). */
const end = ''

/** What matching gave: fillers before parts, or the first part that came out longer than in the full edition. */
export type Matching = {readonly fillers: ReadonlyMap<string, number>} | {readonly longer: string}

/**
 * Fillers that make `actual` start every part of `order` (anchors in bundle order) on the page
 * `target` starts it. Each part's shortfall is what its start lags behind, less what the parts
 * before it already made up.
 */
export function matchPages(order: readonly string[], target: PagePlan, actual: PagePlan): Matching {
  const fillers = new Map<string, number>()
  let madeUp = 0
  let previous = order[0] ?? end
  for (const anchor of [...order, end]) {
    const wanted = anchor === end ? target.total + 1 : target.pages.get(anchor)
    const got = anchor === end ? actual.total + 1 : actual.pages.get(anchor)
    if (wanted === undefined || got === undefined) throw new Error(`Expected \`${anchor}\` in both editions, not in one`)
    const lag = wanted - got
    if (lag < madeUp) return {longer: previous}
    if (lag > madeUp) fillers.set(anchor, lag - madeUp)
    madeUp = lag
    previous = anchor
  }
  return {fillers}
}

/** Add two sets of fillers (a second round adds to the first). */
export function addFillers(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): Map<string, number> {
  const sum = new Map(a)
  for (const [anchor, count] of b) sum.set(anchor, (sum.get(anchor) ?? 0) + count)
  return sum
}

/** Whether two plans put every part on the same page. */
export function samePages(a: PagePlan, b: PagePlan): boolean {
  return a.total === b.total && a.pages.size === b.pages.size && [...a.pages].every(([anchor, page]) => b.pages.get(anchor) === page)
}
