#!/usr/bin/env node
// The bundel command: check the Node version, then hand over to the bundled CLI (lib/bundle/cli.js).
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`bundel needs Node.js 20.19 or newer; this is ${process.versions.node}.\n`)
  process.exitCode = 2
} else {
  // `bundel --help | head -3`: the reader went away; stop quietly instead of a stack trace (#8).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw error
    })
  }
  const {runCli} = await import('../lib/bundle/cli.js')
  process.exitCode = await runCli(process.argv.slice(2))
}
