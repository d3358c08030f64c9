/**
 * Run `task` over `list`, at most `limit` at a time, results in the order of `list`. Once a task
 * fails no new one starts (the ones running finish), and the first failure is what it throws.
 */
export async function mapLimit<T, R>(list: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(list.length)
  let next = 0
  let failed = false
  const worker = async () => {
    while (next < list.length && !failed) {
      const index = next++
      try {
        results[index] = await task(list[index]!)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({length: Math.max(1, Math.min(limit, list.length))}, worker))
  return results
}
