// Synthetic meetings for `npm run bench` (#3): "seed" (6 items, ~60 pages with appendices),
// "large" (50 items with 2–4-page memos and 50 PDF appendices of 20 pages, ~1,150 pages) and
// "huge" (1,000 items with 2–4-page memos and no appendices, ~3,800 own pages, #13).
// Deterministic: the same call writes the same files.
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {PDFDocument, StandardFonts} from 'pdf-lib'

const words = ('de regio werkt samen met gemeenten provincie en rijk aan wonen bereikbaarheid energie en ' +
  'werkgelegenheid het dagelijks bestuur stelt voor om in te stemmen met de aanpak en de middelen ' +
  'beschikbaar te stellen binnen de bestaande begroting zodat de uitvoering in het voorjaar kan starten').split(' ')

function paragraph(seed, length = 90) {
  const out = []
  for (let i = 0; i < length; i++) out.push(words[(seed * 7 + i * 13 + (i >> 3)) % words.length])
  const text = out.join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1) + '.'
}

async function appendixPdf(pages, label) {
  const pdf = await PDFDocument.create({updateMetadata: false})
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let n = 1; n <= pages; n++) {
    const page = pdf.addPage([595.28, 841.89])
    page.drawText(`${label}, pagina ${n} van ${pages}`, {x: 72, y: 780, size: 14, font})
    for (let line = 0; line < 40; line++) page.drawText(paragraph(n * 40 + line, 12), {x: 72, y: 740 - line * 16, size: 10, font})
  }
  return pdf.save()
}

/** Write a synthetic meeting into `<dir>/content/<id>/`; returns the meeting id. */
export async function writeMeeting(dir, kind) {
  const huge = kind === 'huge'
  const large = kind === 'large' || huge
  const id = huge ? '2025-09-24-algemeen-bestuur' : large ? '2025-06-25-algemeen-bestuur' : '2025-03-19-algemeen-bestuur'
  const root = path.join(dir, 'content', id)
  await mkdir(root, {recursive: true})
  await writeFile(path.join(root, 'vergadering.md'), `---\norgaan: Algemeen Bestuur\ndatum: ${id.slice(0, 10)}\norganisatie: Regio Benchmark\ntijd: "19:30"\nlocatie: Gemeentehuis\n---\n${paragraph(1)}\n`)
  const items = huge ? 1000 : large ? 50 : 6
  const pdfPages = large ? 20 : 6
  for (let i = 1; i <= items; i++) {
    const folder = path.join(root, `${String(i).padStart(huge ? 4 : 2, '0')}-agendapunt-${i}`)
    await mkdir(path.join(folder, 'bijlagen'), {recursive: true})
    await writeFile(path.join(folder, 'agendapunt.md'), `---\ntitel: Agendapunt nummer ${i}\nvoorstel: Instemmen met voorstel ${i}\n---\n`)
    const memoParagraphs = large ? 8 + (i % 3) * 5 : 7
    const body = Array.from({length: memoParagraphs}, (_, p) => (p % 4 === 0 ? `## Paragraaf ${p / 4 + 1}\n\n` : '') + paragraph(i * 100 + p)).join('\n\n')
    await writeFile(
      path.join(folder, 'memo.md'),
      `---\nportefeuillehouder: Bestuurder ${i}\nvoorstel:\n  - Instemmen met voorstel ${i}\n  - Kennisnemen van de bijlage\nconsequenties:\n  financieel: geen\n  personeel: geen\nnadere_informatie:\n  naam: Medewerker ${i}\n  telefoon: "0488 123 456"\n---\n${body}\n\n| Post | Bedrag |\n| --- | --- |\n| Uitvoering | € ${i * 1000} |\n`
    )
    if (!huge) await writeFile(path.join(folder, 'bijlagen', '01-bijlage.pdf'), await appendixPdf(pdfPages, `Bijlage bij agendapunt ${i}`))
    if (!large && i % 2 === 0) await writeFile(path.join(folder, 'bijlagen', '02-notitie.md'), `---\ntitel: Notitie ${i}\n---\n${paragraph(i * 3)}\n\n${paragraph(i * 5)}\n`)
  }
  return id
}
