#!/usr/bin/env node
// Write what comes from the field registries (#9): the README's field tables, glossary and rule
// list, and schemas/*.schema.json. `npm run docs`; src/docs/docs.test.ts fails when they are stale.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {fillReadme, schemaFiles} from '../lib/docs/generate.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const readme = join(root, 'README.md')
writeFileSync(readme, fillReadme(readFileSync(readme, 'utf8')))
for (const [path, text] of Object.entries(schemaFiles())) {
  mkdirSync(dirname(join(root, path)), {recursive: true})
  writeFileSync(join(root, path), text)
}
console.log('README.md and schemas/ written')
