/**
 * Encrypted appendices (#14): a file any reader opens without a password merges, whatever
 * cipher it uses; one that needs a password is refused. The encrypted files are made by qpdf,
 * the tool senders' software (and many scanners) build on.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {PDFDocument, PDFName, PDFString} from 'pdf-lib'
import {describe, expect, it} from 'vitest'
import {makePdf} from '../test-util/fixture.js'
import {readLayout, words} from '../test-util/pdf-layout.js'
import {loadDecrypted, PasswordRequired} from './decrypt.js'
import {OversizedPdf} from './pdf-limits.js'

const qpdf = spawnSync('qpdf', ['--version']).status === 0

async function encrypted(source: Uint8Array, user: string, bits: string, extra: string[] = []): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bundel-crypt-'))
  await writeFile(path.join(dir, 'in.pdf'), source)
  const weak = bits === '40' || extra.includes('--use-aes=n') ? ['--allow-weak-crypto'] : []
  execFileSync('qpdf', [...weak, '--encrypt', user, 'eigenaar', bits, ...extra, '--', path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')])
  return new Uint8Array(await readFile(path.join(dir, 'out.pdf')))
}

describe.skipIf(!qpdf)('loadDecrypted (skipped: qpdf not installed)', () => {
  it.each([
    ['RC4 40-bit (R2)', '40', []],
    ['RC4 128-bit (R3)', '128', ['--use-aes=n']],
    ['AES-128 (R4)', '128', ['--use-aes=y']],
    ['AES-256 (R6)', '256', []]
  ] as const)('should open an owner-password-only file with %s and keep its text', async (_name, bits, extra) => {
    const source = await makePdf(3, 'Beveiligde brief')
    const bytes = await encrypted(source, '', bits, [...extra])
    const before = await PDFDocument.load(bytes, {ignoreEncryption: true, updateMetadata: false})
    expect(before.isEncrypted).toBe(true)
    const pdf = await loadDecrypted(bytes)
    expect(pdf.isEncrypted).toBe(false)
    expect(pdf.getPageCount()).toBe(3)
    const text = (await readLayout(await pdf.save())).map(words)
    expect(text).toEqual((await readLayout(source)).map(words))
  })

  it('should refuse a file that needs a password to open', async () => {
    for (const [bits, extra] of [['128', ['--use-aes=y']], ['256', []]] as const) {
      const bytes = await encrypted(await makePdf(1), 'geheim', bits, [...extra])
      await expect(loadDecrypted(bytes)).rejects.toBeInstanceOf(PasswordRequired)
    }
  })

  it('should measure object streams once they are decrypted', async () => {
    const pdf = await PDFDocument.create({updateMetadata: false})
    pdf.addPage()
    // A 20 MB string, which pdf-lib puts into a compressed object stream and qpdf then encrypts.
    pdf.catalog.set(PDFName.of('Bomb'), pdf.context.register(PDFString.of('a'.repeat(20 * 1024 * 1024))))
    const bytes = await encrypted(await pdf.save({useObjectStreams: true}), '', '128', ['--use-aes=y'])
    expect(bytes.byteLength).toBeLessThan(1024 * 1024)
    await expect(loadDecrypted(bytes)).rejects.toBeInstanceOf(OversizedPdf)
  })
})
