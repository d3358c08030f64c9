// Bundle the compiled CLI and library into lib/bundle/ (#13): a command used to load ~420 ES
// modules and ~120 CommonJS files before it read its arguments; bundled, `check` loads a few
// chunks. tsc's lib/ stays beside it for the type declarations and for scripts that import
// single modules. Chunks are split at the dynamic imports, so `--version` loads the CLI chunk
// only and `check` never loads the printing or site code.
// Packages that find their own files at run time (pdf.js and its worker, Pagefind's binary,
// chokidar's native watcher) stay outside and are imported from node_modules as before.
// puppeteer-core and its browser helper are bundled: loaded from node_modules they took ~0.3 s
// of every build that prints, bundled ~0.15 s. The `puppeteer` package, which reads its
// configuration with cosmiconfig (and TypeScript), is not used by the library at all.
import {build} from 'esbuild'
import {rm} from 'node:fs/promises'
import path from 'node:path'
import {sourcePatchPlugin} from './source-patches.js'

const root = path.resolve(import.meta.dirname, '..')
const out = path.join(root, 'lib', 'bundle')
await rm(out, {recursive: true, force: true})
await build({
  absWorkingDir: root,
  // The parse worker is an entry of its own: worker threads start from a file (parse-ahead.ts).
  entryPoints: {cli: 'lib/cli.js', index: 'lib/index.js', 'parse-worker': 'lib/validate/parse-worker.js'},
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunks/[name]-[hash]',
  // ES module builds first: a dynamic import() of a CommonJS package gives only its `default` in
  // a bundle (Node itself finds the named exports), and pdf-lib is imported that way.
  mainFields: ['module', 'main'],
  external: ['puppeteer', 'pdfjs-dist', 'pagefind', 'chokidar', 'fsevents', 'bufferutil', 'utf-8-validate'],
  // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
  banner: {js: "import {createRequire as bundelCreateRequire} from 'node:module'; const require = bundelCreateRequire(import.meta.url);"},
  legalComments: 'none',
  logLevel: 'warning',
  // Dependencies' hot paths, made lighter in the bundle only (scripts/source-patches.js).
  plugins: [sourcePatchPlugin()]
})
