// `npm run bench`: wall time and peak memory of the whole process tree (Node and Chromium) for
// cold and warm builds of synthetic meetings, per stage, plus a comparison with WeasyPrint or
// pagedjs-cli where they are installed (#3). Figures, not pass/fail: targets are printed beside.
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {readFile, rm, mkdtemp, writeFile, cp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeMeeting} from './bench-content.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const pageSize = 4096 // for the RSS fallback where smaps_rollup is missing

/**
 * Memory in bytes of `pid` and all its descendants, as PSS (proportional set size): Chromium's
 * processes share most of their pages, and summing RSS would count those once per process.
 * Descendants are found through /proc/<pid>/task/<tid>/children, and read synchronously, so
 * sampling costs little CPU on a 2-core machine (a full /proc scan slowed the builds by ~1.5×).
 */
function treeRss(pid) {
  let total = 0
  const queue = [pid]
  while (queue.length > 0) {
    const current = queue.pop()
    try {
      const pss = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${current}/smaps_rollup`, 'utf8'))
      total += pss ? Number(pss[1]) * 1024 : Number(readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * pageSize
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim()
        if (children) queue.push(...children.split(/\s+/).map(Number))
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total
}

/**
 * Run one build in a child process; returns its stats and wall time, and with `sampled` its peak
 * tree memory. Sampling is a run of its own: reading PSS makes the kernel walk the page tables of
 * every Chromium process, 80–100 ms of CPU per sample on this 2-core machine, so a sampled build is
 * slower than the same build alone (large cold: 10.0 and 10.9 s sampled every 250 ms, 9.4 and
 * 8.9 s not; the 1,000-item meeting 75.0 s against 62.1 s, its samples costing 29 s of CPU).
 */
async function measure(project, out, cache, sampled = false) {
  const child = spawn(process.execPath, [path.join(here, 'bench-build.js'), project, out, cache], {stdio: ['ignore', 'pipe', 'inherit']})
  let stdout = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  let peak = 0
  const started = performance.now()
  const sampler = sampled
    ? setInterval(() => {
        peak = Math.max(peak, treeRss(child.pid))
      }, 250)
    : undefined
  const code = await new Promise((resolve) => child.on('close', resolve))
  clearInterval(sampler)
  const elapsed = performance.now() - started
  if (code !== 0) throw new Error(`build failed in ${project}`)
  return {...JSON.parse(stdout), process: elapsed, peak}
}

/** Timed runs with the peak memory of a sampled one (whose own time is shown beside it). */
const withPeak = (timed, sampled) => ({...timed, peak: sampled.peak, sampledProcess: sampled.process})

const s = (ms) => `${(ms / 1000).toFixed(2)} s`
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`

/** The middle of some numbers (the lower middle of an even count). */
const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

/** The run with the median process time (its stages shown), and the range over the runs. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.process - b.process)
  return {...sorted[Math.floor((sorted.length - 1) / 2)], runs: sorted}
}

function row(label, r, target) {
  const sampled = r.sampledProcess === undefined ? '' : `peak from a sampled run of ${s(r.sampledProcess)}`
  const range = r.runs && r.runs.length > 1 ? `   (median of ${r.runs.length}: ${r.runs.map((run) => s(run.process)).join(', ')}; ${sampled})` : sampled ? `   (${sampled})` : ''
  return `${label.padEnd(30)} ${s(r.process).padStart(8)} ${s(r.wall).padStart(8)} ${mb(r.peak).padStart(8)} ${String(r.pages).padStart(6)} ${String(r.prints).padStart(6)}  ` +
    `load+validate ${s(r.loadValidate)}, markdown ${s(r.markdown)}, chromium ${s(r.chromium)}, merge+stamp ${s(r.merge)} (of which tags ${s(r.tagging ?? 0)}), write ${s(r.write)}` +
    (target ? `   [target ${target}]` : '') + range
}

/** Rounds of each cold/warm measurement (BENCH_ROUNDS, default 3; the 1,000-item meeting: BENCH_HUGE_ROUNDS, default 1). */
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3) || 3)
const hugeRounds = Math.max(1, Number(process.env.BENCH_HUGE_ROUNDS ?? 1) || 1)

const work = await mkdtemp(path.join(tmpdir(), 'bundel-bench-'))
const lines = []
const print = (line) => {
  lines.push(line)
  process.stdout.write(line + '\n')
}
const {findBrowser} = await import('../lib/pdf/browser.js')
print(`bundel benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${(await import('node:os')).cpus().length} cores, browser ${await findBrowser().catch(() => 'none')}`)
print(`${'scenario'.padEnd(30)} ${'process'.padStart(8)} ${'build'.padStart(8)} ${'peak'.padStart(8)} ${'pages'.padStart(6)} ${'prints'.padStart(6)}  stages`)

const results = {}

// Start-up (#13): the median of 7 runs of each, against a bare `node -e 0` measured in the same rounds.
{
  const bin = path.join(here, '..', 'bin', 'bundel.js')
  const time = (args, cwd) => {
    const started = performance.now()
    spawnSync(process.execPath, args, {cwd, stdio: 'ignore'})
    return performance.now() - started
  }
  const runs = {node: [], version: [], check: []}
  for (let round = 0; round < 7; round++) {
    runs.node.push(time(['-e', '0']))
    runs.version.push(time([bin, '--version']))
    runs.check.push(time([bin, 'check', '--quiet'], path.join(here, '..')))
  }
  const node = middle(runs.node)
  print(`${'node -e 0'.padEnd(30)} ${s(node).padStart(8)}`)
  print(`${'bundel --version'.padEnd(30)} ${s(middle(runs.version)).padStart(8)}  ${(middle(runs.version) / node).toFixed(1)} × node -e 0   [target ≤ 1.5 ×]`)
  print(`${'bundel check (the example)'.padEnd(30)} ${s(middle(runs.check)).padStart(8)}  ${(middle(runs.check) / node).toFixed(1)} × node -e 0   [target ≤ 3 ×]`)
}
for (const kind of ['seed', 'large']) {
  const project = path.join(work, kind)
  const id = await writeMeeting(project, kind)
  const out = path.join(project, 'dist')
  const memo = path.join(project, 'content', id, '03-agendapunt-3', 'memo.md')
  const original = await readFile(memo, 'utf8')
  const runs = {cold: [], warm: [], memo: []}
  const peaks = {}
  // Each round: a new cache (cold is cold), then again, then again after one memo changed. The
  // timed rounds come first; one more round, sampled, gives the peaks (measure).
  for (let round = 1; round <= rounds + 1; round++) {
    const sampled = round > rounds
    await writeFile(memo, original)
    const cache = path.join(project, `cache-${round}`)
    const cold = await measure(project, out, cache, sampled)
    const warm = await measure(project, out, cache, sampled)
    await writeFile(memo, original.replace('Instemmen met voorstel 3', `Instemmen met het gewijzigde voorstel 3 (ronde ${round})`))
    const changed = await measure(project, out, cache, sampled)
    if (sampled) Object.assign(peaks, {cold, warm, memo: changed})
    else {
      runs.cold.push(cold)
      runs.warm.push(warm)
      runs.memo.push(changed)
    }
  }
  results[`${kind}-cold`] = withPeak(medianRun(runs.cold), peaks.cold)
  print(row(`${kind}: cold (new cache)`, results[`${kind}-cold`], kind === 'seed' ? '≤ 1.3 × a bare Chromium print' : '≤ 5 s, ≤ 800 MB'))
  results[`${kind}-warm`] = withPeak(medianRun(runs.warm), peaks.warm)
  print(row(`${kind}: warm, nothing changed`, results[`${kind}-warm`], kind === 'large' ? '≤ 1 s' : undefined))
  results[`${kind}-memo`] = withPeak(medianRun(runs.memo), peaks.memo)
  print(row(`${kind}: warm, one memo changed`, results[`${kind}-memo`], kind === 'large' ? '≤ 2 s' : undefined))
}

// The floor under "large: warm, one memo changed" (#13): pdf-lib, as the bundle ships it, parsing
// the large bundle and saving it unchanged, median of the rounds, in a process of its own.
{
  const {bundleWithPatches} = await import('./source-patches.js')
  const bundle = path.join(work, 'pdf-lib-patched.mjs')
  await bundleWithPatches("export * from 'pdf-lib'\nexport {useNativeDeflate} from './lib/pdf/merge/native-deflate.js'\nexport * from './lib/pdf/pdf-lib-options.js'\n", bundle)
  const large = path.join(work, 'large', 'dist')
  const pdf = readdirSync(large).map((name) => path.join(large, name, 'bundel.pdf')).find((file) => existsSync(file))
  const runs = []
  for (let round = 0; round < rounds && pdf; round++) {
    const floor = spawnSync(process.execPath, [path.join(here, 'bench-floor.js'), bundle, pdf], {encoding: 'utf8'})
    if (floor.status !== 0) break
    runs.push(JSON.parse(floor.stdout))
  }
  const label = 'large: pdf-lib parse + save'.padEnd(30)
  if (runs.length < rounds) print(`${label} failed${pdf ? '' : ': the large build wrote no bundel.pdf'}`)
  else {
    const parseSave = middle(runs.map((run) => run.parsed + run.saved))
    const warm = results['large-warm'].process
    print(
      `${label} ${s(parseSave).padStart(8)}  the finished bundle (${runs[0].objects} objects) parsed and saved unchanged, median of ${runs.length} ` +
        `(parse ${runs.map((run) => s(run.parsed)).join(', ')}; save ${runs.map((run) => s(run.saved)).join(', ')}); with "nothing changed" (${s(warm)}) the floor under "one memo changed": ${s(warm + parseSave)}`
    )
  }
}

// A bare Chromium print of the seed's own index.html, against bundel's whole cold build (#13).
{
  const {build} = await import('../lib/index.js')
  const project = path.join(work, 'seed')
  const out = path.join(work, 'seed-bare')
  const result = await build({cwd: project, out, pdf: false})
  const html = path.join(out, result.meetings[0].meeting.id, 'index.html')
  // The target's reference is the full Chromium; bundel prints with Chromium's headless shell
  // where it is installed (src/pdf/browser.ts), so a bare print with the shell is shown too.
  const bare = [
    ['chromium --print-to-pdf (seed)', ['/usr/lib/chromium/chromium', '/usr/bin/chromium'], '   [target ≤ 1.3 ×]'],
    ['headless shell, same (seed)', ['/usr/lib/chromium/chromium-headless-shell'], '   (the same browser bundel starts here)']
  ]
  for (const [label, candidates, note] of bare) {
    const chromium = candidates.find((candidate) => spawnSync(candidate, ['--version']).status === 0)
    if (!chromium) {
      print(`${label.padEnd(30)} not installed here (comparison skipped)`)
      continue
    }
    const times = []
    let status
    for (let round = 0; round < rounds; round++) {
      const started = performance.now()
      status = spawnSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${path.join(work, 'seed-bare.pdf')}`, '--no-pdf-header-footer', `file://${html}`], {stdio: 'ignore', timeout: 120_000}).status
      times.push(performance.now() - started)
    }
    const ms = middle(times)
    const ours = results['seed-cold'].process
    print(`${label.padEnd(30)} ${s(ms).padStart(8)}  exit ${status}; median of ${times.length}; bundel's seed cold build is ${(ours / ms).toFixed(2)} × this${note}`)
  }
}

// A meeting of 1,000 items (~3,600 own pages): it must complete (#13), printed in parts.
{
  const project = path.join(work, 'huge')
  await writeMeeting(project, 'huge')
  try {
    const runs = []
    for (let round = 1; round <= hugeRounds; round++) runs.push(await measure(project, path.join(project, 'dist'), path.join(project, `cache-${round}`)))
    const sampled = await measure(project, path.join(project, 'dist'), path.join(project, 'cache-sampled'), true)
    results['huge-cold'] = withPeak(medianRun(runs), sampled)
    print(row('huge, 1,000 items: cold', results['huge-cold'], '≤ 60 s, ≤ 1.5 GB'))
  } catch (error) {
    print(`${'huge, 1,000 items: cold'.padEnd(30)} failed: ${error.message}   [target: completes, ≤ 60 s, ≤ 1.5 GB]`)
  }
}

// The same content through other engines, own pages only (they do not merge PDFs): the HTML
// bundel writes, whose print CSS they apply. Compared with bundel's whole cold build, and with its
// Chromium stage alone (the part that does the same work).
{
  const {build} = await import('../lib/index.js')
  const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
  for (const kind of ['seed', 'large']) {
    const project = path.join(work, kind)
    const out = path.join(work, `${kind}-html`)
    const result = await build({cwd: project, out, pdf: false})
    const html = path.join(out, result.meetings[0].meeting.id, 'index.html')
    const ours = results[`${kind}-cold`]
    // The peer of #13: WeasyPrint prints the same HTML, and qpdf appends the PDF appendices in
    // place (no page numbers through them, no tags or bookmarks for them): median of the rounds.
    if (has('weasyprint') && has('qpdf')) {
      const appendices = result.meetings[0].meeting.items.flatMap((item) => item.appendices.filter((appendix) => appendix.kind === 'pdf').map((appendix) => path.resolve(project, appendix.file.path)))
      const own = path.join(work, `${kind}-weasy-own.pdf`)
      const times = []
      let status = 0
      for (let round = 0; round < rounds && status === 0; round++) {
        const started = performance.now()
        status = spawnSync('weasyprint', [html, own], {stdio: 'ignore', timeout: 600_000}).status ?? 1
        if (status === 0) status = spawnSync('qpdf', [own, '--pages', own, ...appendices, '--', path.join(work, `${kind}-weasy-merged.pdf`)], {stdio: 'ignore', timeout: 600_000}).status ?? 1
        times.push(performance.now() - started)
      }
      const label = `weasyprint + qpdf merge (${kind})`.padEnd(30)
      if (status !== 0) print(`${label} failed on the ${kind} (exit ${status})`)
      else print(`${label} ${s(middle(times)).padStart(8)}  median of ${times.length}, ${appendices.length} appendices merged; bundel's ${kind} cold build is ${(ours.process / middle(times)).toFixed(2)} × this${kind === 'seed' ? '   [target: bundel faster, < 1 ×]' : ''}`)
    } else print(`${`weasyprint + qpdf merge (${kind})`.padEnd(30)} weasyprint or qpdf not installed here (comparison skipped)`)
    const engines = [
      ['weasyprint', ['weasyprint', html, path.join(work, `${kind}-weasy.pdf`)]],
      ['pagedjs-cli', ['npx', '--no-install', 'pagedjs-cli', html, '-o', path.join(work, `${kind}-paged.pdf`)]]
    ]
    for (const [name, [command, ...args]] of engines) {
      const available = name === 'pagedjs-cli' ? spawnSync('npx', ['--no-install', 'pagedjs-cli', '--version']).status === 0 : has(command)
      if (!available) {
        print(`${`${name} (${kind})`.padEnd(30)} not installed here (comparison skipped)`)
        continue
      }
      const started = performance.now()
      const run = spawnSync(command, args, {stdio: 'ignore', timeout: 600_000})
      const ms = performance.now() - started
      if (run.status !== 0) {
        print(`${`${name} (${kind})`.padEnd(30)} failed on the ${kind} HTML (exit ${run.status})`)
        continue
      }
      print(
        `${`${name} (${kind})`.padEnd(30)} ${s(ms).padStart(8)} for the ${kind} own pages only; ${name}/bundel: ` +
          `${(ms / ours.process).toFixed(2)} against bundel's whole cold build (${s(ours.process)}, merging included), ` +
          `${(ms / ours.chromium).toFixed(2)} against its Chromium stage (${s(ours.chromium)})`
      )
    }
  }
}

// bundel site: a site of 50 meetings (copies of the example, each with its own date), cold with a
// new cache, then again after one memo changed: only that meeting is rendered again (#11).
{
  const project = path.join(work, 'site')
  const example = path.join(here, '..', 'content', '2025-01-29-algemeen-bestuur')
  await cp(path.join(here, '..', 'content', 'site.md'), path.join(project, 'content', 'site.md'))
  const ids = []
  for (let n = 0; n < 50; n++) {
    const date = new Date(Date.UTC(2021, 0, 13) + n * 14 * 86_400_000).toISOString().slice(0, 10)
    const id = `${date}-algemeen-bestuur`
    ids.push(id)
    await cp(example, path.join(project, 'content', id), {recursive: true})
    const file = path.join(project, 'content', id, 'vergadering.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace('datum: 2025-01-29', `datum: ${date}`))
    // Minutes and dates must stay before the meeting: the example's are of 18 December 2024.
    for (const rel of ['05-verslag-vorige-vergadering/bijlagen']) {
      for (const name of readdirSync(path.join(project, 'content', id, rel))) {
        const md = path.join(project, 'content', id, rel, name)
        if (name.endsWith('.md')) await writeFile(md, (await readFile(md, 'utf8')).replace(/2024-12-18/g, new Date(Date.parse(date) - 42 * 86_400_000).toISOString().slice(0, 10)))
      }
    }
  }
  const cache = path.join(project, 'cache')
  const runSite = () => {
    const started = performance.now()
    const run = spawnSync(process.execPath, [path.join(here, '..', 'bin', 'bundel.js'), 'site', '--quiet', '--out', path.join(project, 'dist')], {cwd: project, env: {...process.env, BUNDEL_CACHE_DIR: cache}, encoding: 'utf8', timeout: 1_800_000})
    if (run.status !== 0) throw new Error(`bundel site failed: ${run.stderr}`)
    return performance.now() - started
  }
  const cold = runSite()
  print(`${'site: 50 meetings, cold'.padEnd(30)} ${s(cold).padStart(8)}  (${s(cold / 50)} per meeting; meetings side by side, one browser)`)
  const memo = path.join(project, 'content', ids[20], '02-lobby', 'memo.md')
  await writeFile(memo, (await readFile(memo, 'utf8')).replace('Kennisnemen', 'Met instemming kennisnemen'))
  const one = runSite()
  print(`${'site: 50 meetings, one changed'.padEnd(30)} ${s(one).padStart(8)}  (${(one / (cold / 50)).toFixed(1)} × one cold meeting; the other 49 from the cache)`)
}

// bundel dev: from saving a memo to the new text in an open page (target ≤ 300 ms), on the example.
{
  const {dev} = await import('../lib/dev/dev.js')
  const {launchBrowser} = await import('../lib/pdf/browser.js')
  const project = path.join(work, 'dev')
  await cp(path.join(here, '..', 'content'), path.join(project, 'content'), {recursive: true})
  const server = await dev({cwd: project, port: 0})
  const browser = await launchBrowser({loopback: true})
  const page = await browser.newPage()
  await page.goto(server.url)
  const memo = path.join(project, 'content', '2025-01-29-algemeen-bestuur', '02-lobby', 'memo.md')
  const original = await readFile(memo, 'utf8')
  const times = []
  for (let round = 1; round <= 7; round++) {
    const marker = `Meetpunt ${round} van de benchmark.`
    await new Promise((resolve) => setTimeout(resolve, 300))
    const started = performance.now()
    await writeFile(memo, original.replace('## Aanleiding', `## Aanleiding\n\n${marker}`))
    await page.waitForFunction((text) => document.body?.innerText.includes(text), {polling: 5, timeout: 10_000}, marker)
    times.push(performance.now() - started)
  }
  await browser.close()
  await server.close()
  times.sort((a, b) => a - b)
  const ms = (value) => `${Math.round(value)} ms`
  print(`${'dev: save → page shows it'.padEnd(30)} median ${ms(times[3])}, min ${ms(times[0])}, max ${ms(times[6])} over 7 saves of a memo   [target ≤ 150 ms]`)
}
await rm(work, {recursive: true, force: true})
