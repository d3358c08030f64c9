#!/usr/bin/env node
// The bundel command: check the Node version, then hand over to the compiled CLI (lib/cli.js).
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`bundel needs Node.js 20.19 or newer; this is ${process.versions.node}.\n`)
  process.exitCode = 2
} else {
  const {runCli} = await import('../lib/cli.js')
  process.exitCode = await runCli(process.argv.slice(2))
}
