// One measured build, run as its own process by scripts/bench.js so that its memory (with
// Chromium's) can be read from the process tree. Prints the build's stats as JSON.
import {build} from '../lib/bundle/index.js'

const [cwd, out, cache] = process.argv.slice(2)
const started = performance.now()
const result = await build({cwd, out, cache: cache === 'off' ? false : cache})
const wall = performance.now() - started
if (result.failed) {
  process.stderr.write(result.files.flatMap((file) => file.messages.map(String)).join('\n') + '\n')
  process.exitCode = 1
}
process.stdout.write(JSON.stringify({wall, ...result.stats}) + '\n')
