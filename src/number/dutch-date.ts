/**
 * Dates in Dutch, computed from the written YYYY-MM-DD alone: no Date in local time, so no `TZ`
 * can turn 29 January into the 28th.
 */
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
const weekdays = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']

/** "2025-01-29" → "woensdag 29 januari 2025" (or "29 januari 2025" without the weekday). */
export function dutchDate(iso: string, withWeekday = true): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!
  const text = `${day} ${months[month - 1]} ${year}`
  return withWeekday ? `${weekday} ${text}` : text
}
