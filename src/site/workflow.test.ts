/**
 * The CI workflows of the README (#11), taken from the README itself: their YAML parses, and the
 * bundel commands they run, run here on a copy of the example, check the content and make a
 * publishable site (GitHub Pages from dist/, GitLab Pages from public/).
 */
import {execFileSync} from 'node:child_process'
import {cp, mkdtemp, readFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {findBrowser} from '../pdf/browser.js'

const project = path.resolve(import.meta.dirname, '../..')
const browserPath = await findBrowser().catch(() => undefined)
const bin = path.join(project, 'bin', 'bundel.js')

/** The YAML block after `<!-- bundel:workflow name -->` in the README, parsed. */
async function workflow(name: string): Promise<Record<string, unknown>> {
  const readme = await readFile(path.join(project, 'README.md'), 'utf8')
  const match = new RegExp(`<!-- bundel:workflow ${name} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(readme)
  expect(match, `no ${name} workflow in the README`).not.toBeNull()
  return parse(match![1]!) as Record<string, unknown>
}

/** The shell lines of the jobs, in order: GitHub `run` steps, GitLab `script` entries. */
function commands(flow: Record<string, unknown>, job: string): string[] {
  const jobs = (flow.jobs ?? flow) as Record<string, {steps?: Array<{run?: string}>; script?: string[]}>
  const found = jobs[job]
  expect(found, job).toBeDefined()
  return found!.steps ? found!.steps.flatMap((step) => (step.run ? [step.run] : [])) : (found!.script ?? [])
}

/** Run the bundel lines of a job in a fresh folder holding the example content. */
async function runJob(lines: readonly string[]): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'bundel-ci-'))
  await cp(path.join(project, 'content'), path.join(folder, 'content'), {recursive: true})
  const ours = lines.filter((line) => line.startsWith('npx bundel '))
  expect(ours.length).toBeGreaterThan(0)
  for (const line of ours) {
    // `npx bundel` is this checkout's bin; the rest of the line (options, redirection) as written.
    execFileSync('bash', ['-c', line.replace(/^npx bundel /, `node ${JSON.stringify(bin)} `)], {cwd: folder, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, GITHUB_ACTIONS: 'true', BUNDEL_CACHE_DIR: path.join(folder, 'cache')}})
  }
  return folder
}

describe('the CI workflows in the README', () => {
  it('check a pull request with annotations (GitHub) and a merge request (GitLab)', async () => {
    expect(commands(await workflow('github'), 'check')).toContain('npx bundel check --format github')
    expect(commands(await workflow('gitlab'), 'check')).toContain('npx bundel check')
    await runJob(commands(await workflow('github'), 'check'))
  })

  it.skipIf(!browserPath)('publish the site: GitHub Pages from dist/, with a manifest', async () => {
    const flow = await workflow('github')
    const folder = await runJob(commands(flow, 'site'))
    for (const file of ['index.html', 'zoeken.html', 'sitemap.xml', 'oparl/system.json', 'pagefind/pagefind-ui.js', '2025-01-29-algemeen-bestuur/bundel.pdf']) expect(existsSync(path.join(folder, 'dist', file)), file).toBe(true)
    expect(existsSync(path.join(folder, 'dist', '2025-01-29-algemeen-bestuur', 'bijlagen', '07-personele-aangelegenheid'))).toBe(false)
    const manifest = JSON.parse(await readFile(path.join(folder, 'site.json'), 'utf8'))
    expect(manifest.errors).toBe(0)
    expect(manifest.written.find((file: {path: string}) => file.path === 'index.html')).toMatchObject({bytes: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/)})
    expect(manifest.pages['2025-01-29-algemeen-bestuur']).toBe(57)
    // The artifact it uploads is the folder it built.
    const upload = (flow.jobs as Record<string, {steps: Array<{uses?: string; with?: {path?: string}}>}>).site!.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))
    expect(upload?.with?.path).toBe('dist')
  }, 120_000)

  it.skipIf(!browserPath)('publish the site: GitLab Pages from public/', async () => {
    const flow = await workflow('gitlab')
    const folder = await runJob(commands(flow, 'pages'))
    expect(existsSync(path.join(folder, 'public', 'index.html'))).toBe(true)
    expect((flow.pages as {artifacts: {paths: string[]}}).artifacts.paths).toEqual(['public'])
  }, 120_000)
})
