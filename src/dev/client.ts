/**
 * The few lines of JavaScript the dev page gets: follow the server's events, show a new build,
 * show or hide the problem overlay. A new build replaces what changed in the page's body, in place,
 * where the scroll position stays (a reload took ~170 ms of the 300 from save to screen, #13); a build
 * whose head differs (a changed template or style sheet) reloads the page. Served as /__bundel/client.js (the page's CSP allows
 * only scripts from the server itself). The built bundle never contains it.
 */
import type {Lang} from '../catalogue/lang.js'

/** The overlay's words, in the preview's language (#8). */
const words = {
  nl: {title: 'bundel: de bundel kan niet worden bijgewerkt', one: 'probleem', many: 'problemen'},
  en: {title: 'bundel: the bundle cannot be updated', one: 'problem', many: 'problems'}
} as const

/** The script of the dev page, in `lang`. */
export const clientScript = (lang: Lang) => `(() => {
  const words = ${JSON.stringify(words[lang])}
  let current = document.querySelector('meta[name="bundel-build"]')?.content ?? ''
  let overlay
  // The problems shown now: a body swapped in while they stand gets the overlay again.
  let problems
  function hide() {
    overlay?.remove()
    overlay = undefined
    problems = undefined
  }
  function show(lines) {
    hide()
    problems = lines
    overlay = document.createElement('div')
    overlay.id = 'bundel-overlay'
    overlay.setAttribute('role', 'alert')
    overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'background:#fff4f4;color:#1b1b1b;border-top:4px solid #b00020;padding:1rem 1.25rem;font:14px/1.45 monospace;box-shadow:0 -4px 16px #0003'
    const title = document.createElement('strong')
    title.textContent = words.title + ' (' + lines.length + ' ' + (lines.length === 1 ? words.one : words.many) + ')'
    const list = document.createElement('pre')
    list.style.cssText = 'white-space:pre-wrap;margin:.5rem 0 0'
    list.textContent = lines.join('\\n')
    overlay.append(title, list)
    document.body.append(overlay)
  }
  // Replace only what changed: the first node on each path down that differs, found by walking
  // both bodies side by side while their shapes agree. Chromium then styles and lays out that
  // node alone; a whole new body cost 30-45 ms of layout on the example, this 1-3 ms (#13).
  function patch(old, next) {
    if (old.isEqualNode(next)) return
    const sameShape = old.nodeType === 1 && old.nodeName === next.nodeName && old.childNodes.length === next.childNodes.length &&
      old.attributes.length === next.attributes.length && [...old.attributes].every((a) => next.getAttribute(a.name) === a.value)
    if (!sameShape) return old.replaceWith(document.adoptNode(next))
    // Both lists first: adopting a node takes it out of the new document's list.
    const olds = [...old.childNodes]
    const nexts = [...next.childNodes]
    olds.forEach((child, index) => patch(child, nexts[index]))
  }
  const head = (doc) => doc.head.innerHTML.replace(/<meta name="bundel-build"[^>]*>/, '')
  let updating = Promise.resolve()
  async function update() {
    try {
      const response = await fetch(location.pathname, {cache: 'no-store'})
      const next = new DOMParser().parseFromString(await response.text(), 'text/html')
      if (!response.ok || head(next) !== head(document)) return location.reload()
      // No comparison of build numbers: a restarted server counts from 1 again. Updates run one
      // after another, each fetching the newest page, so the last one shows the last build.
      const standing = problems
      overlay?.remove()
      overlay = undefined
      patch(document.body, next.body)
      current = next.querySelector('meta[name="bundel-build"]')?.content ?? ''
      if (standing) show(standing)
    } catch {
      location.reload()
    }
  }
  const events = new EventSource('/__bundel/events')
  events.addEventListener('build', (event) => {
    // A good build: whatever problems were shown are gone.
    hide()
    if (event.data === current) return
    // One update at a time, in order: a burst of saves ends on the last build.
    updating = updating.then(() => update())
  })
  events.addEventListener('problems', (event) => show(JSON.parse(event.data)))
})()
`
