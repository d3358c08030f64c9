#!/usr/bin/env node
// Generates the corpus of appendix PDFs in src/__fixtures__/corpus/ plus manifest.json.
//
// Why a corpus? bundel merges appendix PDFs (bijlagen) into the meeting bundle and promises
// things about the result: its own footer band at the bottom of every page, working internal
// links, forms that keep their values, tags that survive. The hand-made test PDFs in the
// unit tests are too tidy to prove that. This script produces PDFs the way real producers
// write them (Chromium, LibreOffice, Ghostscript, qpdf, pdf-lib) plus hand-written files for
// the structures those producers never write but real appendices still contain (inherited
// resources, incremental updates, damaged cross-reference tables, hostile actions, ...).
//
// Run it as a developer:   node scripts/make-corpus.js          (generates twice, compares)
//                          node scripts/make-corpus.js --once   (one pass, no determinism check)
// It needs the system tools: chromium, soffice (LibreOffice), gs, qpdf, pdftotext. CI does not
// run it; CI uses the committed files.
//
// Determinism: every run with the same tool versions gives byte-identical files. The tools
// write the current date and random /ID values (and XMP dates/uuids); those are overwritten
// afterwards by SAME-LENGTH byte replacement (see normalise()), so xref offsets stay valid
// and the producer's own structure stays exactly what the producer wrote. The producers'
// outputs are never re-saved through pdf-lib. With other tool versions (a newer Chromium or
// LibreOffice) the files change, as they should: the manifest names the versions used.
//
// All document text is Dutch and fictional.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  StandardFonts,
  decodePDFRawStream,
  rgb,
} from 'pdf-lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'src', '__fixtures__', 'corpus');

// One fixed moment for every date in the corpus: 15 January 2026, 09:00 UTC.
const FIXED = { pdf: '20260115090000', xmp: '2026-01-15T09:00:00', date: new Date('2026-01-15T09:00:00Z') };
const SOURCE_DATE_EPOCH = String(FIXED.date.getTime() / 1000);
const HAND_PRODUCER = 'bundel scripts/make-corpus.js (hand-written)';
const CHILD_ENV = { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8', SOURCE_DATE_EPOCH };

const A4 = [595.28, 841.89];
const MM = 72 / 25.4;

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const round = (n, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20, ...opts });
}

function assert(cond, message) {
  if (!cond) throw new Error(`corpus check failed: ${message}`);
}

/** A fixed hex string of the given length, derived from a label (so two /IDs can differ). */
function fixedHex(label, length, upper) {
  let hex = '';
  for (let i = 0; hex.length < length; i++) hex += sha256(`${label}:${i}`);
  hex = hex.slice(0, length);
  return upper ? hex.toUpperCase() : hex;
}

/**
 * Overwrites everything a producer writes that changes from run to run, byte for byte with a
 * value of the same length, so every offset in the file stays valid:
 * - PDF dates `(D:YYYYMMDDHHmmSS...` -> the fixed date (as many digits as were there);
 * - /ID [<hex><hex>] -> fixed hex of the same length (equal halves stay equal);
 * - LibreOffice's trailer /DocChecksum -> fixed hex of the same length;
 * - inside XMP packets: ISO dates and uuids (xmpMM:DocumentID/InstanceID).
 * Dates in compressed streams are not touched; the determinism check proves there are none.
 */
function normalise(bytes, label) {
  let s = Buffer.from(bytes).toString('latin1');
  const before = s.length;
  s = s.replace(/\(D:(\d{4,14})/g, (_, digits) => `(D:${FIXED.pdf.slice(0, digits.length)}`);
  let n = 0;
  s = s.replace(/(\/ID\s*\[\s*<)([0-9A-Fa-f]*)(>\s*<)([0-9A-Fa-f]*)(>\s*\])/g, (all, p1, a, p2, b, p3) => {
    const upper = !/[a-f]/.test(a + b);
    const fa = fixedHex(`${label}/ID${n}a`, a.length, upper);
    const fb = a === b ? fa : fixedHex(`${label}/ID${n}b`, b.length, upper);
    n++;
    return `${p1}${fa}${p2}${fb}${p3}`;
  });
  // LibreOffice writes /DocChecksum in the trailer, a hash over the (dated) file.
  s = s.replace(/(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/g, (all, p1, hex) => `${p1}${fixedHex(`${label}/DocChecksum`, hex.length, !/[a-f]/.test(hex))}`);
  s = s.replace(/<\?xpacket begin=[\s\S]*?<\?xpacket end=[^>]*>/g, (packet) => {
    let u = 0;
    return packet
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/g, (d) =>
        d.split('').map((c, i) => (/\d/.test(c) ? (FIXED.xmp[i] && /\d/.test(FIXED.xmp[i]) ? FIXED.xmp[i] : '0') : c)).join(''))
      .replace(/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/g, (id) => {
        const hex = fixedHex(`${label}/uuid${u++}`, 32, /[A-F]/.test(id));
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      });
  });
  assert(s.length === before, `normalise changed the length of ${label}`);
  return Buffer.from(s, 'latin1');
}

// WinAnsi literal strings for the hand-written and low-level pdf-lib files (standard 14 fonts).
const WIN_ANSI_EXTRA = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97 };
function pdfString(str) {
  let out = '(';
  for (const ch of str) {
    const code = WIN_ANSI_EXTRA[ch] ?? ch.codePointAt(0);
    assert(code < 256, `character ${ch} is not in WinAnsi`);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code < 32 || code > 126) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out})`;
}

/** BT ... ET for one line of text in a standard font resource (/F1 Helvetica, /F2 Helvetica-Bold). */
const textOp = (str, x, y, size, font = 'F1') => `BT /${font} ${size} Tf ${round(x, 3)} ${round(y, 3)} Td ${pdfString(str)} Tj ET\n`;

/** Helvetica metrics (from pdf-lib's standard-font AFM data) to size link rectangles. */
let HELV;
let HELV_BOLD;
async function loadMetrics() {
  const doc = await PDFDocument.create();
  HELV = await doc.embedFont(StandardFonts.Helvetica);
  HELV_BOLD = await doc.embedFont(StandardFonts.HelveticaBold);
}
const widthOf = (str, size, bold = false) => (bold ? HELV_BOLD : HELV).widthOfTextAtSize(str, size);

/**
 * A hand-written PDF: objects numbered 1..n, a classic xref table with exact offsets.
 * Bodies are latin1 strings (or Buffers); stream() builds a stream object with its /Length.
 */
class RawPdf {
  constructor(version = '1.7') {
    this.version = version;
    this.objects = [];
  }
  add(body) {
    this.objects.push(body);
    return this.objects.length;
  }
  set(num, body) {
    this.objects[num - 1] = body;
  }
  reserve() {
    return this.add(null);
  }
  static stream(dict, data, { flate = false } = {}) {
    let payload = Buffer.from(data, 'latin1');
    let filter = '';
    if (flate) {
      payload = zlib.deflateSync(payload, { level: 9 });
      filter = ' /Filter /FlateDecode';
    }
    return Buffer.concat([Buffer.from(`<< ${dict}${filter} /Length ${payload.length} >>\nstream\n`, 'latin1'), payload, Buffer.from('\nendstream', 'latin1')]);
  }
  build(trailer) {
    const parts = [Buffer.from(`%PDF-${this.version}\n%\xE2\xE3\xCF\xD3\n`, 'latin1')];
    let offset = parts[0].length;
    const offsets = [];
    this.objects.forEach((body, i) => {
      assert(body != null, `object ${i + 1} was reserved but never written`);
      const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
      offsets.push(offset);
      parts.push(chunk);
      offset += chunk.length;
    });
    const xrefOffset = offset;
    let xref = `xref\n0 ${this.objects.length + 1}\n0000000000 65535 f\r\n`;
    for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n\r\n`;
    xref += `trailer\n<< /Size ${this.objects.length + 1} ${trailer} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    parts.push(Buffer.from(xref, 'latin1'));
    return { bytes: Buffer.concat(parts), offsets, xrefOffset, size: this.objects.length + 1 };
  }
}

/** pdf-lib document with fixed metadata (pdf-lib writes no /ID, so nothing else varies). */
async function newPdfLib(title) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setAuthor('Gemeente Tiel');
  doc.setLanguage('nl-NL');
  doc.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  doc.setCreator('bundel scripts/make-corpus.js');
  doc.setCreationDate(FIXED.date);
  doc.setModificationDate(FIXED.date);
  return doc;
}

/** A standard-14 font dictionary registered in a pdf-lib context (for low-level pages). */
function standardFont(doc, baseFont) {
  return doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: baseFont, Encoding: 'WinAnsiEncoding' }));
}

/** A link annotation dict (low-level pdf-lib). */
function linkAnnot(doc, rect, extra) {
  return doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect.map((n) => round(n, 3)), Border: [0, 0, 0], ...extra }));
}

function addAnnots(page, refs) {
  page.node.set(PDFName.of('Annots'), page.doc.context.obj(refs));
}

// ---------------------------------------------------------------------------------------------
// Chromium (puppeteer page.pdf)
// ---------------------------------------------------------------------------------------------

const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', '--font-render-hinting=none'];

async function withChromium(fn) {
  const { default: puppeteer } = await import('puppeteer');
  const executablePath = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
  const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, env: CHILD_ENV });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

async function chromiumPdf(browser, html, options) {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    return Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true, ...options }));
  } finally {
    await page.close();
  }
}

const LOREM = [
  'Op 12 januari 2026 heeft uw raad gevraagd om een actueel overzicht van de herinrichting van het Stationsplein. Met deze brief informeren wij u over de voortgang, de planning voor het komende jaar en de financiële gevolgen van de aanvullende wensen uit de inspraakavonden.',
  'De eerste fase, het verleggen van de kabels en leidingen langs de Westluidensestraat, is in december afgerond. De aannemer heeft daarbij twee weken vertraging opgelopen door de vorst, maar die vertraging wordt in de tweede fase ingelopen doordat het fietsparkeren eerder wordt aangelegd dan gepland.',
  'Uit de inspraakavonden van november kwam een duidelijke wens naar meer groen en schaduw op het plein. Wij hebben het ontwerp daarop aangepast: er komen veertien extra bomen en een waterspeelplek voor kinderen. Het ontwerp blijft daarbij binnen de kaders die uw raad in 2025 heeft vastgesteld.',
  'De extra bomen en de waterspeelplek kosten samen ongeveer € 310.000. Wij stellen voor dit bedrag te dekken uit de reserve Binnenstad en uit de provinciale bijdrage voor klimaatadaptatie, waarvoor wij in februari een aanvraag indienen. De begroting van het project hoeft daardoor niet te worden verhoogd.',
  'Tijdens de werkzaamheden blijft het station bereikbaar voor voetgangers en fietsers. Voor bussen geldt vanaf 1 maart een tijdelijke halte aan de Spoorstraat. Reizigers en omwonenden worden hierover met een bewonersbrief en via de gemeentelijke website geïnformeerd.',
  'De tweede fase start in het voorjaar en omvat de aanleg van het fietsparkeren, de nieuwe bestrating en de verlichting. De oplevering van het gehele plein is voorzien in het najaar van 2027. Wij houden u met een volgende raadsinformatiebrief op de hoogte van de voortgang.',
];

/**
 * 1. The Chromium letter. Why: most appendices bundel meets are HTML printed by Chromium, and a
 * letter's own footer sits in the bottom few millimetres, exactly where bundel's footer band
 * goes; the body text runs down to the 10 mm margin. padTop shifts the letter down (see generate).
 */
function letterHtml(padTop = 0) {
  const paras = [];
  for (let i = 0; i < 3; i++) for (const p of LOREM) paras.push(`<p>${p}</p>`);
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Raadsinformatiebrief 2026-014</title><style>
@page {
  size: A4;
  margin: 20mm 20mm 10mm 25mm;
  /* The letter's own footer, in the bottom page margin: it sits ~4 mm above the bottom edge. */
  @bottom-center {
    content: "Gemeente Tiel · Raadsinformatiebrief 2026-014 · Pagina " counter(page) " van " counter(pages);
    font: 8pt 'DejaVu Sans'; color: #333; vertical-align: bottom; padding-bottom: 3mm;
  }
}
body { font: 10.5pt/1.45 'DejaVu Sans'; margin: 0; color: #111 }
.kop { font-size: 20pt; font-weight: bold; color: #1a4a7a; margin-bottom: 2mm; padding-top: ${round(padTop, 2)}pt }
.adres { font-size: 9pt; color: #444; margin-bottom: 8mm }
.meta td { padding: 0 6mm 1mm 0; font-size: 9.5pt }
p { margin: 4pt 0 0 0; text-align: justify }
.groet { margin-top: 6mm }
</style></head><body>
<div class="kop">Gemeente Tiel</div>
<div class="adres">Postbus 9999 · 4000 ZZ Tiel · www.tiel.example</div>
<p>Aan de gemeenteraad van Tiel</p>
<table class="meta"><tr><td>Datum</td><td>15 januari 2026</td></tr><tr><td>Onderwerp</td><td>Voortgang herinrichting Stationsplein</td></tr><tr><td>Kenmerk</td><td>RIB 2026-014</td></tr></table>
<p>Geachte leden van de raad,</p>
${paras.join('\n')}
<p class="groet">Met vriendelijke groet,<br>burgemeester en wethouders van Tiel,</p>
<p>de secretaris, mr. J. de Vries &nbsp;&nbsp;&nbsp; de burgemeester, drs. A. Jansen</p>
</body></html>`;
}

/**
 * 2. A tagged Chromium report with outline. Why: tags, the outline and named destinations
 * (Chromium's catalog /Dests dictionary) are what an accessible bundle must keep.
 */
function taggedHtml() {
  const rows = [
    ['Centrum', '42', '€ 118.500', '€ 96.200'],
    ['Tiel-Oost', '31', '€ 84.000', '€ 79.650'],
    ['Tiel-West', '27', '€ 71.250', '€ 70.100'],
    ['Passewaaij', '19', '€ 52.000', '€ 38.900'],
    ['Dorpen', '23', '€ 49.750', '€ 47.300'],
  ];
  const filler = (n) => Array.from({ length: n }, (_, i) => `<p>${LOREM[i % LOREM.length]}</p>`).join('\n');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Evaluatie Subsidieregeling Sport en Cultuur 2025</title><style>
@page { size: A4; margin: 20mm 20mm 20mm 22mm }
body { font: 10.5pt/1.45 'DejaVu Sans'; margin: 0 }
h1 { font-size: 18pt; color: #1a4a7a } h2 { font-size: 13pt; margin-top: 8mm }
section { break-before: page }
table { border-collapse: collapse; width: 100%; margin: 4mm 0 }
th, td { border: 0.5pt solid #777; padding: 1.5mm 2mm; text-align: left }
th { background: #e4e9f0 }
a { color: #0b4f9c }
</style></head><body>
<header><h1>Evaluatie Subsidieregeling Sport en Cultuur 2025</h1>
<p>Gemeente Tiel · afdeling Samenleving · 15 januari 2026</p></header>
<nav aria-label="Inhoud"><h2>Inhoud</h2>
<ol>
<li><a href="#sectie-2">Doelen en bereik</a></li>
<li><a href="#sectie-3">Financiën per wijk</a></li>
<li><a href="#sectie-4">Conclusies en aanbevelingen</a></li>
</ol></nav>
<p>In deze evaluatie kijken wij terug op het eerste jaar van de regeling. De cijfers per wijk staan in <a href="#sectie-3">de tabel in sectie 3</a>; de volledige tekst van de regeling staat op <a href="https://www.example.org/tiel/subsidieregeling-2025">de website met regelgeving</a>.</p>
${filler(3)}
<section id="sectie-2"><h2>2. Doelen en bereik</h2>
<p>De regeling had drie doelen:</p>
<ul><li>meer inwoners laten sporten en bewegen;</li><li>cultuur dichter bij huis brengen in de wijken en dorpen;</li><li>verenigingen ontlasten bij het aanvragen van subsidie.</li></ul>
${filler(4)}
</section>
<section id="sectie-3"><h2>3. Financiën per wijk</h2>
<p>De tabel geeft per wijk het aantal toegekende aanvragen, het beschikbare budget en de uitgaven.</p>
<table><caption>Toekenningen 2025</caption><thead><tr><th scope="col">Wijk</th><th scope="col">Aanvragen</th><th scope="col">Budget</th><th scope="col">Besteed</th></tr></thead>
<tbody>${rows.map((r) => `<tr><th scope="row">${r[0]}</th><td>${r[1]}</td><td>${r[2]}</td><td>${r[3]}</td></tr>`).join('')}</tbody></table>
<h3>3.1 Onderbesteding</h3>
${filler(2)}
</section>
<section id="sectie-4"><h2>4. Conclusies en aanbevelingen</h2>
${filler(2)}
<p>Terug naar <a href="#sectie-2">sectie 2</a>.</p>
</section>
</body></html>`;
}

// ---------------------------------------------------------------------------------------------
// LibreOffice (flat ODF -> PDF)
// ---------------------------------------------------------------------------------------------

const FODT_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0"
 xmlns:ooo="http://openoffice.org/2004/office"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">`;

const FODT_STYLES = `
 <office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-pitch="variable"/></office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-size="10.5pt" fo:language="nl" fo:country="NL"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold" fo:color="#1a4a7a"/></style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:class="index"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:class="index"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="17cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
  <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:class="index"><style:paragraph-properties fo:margin-left="0.5cm"><style:tab-stops><style:tab-stop style:position="16.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
  <style:style style:name="Header" style:family="paragraph" style:class="extra"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8pt" fo:color="#555555"/></style:style>
  <style:style style:name="Footer" style:family="paragraph" style:class="extra"><style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="8pt"/></style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:class="extra"/>
  <style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
 </office:styles>`;

const fodtPageLayout = (marginBottom) => `
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1cm" fo:margin-bottom="${marginBottom}" fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>`;

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * 3. The Writer notitie: header, footer "Pagina X van Y" at the bottom edge, a linked table of
 * contents. Why: the second big producer of council documents; its TOC links are explicit
 * destinations, and the tagged variant has LibreOffice's own structure tree.
 */
function writerFodt() {
  const toc = [
    { id: 'Toc1', level: 1, title: '1 Aanleiding', page: 2 },
    { id: 'Toc2', level: 1, title: '2 Woningbouwopgave per kern', page: 2 },
    { id: 'Toc3', level: 1, title: '3 Planning en financiën', page: 3 },
    { id: 'Toc4', level: 2, title: '3.1 Risico’s', page: 3 },
    { id: 'Toc5', level: 1, title: '4 Vervolg', page: 3 },
  ];
  const heading = (t, style) => `<text:h text:style-name="${style ?? (t.level === 1 ? 'Heading_20_1' : 'Heading_20_2')}" text:outline-level="${t.level}"><text:bookmark-start text:name="__RefHeading___${t.id}"/>${xml(t.title)}<text:bookmark-end text:name="__RefHeading___${t.id}"/></text:h>`;
  const p = (s) => `<text:p text:style-name="Standard">${xml(s)}</text:p>`;
  const [h1, h2, h3, h4, h5] = toc;
  const rows = [['Tiel', '1.150', '2026–2028'], ['Wadenoijen', '60', '2027'], ['Kapel-Avezaath', '85', '2027–2028'], ['Zennewijnen', '25', '2029'], ['Totaal', '1.320', '']];
  const table = `<table:table table:name="Kernen" table:style-name="Tbl">
   <table:table-column table:number-columns-repeated="3"/>
   <table:table-header-rows><table:table-row>${['Kern', 'Woningen', 'Start bouw'].map((c) => `<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="TblHead">${c}</text:p></table:table-cell>`).join('')}</table:table-row></table:table-header-rows>
   ${rows.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="Table_20_Contents">${xml(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('\n')}
  </table:table>`;
  return `${FODT_HEAD}
 <office:meta><dc:title>Notitie woningbouwprogramma 2026–2030</dc:title><dc:language>nl-NL</dc:language><meta:initial-creator>Gemeente Tiel</meta:initial-creator></office:meta>
 ${FODT_STYLES}
 <office:automatic-styles>
  <style:style style:name="PB1" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="margins" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
  <style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #777777"/></style:style>
  <style:style style:name="TblHead" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style>
  <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
  ${fodtPageLayout('0.6cm')}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">Gemeente Tiel · concept 15 januari 2026</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">Gemeente Tiel · Notitie woningbouwprogramma · Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>3</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:p text:style-name="Title">Notitie woningbouwprogramma 2026–2030</text:p>
  ${p('Deze notitie beschrijft de woningbouwopgave van de gemeente Tiel voor de komende vijf jaar en de keuzes die het college daarin aan de raad voorlegt.')}
  <text:table-of-content text:style-name="Sect1" text:protected="true" text:name="Inhoudsopgave1">
   <text:table-of-content-source text:outline-level="2">
    <text:index-title-template text:style-name="Contents_20_Heading">Inhoud</text:index-title-template>
    ${[1, 2].map((lvl) => `<text:table-of-content-entry-template text:outline-level="${lvl}" text:style-name="Contents_20_${lvl}"><text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>`).join('')}
   </text:table-of-content-source>
   <text:index-body>
    <text:index-title text:style-name="Sect1" text:name="Inhoudsopgave1_Head"><text:p text:style-name="Contents_20_Heading">Inhoud</text:p></text:index-title>
    ${toc.map((t) => `<text:p text:style-name="Contents_20_${t.level}"><text:a xlink:type="simple" xlink:href="#__RefHeading___${t.id}" text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">${xml(t.title)}<text:tab/>${t.page}</text:a></text:p>`).join('\n    ')}
   </text:index-body>
  </text:table-of-content>
  ${p('Bij deze notitie hoort het raadsvoorstel van 3 februari 2026. De cijfers zijn ontleend aan de woningmarktverkenning Rivierenland 2025.')}
  ${heading(h1, 'PB1')}
  ${LOREM.slice(0, 3).map(p).join('\n  ')}
  ${heading(h2)}
  ${p('De opgave verschilt sterk per kern:')}
  <text:list text:style-name="L1">
   <text:list-item><text:p text:style-name="Standard">in Tiel zelf ligt het accent op inbreiding rond het station;</text:p></text:list-item>
   <text:list-item><text:p text:style-name="Standard">in de dorpen gaat het om kleine plannen voor starters en senioren;</text:p></text:list-item>
   <text:list-item><text:p text:style-name="Standard">in alle kernen blijft een derde van de nieuwbouw sociale huur.</text:p></text:list-item>
  </text:list>
  ${LOREM.slice(3, 5).map(p).join('\n  ')}
  ${heading(h3, 'PB1')}
  ${p('De tabel geeft het aantal woningen per kern en het verwachte begin van de bouw.')}
  ${table}
  ${heading(h4)}
  ${p('De grootste risico’s zijn de netcongestie, de stikstofruimte en de bouwkosten. Het college stelt voor een risicoreserve van € 1,2 miljoen aan te houden.')}
  ${heading(h5)}
  ${p('Na besluitvorming in de raad werkt het college de plannen per kern uit. In het najaar van 2026 volgt een eerste voortgangsrapportage.')}
 </office:text></office:body>
</office:document>
`;
}

/**
 * 4. The Writer form: two text fields with values and a checked checkbox, exported as a PDF form.
 * Why: LibreOffice relies on /NeedAppearances; a merge that drops the flag (or the AcroForm)
 * makes the filled-in values invisible.
 */
function formFodt() {
  const label = (s) => `<text:span text:style-name="Lbl">${xml(s)}</text:span>`;
  return `${FODT_HEAD}
 <office:meta><dc:title>Aanmeldformulier inspraakavond Stationsplein</dc:title><dc:language>nl-NL</dc:language></office:meta>
 ${FODT_STYLES}
 <office:automatic-styles>
  <style:style style:name="gr1" style:family="graphic"><style:graphic-properties style:vertical-pos="middle" style:vertical-rel="text"/></style:style>
  <style:style style:name="Lbl" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Row" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm"><style:tab-stops><style:tab-stop style:position="5cm"/></style:tab-stops></style:paragraph-properties></style:style>
  ${fodtPageLayout('1.5cm')}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Footer">Gemeente Tiel · Aanmeldformulier inspraakavond · versie 2026-01</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <office:forms form:automatic-focus="false" form:apply-design-mode="false">
   <form:form form:name="Aanmelding" form:apply-filter="true" form:command-type="table" form:control-implementation="ooo:com.sun.star.form.component.Form">
    <form:text form:name="aanvrager" form:control-implementation="ooo:com.sun.star.form.component.TextField" xml:id="control1" form:id="control1" form:value="Alice" form:current-value="Alice"/>
    <form:text form:name="contactpersoon" form:control-implementation="ooo:com.sun.star.form.component.TextField" xml:id="control2" form:id="control2" form:value="Bob" form:current-value="Bob"/>
    <form:checkbox form:name="akkoord" form:control-implementation="ooo:com.sun.star.form.component.CheckBox" xml:id="control3" form:id="control3" form:label="Ik ga akkoord met de verwerking van mijn gegevens" form:current-state="checked" form:state="checked"/>
   </form:form>
  </office:forms>
  <text:p text:style-name="Title">Aanmeldformulier inspraakavond Stationsplein</text:p>
  <text:p text:style-name="Standard">Vul het formulier in en stuur het uiterlijk 1 maart 2026 terug aan de gemeente Tiel.</text:p>
  <text:p text:style-name="Row">${label('Naam aanvrager')}<text:tab/><draw:control text:anchor-type="as-char" draw:z-index="0" draw:style-name="gr1" svg:width="7cm" svg:height="0.7cm" draw:control="control1"/></text:p>
  <text:p text:style-name="Row">${label('Contactpersoon')}<text:tab/><draw:control text:anchor-type="as-char" draw:z-index="1" draw:style-name="gr1" svg:width="7cm" svg:height="0.7cm" draw:control="control2"/></text:p>
  <text:p text:style-name="Row"><draw:control text:anchor-type="as-char" draw:z-index="2" draw:style-name="gr1" svg:width="12cm" svg:height="0.6cm" draw:control="control3"/></text:p>
  <text:p text:style-name="Standard">De gegevens worden alleen gebruikt om u uit te nodigen voor de inspraakavond.</text:p>
 </office:text></office:body>
</office:document>
`;
}

function soffice(profile, outdir, filter, files) {
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, ...files], { cwd: outdir, timeout: 180_000 });
}

// ---------------------------------------------------------------------------------------------
// Ghostscript source: a two-page PostScript "print" of a committee report
// ---------------------------------------------------------------------------------------------

// 21. Why: "print to PDF" drivers and print servers produce Ghostscript output with its own
// object layout and subset Type 1 fonts; 12 (the scan) is also made with Ghostscript.

function ghostscriptSource() {
  const ps = (s) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
  const lines = [
    'De commissie Ruimte heeft op 8 januari 2026 gesproken over het bestemmingsplan',
    'Bedrijventerrein Medel, fase 3. De wethouder lichtte het plan toe en beantwoordde',
    'vragen over verkeer, geluid en de inpassing in het landschap langs de A15.',
    'Meerdere fracties vroegen om een scherpere eis voor groen op de kavels. De wethouder',
    'zegde toe dit voor de raadsvergadering uit te werken in een memo.',
    'De commissie adviseert het voorstel als bespreekstuk te agenderen.',
  ];
  let out = `%!PS-Adobe-3.0
%%Title: Verslag commissie Ruimte
%%Creator: Gemeente Tiel printserver
%%Pages: 2
%%BoundingBox: 0 0 595 842
%%EndComments
/latin1 { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding ISOLatin1Encoding def currentdict end definefont pop } def
/Helv /Helvetica latin1
/HelvB /Helvetica-Bold latin1
/Tim /Times-Roman latin1
[ /Title (Verslag commissie Ruimte 8 januari 2026) /Author (Gemeente Tiel) /Subject (Commissieverslag) /DOCINFO pdfmark
`;
  for (let page = 1; page <= 2; page++) {
    out += `%%Page: ${page} ${page}\n<< /PageSize [595 842] >> setpagedevice\n`;
    out += `/HelvB findfont 16 scalefont setfont 70 770 moveto ${ps(page === 1 ? 'Verslag commissie Ruimte' : 'Verslag commissie Ruimte (vervolg)')} show\n`;
    out += `0.5 setlinewidth 70 760 moveto 525 760 lineto stroke\n`;
    out += `/Tim findfont 11 scalefont setfont\n`;
    let y = 730;
    for (let k = 0; k < (page === 1 ? 7 : 3); k++) {
      for (const l of lines) {
        out += `70 ${y} moveto ${ps(l)} show\n`;
        y -= 14;
      }
      y -= 8;
    }
    if (page === 2) {
      out += `/HelvB findfont 10 scalefont setfont 70 ${y - 10} moveto (Besluitenlijst) show\n`;
      out += `0.9 setgray 70 ${y - 80} 455 60 rectfill 0 setgray 70 ${y - 80} 455 60 rectstroke\n`;
      out += `/Helv findfont 10 scalefont setfont 80 ${y - 40} moveto ${ps('1. Het verslag van 4 december 2025 wordt ongewijzigd vastgesteld.')} show\n`;
      out += `80 ${y - 60} moveto ${ps('2. Het bestemmingsplan gaat als bespreekstuk naar de raad van 28 januari.')} show\n`;
    }
    out += `/Helv findfont 8 scalefont setfont 70 28 moveto ${ps(`Gemeente Tiel · Verslag commissie Ruimte · pagina ${page} van 2`)} show\n`;
    out += 'showpage\n';
  }
  out += '%%EOF\n';
  return Buffer.from(out, 'latin1');
}

// ---------------------------------------------------------------------------------------------
// Hand-written and pdf-lib cases
// ---------------------------------------------------------------------------------------------

/**
 * 5. An AcroForm written by pdf-lib, with appearance streams pdf-lib draws itself.
 * Why: forms made by small web tools look like this; after merging, every widget must still sit
 * on its own box and show its value without NeedAppearances (one field sits right above the
 * bottom edge, where bundel puts its footer band).
 */
async function makePdflibForm() {
  const doc = await newPdfLib('Subsidieaanvraag buurtinitiatief');
  const helv = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage(A4);
  page.drawText('Subsidieaanvraag buurtinitiatief', { x: 56, y: 770, size: 18, font: bold, color: rgb(0.1, 0.29, 0.48) });
  page.drawText('Gemeente Tiel · Team Wijken', { x: 56, y: 750, size: 10, font: helv });
  const form = doc.getForm();
  page.drawText('Naam', { x: 56, y: 706, size: 11, font: bold });
  const naam = form.createTextField('Naam');
  naam.setText('foobar');
  naam.addToPage(page, { x: 170, y: 698, width: 250, height: 22, font: helv });
  page.drawText('Kern', { x: 56, y: 656, size: 11, font: bold });
  const kern = form.createDropdown('Kern');
  kern.addOptions(['Tiel', 'Wadenoijen', 'Kapel-Avezaath', 'Zennewijnen']);
  kern.select('Wadenoijen');
  kern.addToPage(page, { x: 170, y: 648, width: 180, height: 22, font: helv });
  page.drawText('Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.', { x: 80, y: 612, size: 10, font: helv });
  const akkoord = form.createCheckBox('Akkoord');
  akkoord.addToPage(page, { x: 56, y: 608, width: 14, height: 14 });
  akkoord.check();
  // A field right above the bottom edge: it must not end up under (or shifted by) the bundle footer.
  page.drawText('Datum', { x: 56, y: 44, size: 10, font: bold });
  const datum = form.createTextField('Datum');
  datum.setText('15-01-2026');
  datum.addToPage(page, { x: 170, y: 36, width: 120, height: 20, font: helv });
  page.drawText('Formulier SUB-07 · pagina 1 van 1', { x: 400, y: 20, size: 8, font: helv });
  form.updateFieldAppearances(helv);
  return Buffer.from(await doc.save());
}

/**
 * 6. One page whose /Contents is an array of three streams, split mid-object (legal, and nasty).
 * Why: a merger that wraps or appends per stream instead of treating the array as one content
 * stream breaks the page; many scanners and editors write /Contents arrays.
 */
async function makeArrayContents() {
  const doc = await newPdfLib('Overzicht vergaderdata 2026');
  const page = doc.addPage(A4);
  const ctx = doc.context;
  page.node.set(PDFName.of('Resources'), ctx.obj({ Font: { F1: standardFont(doc, 'Helvetica'), F2: standardFont(doc, 'Helvetica-Bold') } }));
  const dates = ['28 januari', '25 februari', '1 april', '20 mei', '1 juli', '30 september', '11 november', '16 december'];
  // Stream 1 opens a q and a BT that stream 2 closes: the array is ONE content stream, split.
  let s1 = 'q 0.92 0.94 0.97 rg 0 0 595.28 70 re f\n0 0 0 rg BT /F2 18 Tf 56 770 Td ';
  let s2 = `${pdfString('Overzicht vergaderdata 2026')} Tj ET\n`;
  dates.forEach((d, i) => (s2 += textOp(`Raadsvergadering ${i + 1}: ${d} 2026, 19.30 uur, raadzaal`, 56, 730 - i * 18, 11)));
  s2 += 'Q\n';
  const s3 = textOp('Gemeente Tiel · Griffie · vergaderschema 2026 · stand 15 januari 2026', 56, 24, 9) + textOp('Wijzigingen voorbehouden.', 56, 12, 7);
  const refs = [ctx.register(ctx.flateStream(s1)), ctx.register(ctx.stream(s2)), ctx.register(ctx.flateStream(s3))];
  page.node.set(PDFName.of('Contents'), ctx.obj(refs));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/**
 * 7. Hand-written: /Resources and /MediaBox only on the /Pages node, inherited by both pages.
 * Why: copying a page into another document loses inherited attributes unless they are
 * resolved first; the page would then have no size and no fonts.
 */
function makeInherited() {
  const pdf = new RawPdf('1.4');
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>');
  pdf.add('<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 7 0 R /F2 8 0 R >> /ProcSet [/PDF /Text] >> >>');
  const pageBody = (n) => {
    let c = textOp(n === 1 ? 'Memo: geërfde paginaeigenschappen' : 'Memo (vervolg)', 56, 770, 16, 'F2');
    for (let i = 0; i < 8; i++) c += textOp(`Regel ${i + 1}: deze pagina heeft geen eigen /Resources en /MediaBox; ze erft die van /Pages.`, 56, 730 - i * 16, 10);
    c += textOp(`Gemeente Tiel · Memo 2026-03 · Pagina ${n} van 2`, 56, 22, 8);
    return c;
  };
  pdf.add('<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>');
  pdf.add(RawPdf.stream('', pageBody(1)));
  pdf.add('<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>');
  pdf.add(RawPdf.stream('', pageBody(2)));
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  pdf.add(`<< /Producer ${pdfString(HAND_PRODUCER)} /CreationDate (D:${FIXED.pdf}Z) >>`);
  return pdf.build('/Root 1 0 R /Info 9 0 R').bytes;
}

/**
 * 8. MediaBox [0 0 700 900] with an A4 CropBox offset from the origin; text outside the crop must stay hidden.
 * Why: print shops and DTP exports crop like this; a footer placed at y = 0 or sized from the
 * MediaBox lands outside the visible page, and link rects must move with the page.
 */
async function makeCropboxOffset() {
  const doc = await newPdfLib('Afgesneden pagina');
  const ctx = doc.context;
  const page = doc.addPage([700, 900]);
  page.node.set(PDFName.of('CropBox'), ctx.obj([50, 40, 645, 882]));
  page.node.set(PDFName.of('Resources'), ctx.obj({ Font: { F1: standardFont(doc, 'Helvetica'), F2: standardFont(doc, 'Helvetica-Bold') } }));
  let c = textOp('Drukproef met afsnijkader', 90, 830, 18, 'F2');
  c += textOp('De MediaBox is 700 x 900 punten; de CropBox [50 40 645 882] is A4 en ligt niet op de oorsprong.', 90, 800, 10);
  c += textOp('Meer informatie staat in het drukwerkprotocol van de gemeente.', 90, 780, 10);
  c += textOp('BUITEN AFSNIJKADER', 4, 10, 8); // outside the crop box: must not be visible anywhere
  c += textOp('BUITEN AFSNIJKADER', 652, 450, 8);
  c += textOp('Gemeente Tiel · Drukproef · onderkant van het afsnijkader', 90, 52, 9);
  const ref = ctx.register(ctx.flateStream(c));
  page.node.set(PDFName.of('Contents'), ref);
  const before = 'Meer informatie staat in het ';
  const x = 90 + widthOf(before, 10);
  const w = widthOf('drukwerkprotocol', 10);
  addAnnots(page, [linkAnnot(doc, [x, 777, x + w, 791], { A: { S: 'URI', URI: PDFString.of('https://www.example.org/tiel/drukwerkprotocol') } })]);
  return Buffer.from(await doc.save());
}

/** Matrix from "display space" (bottom-left of the page as shown, after /Rotate) to user space. */
function displayMatrix(rotate, W, H) {
  switch (rotate) {
    case 90: return [0, 1, -1, 0, W, 0];
    case 180: return [-1, 0, 0, -1, W, H];
    case 270: return [0, -1, 1, 0, 0, H];
    default: return [1, 0, 0, 1, 0, 0];
  }
}
const applyM = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
function rectToUser(m, [x1, y1, x2, y2]) {
  const pts = [applyM(m, x1, y1), applyM(m, x2, y2), applyM(m, x1, y2), applyM(m, x2, y1)];
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * 9. Four portrait A4 pages with /Rotate 0, 90, 180, 270; text drawn upright as displayed.
 * Why: "the bottom" of a rotated page is a different edge of its MediaBox; bundel's footer and
 * the link rects must follow the displayed orientation.
 */
async function makeRotated() {
  const doc = await newPdfLib('Gedraaide pagina’s');
  const ctx = doc.context;
  const [W, H] = A4;
  const fonts = { F1: standardFont(doc, 'Helvetica'), F2: standardFont(doc, 'Helvetica-Bold') };
  const pages = [];
  for (const rotate of [0, 90, 180, 270]) {
    const page = doc.addPage([W, H]);
    pages.push(page);
    page.node.set(PDFName.of('Rotate'), PDFNumber.of(rotate));
    page.node.set(PDFName.of('Resources'), ctx.obj({ Font: fonts }));
  }
  for (const [i, rotate] of [0, 90, 180, 270].entries()) {
    const page = pages[i];
    const m = displayMatrix(rotate, W, H);
    const dw = rotate % 180 ? H : W;
    const dh = rotate % 180 ? W : H;
    let c = `q ${m.join(' ')} cm\n`;
    c += textOp(`Pagina met /Rotate ${rotate}`, 56, dh - 70, 18, 'F2');
    c += textOp(`Weergegeven als ${round(dw)} x ${round(dh)} punten (${rotate % 180 ? 'liggend' : 'staand'}).`, 56, dh - 100, 11);
    const linkLead = 'Zie ook: ';
    const linkText = rotate % 180 ? 'terug naar de eerste pagina' : `toelichting rotatie ${rotate}`;
    c += textOp(linkLead + linkText, 56, dh - 130, 11);
    c += textOp(`Gemeente Tiel · Gedraaide bijlage · Pagina ${i + 1} van 4 · onderaan zoals weergegeven`, 56, 20, 9);
    c += 'Q\n';
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(c)));
    const x = 56 + widthOf(linkLead, 11);
    const rect = rectToUser(m, [x, dh - 133, x + widthOf(linkText, 11), dh - 119]);
    const action = rotate % 180
      ? { Dest: [pages[0].ref, 'XYZ', 0, H, null] }
      : { A: { S: 'URI', URI: PDFString.of(`https://www.example.org/tiel/rotatie-${rotate}`) } };
    addAnnots(page, [linkAnnot(doc, rect, action)]);
  }
  return Buffer.from(await doc.save());
}

/** Draws a simple page with a title, some lines and a bottom line (pdf-lib high-level). */
function simplePage(doc, fonts, size, title, lines, footer) {
  const page = doc.addPage(size);
  const [w, h] = size;
  page.drawText(title, { x: 50, y: h - 60, size: 16, font: fonts.bold });
  lines.forEach((l, i) => page.drawText(l, { x: 50, y: h - 90 - i * 15, size: 10, font: fonts.regular }));
  page.drawText(footer, { x: 50, y: 18, size: 8, font: fonts.regular });
  page.drawLine({ start: { x: 50, y: 30 }, end: { x: w - 50, y: 30 }, thickness: 0.5, color: rgb(0.5, 0.5, 0.5) });
  return page;
}

/**
 * 10. A landscape A4 page and an A3 fold-out (landscape MediaBoxes, no /Rotate).
 * Why: maps and plannings are delivered like this; the footer must scale/position per page size.
 */
async function makeLandscapeA3() {
  const doc = await newPdfLib('Planning en fold-out kaart');
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  simplePage(doc, fonts, [842, 595], 'Planning herinrichting (liggend A4)', ['Fase 1: kabels en leidingen, tot en met december 2025.', 'Fase 2: fietsparkeren en bestrating, voorjaar 2026 tot zomer 2027.', 'Fase 3: verlichting, groen en oplevering, najaar 2027.'], 'Gemeente Tiel · Planning Stationsplein · Pagina 1 van 2 · liggend A4 (842 x 595)');
  const a3 = simplePage(doc, fonts, [1191, 842], 'Fold-out: overzichtskaart Stationsplein (A3 liggend)', ['Legenda: 1 fietsenstalling, 2 busstation, 3 waterspeelplek, 4 bomenrij.'], 'Gemeente Tiel · Overzichtskaart · Pagina 2 van 2 · A3 liggend (1191 x 842)');
  // A schematic "map": a grid of blocks with labels across the whole width.
  for (let i = 0; i < 6; i++) {
    a3.drawRectangle({ x: 60 + i * 180, y: 250, width: 160, height: 380, borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 1, color: rgb(0.85 + (i % 2) * 0.07, 0.9, 0.85) });
    a3.drawText(`Vak ${i + 1}`, { x: 70 + i * 180, y: 600, size: 12, font: fonts.bold });
  }
  return Buffer.from(await doc.save());
}

/**
 * 11. Letter, A4, A5 and Legal in one file.
 * Why: appendices from other organisations (and from US software defaults) mix paper sizes.
 */
async function makeMixedSizes() {
  const doc = await newPdfLib('Bijlagen van verschillend formaat');
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const sizes = [['Letter', [612, 792]], ['A4', A4], ['A5', [419.53, 595.28]], ['Legal', [612, 1008]]];
  sizes.forEach(([name, size], i) =>
    simplePage(doc, fonts, size, `Formaat ${name}`, [`Deze pagina is ${size[0]} x ${size[1]} punten.`, 'Een aangeleverde bijlage met een afwijkend papierformaat.'], `Gemeente Tiel · Formaten · Pagina ${i + 1} van 4 · ${name}`));
  return Buffer.from(await doc.save());
}

/**
 * 13/14 source: a one-page pdf-lib document that qpdf then encrypts.
 * Why encrypted files: owner-password PDFs (restrictions only) are common and must merge;
 * user-password PDFs cannot be read and must be refused with a clear message.
 */
async function makeEncryptionSource(title, lines, footer) {
  const doc = await newPdfLib(title);
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const page = simplePage(doc, fonts, A4, title, lines, footer);
  page.drawText('Contact', { x: 50, y: 600, size: 10, font: fonts.regular, color: rgb(0.04, 0.31, 0.61) });
  addAnnots(page, [linkAnnot(doc, [50, 597, 50 + widthOf('Contact', 10), 610], { A: { S: 'URI', URI: PDFString.of('https://www.example.org/tiel/contact') } })]);
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/**
 * 15. Hand-written PDF plus a hand-appended second revision that replaces page 1.
 * Why: signed or re-edited PDFs carry incremental updates; a reader that takes the first
 * revision's objects shows the superseded concept text.
 */
function makeIncremental() {
  const pdf = new RawPdf('1.4');
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  pdf.add('<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>'); // 2
  const res = '/Resources << /Font << /F1 7 0 R /F2 8 0 R >> >>';
  pdf.add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] ${res} /Contents 4 0 R >>`); // 3
  pdf.add(RawPdf.stream('', textOp('Besluitenlijst CONCEPT versie 1', 56, 770, 18, 'F2') + textOp('Deze tekst is vervangen in de tweede revisie en mag niet zichtbaar zijn.', 56, 740, 11) + textOp('Gemeente Tiel · Besluitenlijst · concept versie 1 · Pagina 1 van 2', 56, 22, 8))); // 4
  pdf.add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] ${res} /Contents 6 0 R >>`); // 5
  pdf.add(RawPdf.stream('', textOp('Bijlage bij de besluitenlijst', 56, 770, 16, 'F2') + textOp('Deze pagina is in beide revisies gelijk.', 56, 740, 11) + textOp('Gemeente Tiel · Besluitenlijst · Pagina 2 van 2', 56, 22, 8))); // 6
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'); // 7
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'); // 8
  pdf.add(`<< /Producer ${pdfString(HAND_PRODUCER)} /Title (Besluitenlijst) /CreationDate (D:${FIXED.pdf}Z) >>`); // 9
  const id = `[<${fixedHex('incremental-id', 32, true)}> <${fixedHex('incremental-id', 32, true)}>]`;
  const base = pdf.build(`/Root 1 0 R /Info 9 0 R /ID ${id}`);
  // Revision 2: object 3 (page 1) is redefined with new content object 10; /Info is updated.
  const rev = [
    [3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] ${res} /Contents 10 0 R >>`],
    [9, `<< /Producer ${pdfString(HAND_PRODUCER)} /Title (Besluitenlijst) /CreationDate (D:${FIXED.pdf}Z) /ModDate (D:${FIXED.pdf}Z) >>`],
    [10, RawPdf.stream('', textOp('Besluitenlijst DEFINITIEF versie 2', 56, 770, 18, 'F2') + textOp('Vastgesteld in de vergadering van 28 januari 2026.', 56, 740, 11) + textOp('Gemeente Tiel · Besluitenlijst · definitief versie 2 · Pagina 1 van 2', 56, 22, 8))],
  ];
  const parts = [base.bytes];
  let offset = base.bytes.length;
  const offsets = new Map();
  for (const [num, body] of rev) {
    const chunk = Buffer.concat([Buffer.from(`${num} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    offsets.set(num, offset);
    parts.push(chunk);
    offset += chunk.length;
  }
  const entry = (num) => `${String(offsets.get(num)).padStart(10, '0')} 00000 n\r\n`;
  const xref = `xref\n0 1\n0000000000 65535 f\r\n3 1\n${entry(3)}9 2\n${entry(9)}${entry(10)}trailer\n<< /Size 11 /Root 1 0 R /Info 9 0 R /ID ${id} /Prev ${base.xrefOffset} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/**
 * 16. Outline and internal links: named destinations (a two-level /Names /Dests tree) and explicit ones.
 * Why: after merging, named destinations must be carried over (or rewritten) and explicit ones
 * must point at the copied pages, not at the source document's page objects.
 */
async function makeOutlineLinks() {
  const doc = await newPdfLib('Jaarverslag Rekenkamer 2025');
  const ctx = doc.context;
  const fonts = { F1: standardFont(doc, 'Helvetica'), F2: standardFont(doc, 'Helvetica-Bold') };
  const chapters = ['Voorwoord', 'Onderzoek naar jeugdzorg', 'Onderzoek naar grondbeleid', 'Doorwerking van aanbevelingen', 'Financiële verantwoording', 'Vooruitblik 2026'];
  const pages = [];
  const total = chapters.length + 1;
  const first = doc.addPage(A4);
  pages.push(first);
  for (let i = 0; i < chapters.length; i++) pages.push(doc.addPage(A4));
  for (const p of pages) p.node.set(PDFName.of('Resources'), ctx.obj({ Font: fonts }));
  const [, H] = A4;
  // Page 1: a table of contents; each line is a link of a different kind.
  const kinds = ['named /Dest', 'explicit /Dest', 'named /GoTo', 'explicit /GoTo', 'named /Dest', 'explicit /Dest'];
  let c = textOp('Jaarverslag Rekenkamer 2025', 56, 770, 20, 'F2') + textOp('Inhoud', 56, 730, 13, 'F2');
  const annots = [];
  chapters.forEach((ch, i) => {
    const y = 700 - i * 22;
    const label = `${i + 1}. ${ch}`;
    c += textOp(label, 56, y, 11) + textOp(`pagina ${i + 2}`, 460, y, 11);
    const name = `hoofdstuk-${i + 1}`;
    const explicit = [pages[i + 1].ref, 'XYZ', 0, H, null];
    let entry;
    if (kinds[i] === 'named /Dest') entry = { Dest: PDFString.of(name) };
    else if (kinds[i] === 'explicit /Dest') entry = { Dest: explicit };
    else if (kinds[i] === 'named /GoTo') entry = { A: { S: 'GoTo', D: PDFString.of(name) } };
    else entry = { A: { S: 'GoTo', D: [pages[i + 1].ref, 'Fit'] } };
    annots.push(linkAnnot(doc, [54, y - 3, 56 + widthOf(label, 11) + 2, y + 11], entry));
  });
  c += textOp('Gemeente Tiel · Rekenkamer · Jaarverslag 2025 · Pagina 1 van 7', 56, 22, 8);
  first.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(c)));
  addAnnots(first, annots);
  chapters.forEach((ch, i) => {
    const page = pages[i + 1];
    let pc = textOp(`${i + 1}. ${ch}`, 56, 770, 16, 'F2');
    for (let k = 0; k < 6; k++) pc += textOp(LOREM[(i + k) % LOREM.length].slice(0, 95), 56, 740 - k * 16, 9.5);
    pc += textOp('Terug naar de inhoud', 56, 600, 10);
    pc += textOp(`Gemeente Tiel · Rekenkamer · Jaarverslag 2025 · Pagina ${i + 2} van ${total}`, 56, 22, 8);
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.flateStream(pc)));
    addAnnots(page, [linkAnnot(doc, [54, 597, 58 + widthOf('Terug naar de inhoud', 10), 611], { Dest: PDFString.of('inhoud') })]);
  });
  // /Names /Dests as a two-level name tree (root with /Kids, leaves with /Limits), sorted by name.
  const destEntries = [['hoofdstuk-1', 1], ['hoofdstuk-2', 2], ['hoofdstuk-3', 3], ['hoofdstuk-4', 4], ['hoofdstuk-5', 5], ['hoofdstuk-6', 6], ['inhoud', 0]]
    .map(([n, p]) => [n, [pages[p].ref, 'XYZ', 0, H, null]]);
  const leaf = (entries) => ctx.register(ctx.obj({ Limits: [PDFString.of(entries[0][0]), PDFString.of(entries.at(-1)[0])], Names: entries.flatMap(([n, d]) => [PDFString.of(n), ctx.obj(d)]) }));
  const destTree = ctx.register(ctx.obj({ Kids: [leaf(destEntries.slice(0, 4)), leaf(destEntries.slice(4))] }));
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ Dests: destTree }));
  // Outline: one item per chapter (alternating named/explicit), chapter 2 with two children.
  const outlineRoot = ctx.nextRef();
  const itemRefs = chapters.map(() => ctx.nextRef());
  const childRefs = [ctx.nextRef(), ctx.nextRef()];
  chapters.forEach((ch, i) => {
    const dict = { Title: PDFHexString.fromText(`${i + 1}. ${ch}`), Parent: outlineRoot };
    dict.Dest = i % 2 ? ctx.obj([pages[i + 1].ref, 'Fit']) : PDFString.of(`hoofdstuk-${i + 1}`);
    if (i > 0) dict.Prev = itemRefs[i - 1];
    if (i < chapters.length - 1) dict.Next = itemRefs[i + 1];
    if (i === 1) Object.assign(dict, { First: childRefs[0], Last: childRefs[1], Count: 2 });
    ctx.assign(itemRefs[i], ctx.obj(dict));
  });
  ctx.assign(childRefs[0], ctx.obj({ Title: PDFHexString.fromText('2.1 Aanpak'), Parent: itemRefs[1], Next: childRefs[1], Dest: ctx.obj([pages[2].ref, 'XYZ', 0, 700, null]) }));
  ctx.assign(childRefs[1], ctx.obj({ Title: PDFHexString.fromText('2.2 Bevindingen'), Parent: itemRefs[1], Prev: childRefs[0], A: { S: 'GoTo', D: PDFString.of('hoofdstuk-2') } }));
  ctx.assign(outlineRoot, ctx.obj({ Type: 'Outlines', First: itemRefs[0], Last: itemRefs.at(-1), Count: chapters.length + 2 }));
  doc.catalog.set(PDFName.of('Outlines'), outlineRoot);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return Buffer.from(await doc.save());
}

/**
 * 17. Hand-written content streams that leave the graphics state unbalanced.
 * Why: real producers do this; anything bundel appends to such a page (its footer) is scaled,
 * recoloured or swallowed into a text object unless the original content is isolated.
 */
function makeUnbalancedState() {
  const pdf = new RawPdf('1.4');
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  pdf.add('<< /Type /Pages /Kids [3 0 R 5 0 R 7 0 R] /Count 3 >>'); // 2
  const res = '/MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 9 0 R /F2 10 0 R >> >>';
  // Page 1: ends inside an unclosed q after scaling to 1/10: anything appended lands at 10% size near the origin.
  const c1 = textOp('Pagina 1: eindigt met een open q na 0.1 0 0 0.1 0 0 cm', 56, 770, 14, 'F2') +
    textOp('Alles wat hierna aan de inhoud wordt toegevoegd, erft de schaal van 1/10.', 56, 745, 10) +
    'q 0.1 0 0 0.1 0 0 cm\n' +
    'BT /F1 90 Tf 560 220 Td (Gemeente Tiel \\267 Onderaan binnen de open q \\267 Pagina 1 van 3) Tj ET\n' +
    '0.6 0 0 RG 20 w 560 400 m 5400 400 l S\n';
  // Page 2: ends inside a text object (BT ... Tm ... Tj, no ET), and leaves the fill colour red.
  const c2 = textOp('Pagina 2: eindigt binnen een tekstobject (BT zonder ET)', 56, 770, 14, 'F2') +
    '0.8 0 0 rg\n' +
    'BT /F1 9 Tf 1 0 0 1 56 34 Tm (De tekstmatrix is verplaatst en de vulkleur is rood gebleven.) Tj\n' +
    '0 -12 Td (Gemeente Tiel \\267 Onderaan in een open BT \\267 Pagina 2 van 3) Tj\n';
  // Page 3: starts with a Q that has no matching q (more Q than q).
  const c3 = 'Q\n' + textOp('Pagina 3: begint met een Q zonder bijbehorende q', 56, 770, 14, 'F2') +
    textOp('Een strikte lezer meldt hier een fout; de meeste viewers negeren de extra Q.', 56, 745, 10) +
    textOp('Gemeente Tiel \u00b7 Onderaan na een extra Q \u00b7 Pagina 3 van 3', 56, 22, 9);
  pdf.add(`<< /Type /Page /Parent 2 0 R ${res} /Contents 4 0 R >>`); // 3
  pdf.add(RawPdf.stream('', c1)); // 4
  pdf.add(`<< /Type /Page /Parent 2 0 R ${res} /Contents 6 0 R >>`); // 5
  pdf.add(RawPdf.stream('', c2)); // 6
  pdf.add(`<< /Type /Page /Parent 2 0 R ${res} /Contents 8 0 R >>`); // 7
  pdf.add(RawPdf.stream('', c3)); // 8
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'); // 9
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'); // 10
  pdf.add(`<< /Producer ${pdfString(HAND_PRODUCER)} /Title (Onevenwichtige grafische toestand) >>`); // 11
  return pdf.build('/Root 1 0 R /Info 11 0 R').bytes;
}

/**
 * 18. An empty MediaBox, a 9.4 pt strip and one normal page.
 * Why: broken exports and "cut" scans produce such pages; the merge must not divide by zero,
 * crash or draw a footer larger than the page.
 */
async function makeDegenerateBoxes() {
  const doc = await newPdfLib('Ontaarde paginaformaten');
  const ctx = doc.context;
  const fonts = { F1: standardFont(doc, 'Helvetica') };
  const specs = [
    { box: [0, 0, 0, 0], content: textOp('Pagina met MediaBox [0 0 0 0]', 10, 10, 8) },
    { box: [0, 0, 595.28, 9.4], content: textOp('Strook van 9,4 punt hoog', 10, 2, 6) },
    { box: [0, 0, ...A4], content: textOp('Gewone A4-pagina na twee ontaarde pagina’s', 56, 770, 14) + textOp('Gemeente Tiel · Ontaarde formaten · Pagina 3 van 3', 56, 22, 8) },
  ];
  for (const s of specs) {
    const page = doc.addPage(A4);
    page.node.set(PDFName.of('MediaBox'), ctx.obj(s.box));
    page.node.set(PDFName.of('Resources'), ctx.obj({ Font: fonts }));
    page.node.set(PDFName.of('Contents'), ctx.register(ctx.stream(s.content)));
  }
  return Buffer.from(await doc.save());
}

/**
 * 19. Hand-written PDF whose xref offsets all point 3 bytes too far; readers must rebuild the xref.
 * Why: files damaged in transfer or by sloppy editors open fine in viewers, so users expect
 * bundel to accept them too (pdf-lib parses objects sequentially and ignores the offsets).
 */
function makeDamagedXref() {
  const pdf = new RawPdf('1.4');
  pdf.add('<< /Type /Catalog /Pages 2 0 R >>');
  pdf.add('<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>');
  const res = '/MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 7 0 R >> >>';
  pdf.add(`<< /Type /Page /Parent 2 0 R ${res} /Contents 4 0 R >>`);
  pdf.add(RawPdf.stream('', textOp('Beschadigde kruisverwijzingstabel', 56, 770, 16) + textOp('Alle offsets in de tabel wijzen drie bytes te ver; lezers moeten de tabel herstellen.', 56, 745, 10) + textOp('Gemeente Tiel · Herstelde bijlage · Pagina 1 van 2', 56, 22, 8)));
  pdf.add(`<< /Type /Page /Parent 2 0 R ${res} /Contents 6 0 R >>`);
  pdf.add(RawPdf.stream('', textOp('Tweede pagina van het beschadigde bestand', 56, 770, 16) + textOp('Gemeente Tiel · Herstelde bijlage · Pagina 2 van 2', 56, 22, 8)));
  pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pdf.add(`<< /Producer ${pdfString(HAND_PRODUCER)} /Title (Beschadigde kruisverwijzingen) >>`);
  // Note: no object may contain the word "x-r-e-f": pdf.js's repair (indexObjects) takes it for a
  // cross-reference table inside an object and then loses the objects after it.
  const built = pdf.build('/Root 1 0 R /Info 8 0 R');
  let s = built.bytes.toString('latin1');
  const head = s.slice(0, built.xrefOffset);
  const tail = s.slice(built.xrefOffset).replace(/^(\d{10}) 00000 n/gm, (_, o) => `${String(Number(o) + 3).padStart(10, '0')} 00000 n`);
  s = head + tail;
  return Buffer.from(s, 'latin1');
}

/**
 * 20. Active content, each kind on its own, next to three harmless links that must be kept.
 * Why: a meeting bundle is published; scripts, launch actions, attachments, submit actions and
 * remote go-tos from an appendix must not survive into it, while ordinary links must.
 * Returns the bytes and the list of what is where (for the manifest).
 */
function makeHostile() {
  const pdf = new RawPdf('1.7');
  const catalog = pdf.reserve(); // 1
  const pagesObj = pdf.reserve(); // 2
  const page1 = pdf.reserve(); // 3
  const page2 = pdf.reserve(); // 4
  const font = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const fontB = pdf.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const res = `/Resources << /Font << /F1 ${font} 0 R /F2 ${fontB} 0 R >> >>`;
  const items = [];
  const annots = { 1: [], 2: [] };
  const lines = { 1: [], 2: [] };
  const place = (pageNo, label, kind, active, dict, extra = {}) => {
    const y = 700 - lines[pageNo].length * 30;
    lines[pageNo].push({ label, y });
    const rect = [56, y - 4, round(58 + widthOf(label, 11)), y + 12];
    const num = pdf.add(dict.replace('RECT', `[${rect.join(' ')}]`));
    annots[pageNo].push(num);
    items.push({ page: pageNo, kind, active, rect, text: label, ...extra });
  };
  const js = (code) => `<< /S /JavaScript /JS ${pdfString(code)} >>`;
  // Page 1
  place(1, 'Link met JavaScript-actie', 'Link /S /JavaScript', true, `<< /Type /Annot /Subtype /Link /Rect RECT /Border [0 0 0] /A ${js("app.alert('Link met script');")} >>`);
  place(1, 'Link die evil.exe start', 'Link /S /Launch', true, '<< /Type /Annot /Subtype /Link /Rect RECT /Border [0 0 0] /A << /S /Launch /F (evil.exe) /Win << /F (evil.exe) /P (/c) >> /NewWindow true >> >>');
  place(1, 'Gemeentelijke regelgeving (https)', 'Link /S /URI https', false, '<< /Type /Annot /Subtype /Link /Rect RECT /Border [0 0 0] /A << /S /URI /URI (https://www.example.org/tiel/regelgeving) >> >>', { url: 'https://www.example.org/tiel/regelgeving' });
  place(1, 'Mail de griffie', 'Link /S /URI mailto', false, '<< /Type /Annot /Subtype /Link /Rect RECT /Border [0 0 0] /A << /S /URI /URI (mailto:griffie@tiel.example) >> >>', { url: 'mailto:griffie@tiel.example' });
  place(1, 'Naar pagina 2 (intern)', 'Link /S /GoTo', false, `<< /Type /Annot /Subtype /Link /Rect RECT /Border [0 0 0] /A << /S /GoTo /D [${page2} 0 R /XYZ 0 841.89 null] >> >>`, { toPage: 2 });
  // Page 2
  const attText = 'Dit is een bijlage in een bijlage (annotatie).\n';
  const attachment = pdf.add(RawPdf.stream(`/Type /EmbeddedFile /Subtype /text#2Fplain /Params << /Size ${attText.length} >>`, attText));
  const attSpec = pdf.add(`<< /Type /Filespec /F (notitie.txt) /UF (notitie.txt) /EF << /F ${attachment} 0 R >> >>`);
  place(2, 'Bijlage als annotatie (paperclip)', 'FileAttachment annotation', true, `<< /Type /Annot /Subtype /FileAttachment /Rect RECT /Name /PushPin /Contents (notitie.txt) /FS ${attSpec} 0 R >>`);
  const widget = pdf.reserve();
  lines[2].push({ label: 'Bedrag (veld met toetsscript):', y: 700 - lines[2].length * 30 });
  const wy = lines[2].at(-1).y;
  const wrect = [230, wy - 5, 380, wy + 14];
  const wap = pdf.add(RawPdf.stream(`/Type /XObject /Subtype /Form /BBox [0 0 150 19] /Resources << /Font << /F1 ${font} 0 R >> >>`, '/Tx BMC q BT /F1 10 Tf 2 5 Td (125,00) Tj ET Q EMC'));
  pdf.set(widget, `<< /Type /Annot /Subtype /Widget /FT /Tx /T (bedrag) /V (125,00) /Rect [${wrect.join(' ')}] /P ${page2} 0 R /F 4 /DA (/F1 10 Tf 0 g) /AP << /N ${wap} 0 R >> /AA << /K ${js('AFNumber_Keystroke(2, 0, 0, 0, "", true);')} /F ${js('AFNumber_Format(2, 0, 0, 0, "", true);')} >> >>`);
  annots[2].push(widget);
  items.push({ page: 2, kind: 'Widget /AA /K JavaScript', active: true, rect: wrect, text: '125,00', field: 'bedrag', activePart: '/AA (the field and its value may stay)' });
  place(2, 'Formulier versturen', 'Link /S /SubmitForm', true, '<< /Type /Annot /Subtype /Link /Rect RECT /Border [0 0 0] /A << /S /SubmitForm /F << /FS /URL /F (https://verzamel.example/formulier) >> /Flags 4 >> >>');
  place(2, 'Document op een netwerkshare', 'Link /S /GoToR UNC', true, '<< /Type /Annot /Subtype /Link /Rect RECT /Border [0 0 0] /A << /S /GoToR /F (\\\\\\\\host\\\\share\\\\x.pdf) /D [0 /Fit] /NewWindow true >> >>', { target: '\\\\host\\share\\x.pdf' });
  // Page contents: a label under every annotation.
  const content = (n) => {
    let c = textOp(n === 1 ? 'Actieve inhoud, pagina 1 (links)' : 'Actieve inhoud, pagina 2 (annotaties en formulier)', 56, 770, 15, 'F2');
    c += textOp('Testbestand: elk item hieronder staat los, met een eigen rechthoek.', 56, 745, 10);
    for (const l of lines[n]) c += textOp(l.label, 56, l.y, 11);
    if (n === 2) c += '0.5 G 229.5 ' + (wy - 5.5) + ' 151 20 re S\n';
    c += textOp(`Gemeente Tiel · Testbijlage actieve inhoud · Pagina ${n} van 2`, 56, 22, 8);
    return c;
  };
  const c1 = pdf.add(RawPdf.stream('', content(1)));
  const c2 = pdf.add(RawPdf.stream('', content(2)));
  pdf.set(page1, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] ${res} /Contents ${c1} 0 R /Annots [${annots[1].map((a) => `${a} 0 R`).join(' ')}] /AA << /O ${js("app.alert('Pagina 1 geopend');")} >> >>`);
  pdf.set(page2, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] ${res} /Contents ${c2} 0 R /Annots [${annots[2].map((a) => `${a} 0 R`).join(' ')}] >>`);
  items.unshift({ page: 1, kind: 'Page /AA /O JavaScript', active: true });
  pdf.set(pagesObj, `<< /Type /Pages /Kids [${page1} 0 R ${page2} 0 R] /Count 2 >>`);
  // Document level.
  const openJs = pdf.add(js("app.alert('Document geopend');"));
  const namedJs = pdf.add(js('function bundelTest() { return 1; }'));
  const jsTree = pdf.add(`<< /Names [(init) ${namedJs} 0 R] >>`);
  const docFile = pdf.add(RawPdf.stream('/Type /EmbeddedFile /Subtype /text#2Fplain', 'Ingesloten bestand op documentniveau.'));
  const docSpec = pdf.add(`<< /Type /Filespec /F (extra.txt) /UF (extra.txt) /EF << /F ${docFile} 0 R >> >>`);
  const efTree = pdf.add(`<< /Names [(extra.txt) ${docSpec} 0 R] >>`);
  const xfa = pdf.add(RawPdf.stream('', '<?xml version="1.0" encoding="UTF-8"?>\n<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="formulier"/></template></xdp:xdp>'));
  pdf.set(catalog, `<< /Type /Catalog /Pages 2 0 R /OpenAction ${openJs} 0 R /Names << /JavaScript ${jsTree} 0 R /EmbeddedFiles ${efTree} 0 R >> /AcroForm << /Fields [${widget} 0 R] /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 ${font} 0 R >> >> /XFA ${xfa} 0 R >> >>`);
  const info = pdf.add(`<< /Producer ${pdfString(HAND_PRODUCER)} /Title (Testbijlage met actieve inhoud) >>`);
  const documentLevel = [
    { kind: 'Catalog /OpenAction JavaScript', active: true },
    { kind: 'Catalog /Names /JavaScript', active: true, names: ['init'] },
    { kind: 'Catalog /Names /EmbeddedFiles', active: true, names: ['extra.txt'] },
    { kind: 'Catalog /AcroForm /XFA', active: true },
  ];
  return { bytes: pdf.build(`/Root 1 0 R /Info ${info} 0 R`).bytes, items, documentLevel };
}

// ---------------------------------------------------------------------------------------------
// Analysis (for the manifest and the final table)
// ---------------------------------------------------------------------------------------------

let pdfjs;
async function openPdfjs(bytes, password) {
  pdfjs ??= await import('pdfjs-dist/legacy/build/pdf.mjs');
  const standardFontDataUrl = path.join(ROOT, 'node_modules', 'pdfjs-dist', 'standard_fonts') + path.sep;
  return pdfjs.getDocument({ data: new Uint8Array(bytes), password, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, standardFontDataUrl }).promise;
}

/** Words of the page's text whose middle lies inside rect (user space), in content order. */
function textInRect(items, rect) {
  const [x1, y1, x2, y2] = [Math.min(rect[0], rect[2]), Math.min(rect[1], rect[3]), Math.max(rect[0], rect[2]), Math.max(rect[1], rect[3])];
  const words = [];
  for (const it of items) {
    if (!it.str || !it.str.trim()) continue;
    const [a, b, c, d, e, f] = it.transform;
    const len = Math.hypot(a, b) || 1;
    const up = Math.hypot(c, d) || 1;
    for (const m of it.str.matchAll(/\S+/g)) {
      const mid = ((m.index + m[0].length / 2) / it.str.length) * it.width;
      const lift = 0.3 * (it.height || up);
      const px = e + (a / len) * mid + (c / up) * lift;
      const py = f + (b / len) * mid + (d / up) * lift;
      if (px >= x1 - 1 && px <= x2 + 1 && py >= y1 - 1 && py <= y2 + 1) words.push(m[0]);
    }
  }
  return words.join(' ');
}

/**
 * The lines of text on the page as displayed, bottom first, with each baseline's distance from
 * the bottom edge (pt). Items whose baselines lie within 2 pt form one line.
 */
function linesFromBottom(items, viewport) {
  const placed = [];
  for (const it of items) {
    if (!it.str || !it.str.trim()) continue;
    const t = pdfjs.Util.transform(viewport.transform, it.transform);
    placed.push({ str: it.str, x: t[4], y: t[5], w: it.width * viewport.scale, size: Math.hypot(t[2], t[3]) });
  }
  placed.sort((p, q) => q.y - p.y);
  const lines = [];
  for (const p of placed) {
    const line = lines.find((l) => Math.abs(l.y - p.y) < 2);
    if (line) line.parts.push(p);
    else lines.push({ y: p.y, parts: [p] });
  }
  return lines.map((l) => {
    let text = '';
    let end = null;
    for (const p of l.parts.sort((p, q) => p.x - q.x)) {
      if (end !== null && p.x - end > 0.15 * p.size && !text.endsWith(' ') && !p.str.startsWith(' ')) text += ' ';
      text += p.str;
      end = p.x + p.w;
    }
    return { text: text.replace(/\s+/g, ' ').trim(), baselineFromBottom: round(viewport.height - l.y, 1) };
  });
}

const nameOf = (obj) => (obj instanceof PDFName ? obj.decodeText() : undefined);
const strOf = (obj) => (obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : obj instanceof PDFName ? obj.decodeText() : undefined);

function streamText(doc, ref) {
  const obj = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  if (obj instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
  if (obj instanceof PDFStream) return Buffer.from(obj.getContents()).toString('latin1');
  return '';
}

/** Low-level facts read with pdf-lib (no re-save): boxes, /Contents shape, tags, forms, dest style. */
async function lowLevel(bytes) {
  const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  const ctx = doc.context;
  const catalog = doc.catalog;
  const pages = doc.getPages();
  const pageRefs = pages.map((p) => p.ref.toString());
  const numbers = (arr) => (arr instanceof PDFArray ? arr.asArray().map((n) => ctx.lookup(n)).map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN)) : null);
  const inherit = (node, key) => {
    for (let n = node; n; n = n.lookup(PDFName.of('Parent'))) {
      const v = n.lookup(PDFName.of(key));
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const pageBoxes = [];
  const contents = [];
  for (const page of pages) {
    const media = numbers(inherit(page.node, 'MediaBox'));
    const cropRaw = inherit(page.node, 'CropBox');
    const crop = cropRaw ? numbers(cropRaw) : null;
    const rotObj = inherit(page.node, 'Rotate');
    const rotate = ((((rotObj instanceof PDFNumber ? rotObj.asNumber() : 0) % 360) + 360) % 360);
    const box = crop ?? media;
    let w = Math.abs(box[2] - box[0]);
    let h = Math.abs(box[3] - box[1]);
    if (crop) {
      // The visible area is the crop box clipped to the media box.
      w = Math.max(0, Math.min(Math.max(crop[0], crop[2]), Math.max(media[0], media[2])) - Math.max(Math.min(crop[0], crop[2]), Math.min(media[0], media[2])));
      h = Math.max(0, Math.min(Math.max(crop[1], crop[3]), Math.max(media[1], media[3])) - Math.max(Math.min(crop[1], crop[3]), Math.min(media[1], media[3])));
    }
    const swap = rotate % 180 !== 0;
    pageBoxes.push({ width: round(swap ? h : w), height: round(swap ? w : h), rotate, mediaBox: media, ...(crop ? { cropBox: crop } : {}) });
    const c = page.node.get(PDFName.of('Contents'));
    if (c instanceof PDFRef) contents.push(ctx.lookup(c) instanceof PDFArray ? `ref-to-array(${ctx.lookup(c).size()})` : 'single');
    else if (c instanceof PDFArray) contents.push(`array(${c.size()})`);
    else contents.push(c === undefined ? 'none' : 'other');
  }
  const markInfo = catalog.lookup(PDFName.of('MarkInfo'));
  const marked = markInfo instanceof PDFDict && String(markInfo.lookup(PDFName.of('Marked'))) === 'true';
  const tagged = marked && catalog.has(PDFName.of('StructTreeRoot'));
  const names = catalog.lookup(PDFName.of('Names'));
  const destStyles = [];
  if (catalog.has(PDFName.of('Dests'))) destStyles.push('catalog /Dests dictionary');
  if (names instanceof PDFDict && names.has(PDFName.of('Dests'))) destStyles.push('/Names /Dests name tree');
  // AcroForm fields (recursively, with full names), their widgets and appearance streams.
  let form = null;
  const acro = catalog.lookup(PDFName.of('AcroForm'));
  if (acro instanceof PDFDict) {
    const fields = [];
    const visit = (ref, prefix, inheritedFT) => {
      const dict = ctx.lookup(ref);
      if (!(dict instanceof PDFDict)) return;
      const t = strOf(dict.lookup(PDFName.of('T')));
      const name = t === undefined ? prefix : prefix ? `${prefix}.${t}` : t;
      const ft = nameOf(dict.lookup(PDFName.of('FT'))) ?? inheritedFT;
      const kids = dict.lookup(PDFName.of('Kids'));
      const widgets = [];
      const kidFields = [];
      if (kids instanceof PDFArray) {
        for (const k of kids.asArray()) {
          const kd = ctx.lookup(k);
          if (kd instanceof PDFDict && kd.has(PDFName.of('T'))) kidFields.push(k);
          else widgets.push(k);
        }
      } else widgets.push(ref);
      for (const k of kidFields) visit(k, name, ft);
      if (!widgets.length || (kids instanceof PDFArray && kidFields.length && !widgets.length)) return;
      const v = dict.lookup(PDFName.of('V'));
      const value = v instanceof PDFArray ? v.asArray().map((x) => strOf(ctx.lookup(x))) : strOf(v) ?? null;
      const w = widgets.map((wref) => {
        const wd = ctx.lookup(wref);
        const page = pageRefs.indexOf(String(wd.get(PDFName.of('P')))) + 1 || pages.findIndex((p) => {
          const a = p.node.lookup(PDFName.of('Annots'));
          return a instanceof PDFArray && a.asArray().some((x) => String(x) === String(wref));
        }) + 1;
        const ap = wd.lookup(PDFName.of('AP'));
        let appearance = 'none';
        if (ap instanceof PDFDict) {
          const n = ap.get(PDFName.of('N'));
          const nObj = ctx.lookup(n);
          const streams = nObj instanceof PDFDict && !(nObj instanceof PDFStream) ? nObj.entries().map(([k, s]) => [k.decodeText(), streamText(doc, s)]) : [['', streamText(doc, n)]];
          appearance = streams.map(([k, s]) => `${k ? `${k}:` : ''}${/T[jJ]/.test(s) ? 'draws-text' : /\b(re|l|c)\b/.test(s) ? 'draws-graphics' : 'empty'}`).join(',');
        }
        return { page, rect: numbers(wd.lookup(PDFName.of('Rect'))).map((n) => round(n)), as: nameOf(wd.lookup(PDFName.of('AS'))) ?? null, appearance };
      });
      fields.push({ name, type: ft ?? null, value, widgets: w });
    };
    const top = acro.lookup(PDFName.of('Fields'));
    if (top instanceof PDFArray) for (const f of top.asArray()) visit(f, '', undefined);
    const na = acro.lookup(PDFName.of('NeedAppearances'));
    form = { needAppearances: String(na) === 'true', hasXFA: acro.has(PDFName.of('XFA')), fields };
  }
  return { doc, pages: pages.length, pageBoxes, contents, tagged, destStyles, form, encrypted: doc.isEncrypted };
}

/** The text lines of one page, bottom first (see linesFromBottom). */
async function pageLines(bytes, pageNumber) {
  const pdf = await openPdfjs(bytes);
  const page = await pdf.getPage(pageNumber);
  const lines = linesFromBottom((await page.getTextContent()).items, page.getViewport({ scale: 1 }));
  await pdf.destroy();
  return lines;
}

/** Text, links and outline read with pdf.js (what a viewer sees). */
async function viewerFacts(bytes, password) {
  let encrypted = 'none';
  let pdf;
  try {
    pdf = await openPdfjs(bytes);
  } catch (error) {
    if (error?.name !== 'PasswordException') throw error;
    encrypted = 'user';
    pdf = await openPdfjs(bytes, password);
  }
  const pages = [];
  const internal = [];
  const external = [];
  const resolve = async (dest) => {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    if (!Array.isArray(explicit) || !explicit[0] || typeof explicit[0] !== 'object') return null;
    return (await pdf.getPageIndex(explicit[0])) + 1;
  };
  let allText = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const viewport = page.getViewport({ scale: 1 });
    const { items } = await page.getTextContent();
    allText += items.map((it) => it.str).join(' ') + '\n';
    const lines = linesFromBottom(items, viewport);
    pages.push({ lowest: lines[0] ?? null, above: lines[1] ?? null, textChars: items.reduce((n, it) => n + it.str.trim().length, 0) });
    for (const a of await page.getAnnotations()) {
      if (a.subtype !== 'Link') continue;
      const text = textInRect(items, a.rect);
      if (a.dest !== undefined && a.dest !== null) {
        internal.push({ fromPage: i, page: await resolve(a.dest), text, dest: typeof a.dest === 'string' ? `named:${a.dest}` : 'explicit', rect: a.rect.map((n) => round(n)) });
      } else if (a.url) {
        external.push({ fromPage: i, url: a.url, text, rect: a.rect.map((n) => round(n)) });
      }
    }
  }
  const outline = [];
  const walk = async (items, level) => {
    for (const it of items ?? []) {
      outline.push({ title: it.title, level, page: it.dest ? await resolve(it.dest) : null });
      await walk(it.items, level + 1);
    }
  };
  await walk(await pdf.getOutline(), 1);
  const dests = Object.keys(await pdf.getDestinations()).sort();
  const info = (await pdf.getMetadata()).info ?? {};
  await pdf.destroy();
  return { encrypted, pages, internal, external, outline, dests, producer: info.Producer ?? null, title: info.Title ?? null, allText };
}

// ---------------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------------

function toolVersions() {
  const first = (cmd, args) => {
    try {
      return run(cmd, args).toString().split('\n')[0].trim();
    } catch {
      return 'unavailable';
    }
  };
  return {
    libreoffice: first('soffice', ['--version']).split(/\s+/).slice(0, 2).join(' '),
    ghostscript: `Ghostscript ${first('gs', ['--version'])}`,
    qpdf: first('qpdf', ['--version']).replace(/^qpdf version/, 'qpdf'),
  };
}

async function generate(dir) {
  const work = await mkdtemp(path.join(os.tmpdir(), 'bundel-corpus-work-'));
  const files = new Map(); // name -> {bytes, producer, kind, description, extra}
  const put = (name, bytes, meta) => files.set(name, { bytes: Buffer.from(bytes), ...meta });
  const versions = toolVersions();
  try {
    // --- Chromium -------------------------------------------------------------------------
    let chromeVersion = 'Chromium';
    await withChromium(async (browser) => {
      chromeVersion = (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium ');
      // Two passes: the first shows how much room the flow leaves under the last body line of
      // page 1; the second pushes the letter down by that much (less than a line, so nothing
      // reflows), so the body text really runs down to the 10 mm margin.
      const first = await chromiumPdf(browser, letterHtml(), { tagged: false, outline: false });
      const firstLines = await pageLines(first, 1);
      // Line box below the baseline: DejaVu Sans descent (0.236 em) plus half the leading.
      const belowBaseline = 0.236 * 10.5 + (1.45 - 1.164) * 10.5 / 2;
      let pad = Math.floor(firstLines[1].baselineFromBottom - belowBaseline - 10 * MM);
      let brief;
      for (;; pad--) {
        brief = await chromiumPdf(browser, letterHtml(Math.max(pad, 0)), { tagged: false, outline: false });
        const lines = await pageLines(brief, 1);
        if (pad <= 0 || lines[1].text === firstLines[1].text) break;
      }
      put('chromium-brief', normalise(brief, 'chromium-brief'), {
        producer: `${chromeVersion} (puppeteer page.pdf)`,
        kind: 'letter',
        description: 'Raadsinformatiebrief printed by Chromium: A4, CSS @page margin 10 mm at the bottom, body text down to that margin and the letter\'s own footer "Pagina X van Y" in an @page @bottom-center margin box, ~4 mm above the bottom edge. Untagged. One content stream per page, as Chromium writes it.',
      });
      const tagged = await chromiumPdf(browser, taggedHtml(), { tagged: true, outline: true });
      put('chromium-tagged', normalise(tagged, 'chromium-tagged'), {
        producer: `${chromeVersion} (puppeteer page.pdf, tagged, outline)`,
        kind: 'report',
        ownFooter: false,
        description: 'Tagged Chromium PDF with an outline: h1/h2/h3, an ordered and an unordered list, a table with header cells, internal links from page 1 to sections on pages 2-4 (named destinations in the catalog /Dests dictionary, as Chromium writes them) and one external https link (wrapped over two lines, so two link annotations). Chromium joins the wrapped h1 into the outline title without a space ("Cultuur2025").',
      });
    });

    // --- LibreOffice ----------------------------------------------------------------------
    const lo = path.join(work, 'lo');
    const profile = path.join(work, 'lo-profile');
    await mkdir(lo, { recursive: true });
    await writeFile(path.join(lo, 'libreoffice-writer.fodt'), writerFodt());
    await writeFile(path.join(lo, 'libreoffice-tagged.fodt'), writerFodt());
    await writeFile(path.join(lo, 'libreoffice-form.fodt'), formFodt());
    soffice(profile, lo, 'pdf:writer_pdf_Export', [path.join(lo, 'libreoffice-writer.fodt'), path.join(lo, 'libreoffice-form.fodt')]);
    soffice(profile, lo, 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportFormFields":{"type":"boolean","value":"true"}}', [path.join(lo, 'libreoffice-tagged.fodt')]);
    for (const [name, description, kind] of [
      ['libreoffice-writer', 'Writer notitie exported by LibreOffice: 3 pages, header, document footer "Pagina X van Y" in the page footer 6 mm above the bottom edge, a table of contents whose entries are internal links (explicit destinations) to headings on pages 2 and 3, a bullet list and a table. LibreOffice also writes an outline from the headings. Untagged.', 'memo'],
      ['libreoffice-tagged', 'The same Writer notitie exported with UseTaggedPDF=true (JSON filter options syntax works with this soffice version): structure tree, /MarkInfo, role-mapped Writer styles; otherwise the same links, header and footer.', 'memo'],
      ['libreoffice-form', 'Writer form exported with form fields: two text fields filled in ("Alice", "Bob") and a checked checkbox. LibreOffice sets /NeedAppearances true and ALSO writes appearance streams, but the text fields\' appearance streams are empty (/Tx BMC EMC): the values are only drawn by a viewer that honours NeedAppearances. The checkbox has real /Off and /Yes appearances, but its /DA names a ZapfDingbats font that is not in /DR, so poppler (which honours NeedAppearances and regenerates) draws it unchecked.', 'form'],
    ]) {
      const bytes = await readFile(path.join(lo, `${name}.pdf`));
      put(name, normalise(bytes, name), { producer: `${versions.libreoffice} (soffice --convert-to pdf)`, kind, description });
    }

    // --- pdf-lib and hand-written ---------------------------------------------------------
    put('pdflib-form', await makePdflibForm(), { producer: 'pdf-lib 1.17', kind: 'form', description: 'AcroForm written by pdf-lib: text field "Naam" = "foobar", dropdown "Kern" = "Wadenoijen", checked checkbox "Akkoord" and a text field "Datum" just above the bottom edge. pdf-lib draws appearance streams for all widgets. Checks that widgets stay on their boxes. pdf-lib pages carry /Contents as an array.' });
    put('array-contents', await makeArrayContents(), { producer: 'pdf-lib 1.17 (low level)', kind: 'schedule', description: 'One page whose /Contents is an array of three streams (flate, plain, flate). The split is mid-object: stream 1 opens a q and a BT that stream 2 closes, which is legal because the array is one logical content stream. Text close to the bottom (12 and 24 pt).' });
    put('inherited', makeInherited(), { producer: 'hand-written', kind: 'memo', description: 'Hand-written PDF 1.4: /MediaBox and /Resources (fonts) only on the /Pages node; both pages inherit them. Page objects have no /MediaBox or /Resources of their own.' });
    put('cropbox-offset', await makeCropboxOffset(), { producer: 'pdf-lib 1.17 (low level)', kind: 'proof', description: 'MediaBox [0 0 700 900] with CropBox [50 40 645 882] (A4 size, offset from the origin). A bottom line 12 pt above the crop box bottom, a URI link over the word "drukwerkprotocol", and the text "BUITEN AFSNIJKADER" twice outside the crop box, which must never become visible.' });
    put('rotated', await makeRotated(), { producer: 'pdf-lib 1.17 (low level)', kind: 'rotated', description: 'Four portrait A4 MediaBoxes with /Rotate 0, 90, 180, 270. All text is drawn upright as displayed (through a cm), with a line near the displayed bottom and a link over a text run on every page (URI on 0/180, GoTo page 1 on 90/270).' });
    put('landscape-a3', await makeLandscapeA3(), { producer: 'pdf-lib 1.17', kind: 'plan', description: 'A landscape A4 page (842 x 595 MediaBox, no /Rotate) and an A3 landscape fold-out (1191 x 842).' });
    put('mixed-sizes', await makeMixedSizes(), { producer: 'pdf-lib 1.17', kind: 'mixed', description: 'Letter, A4, A5 and Legal pages in one file, each with a bottom line.' });

    // --- Ghostscript ----------------------------------------------------------------------
    const psFile = path.join(work, 'verslag.ps');
    await writeFile(psFile, ghostscriptSource());
    const gsOut = path.join(work, 'ghostscript.pdf');
    // Ghostscript derives the /ID from the output file name (and writes it as a literal or a hex
    // string, whichever is shorter), so gs always runs in the work folder with relative names.
    run('gs', ['-q', '-dSAFER', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', '-dCompatibilityLevel=1.7', '-sOutputFile=ghostscript.pdf', 'verslag.ps'], { cwd: work });
    put('ghostscript', normalise(await readFile(gsOut), 'ghostscript'), { producer: `${versions.ghostscript} (pdfwrite from PostScript)`, kind: 'minutes', description: 'A two-page PostScript "print" (Helvetica/Times, ISOLatin1) distilled by Ghostscript pdfwrite, like a "print to PDF" driver: gs\'s own object layout, subset Type 1 (URW) fonts, XMP metadata, bottom line at 28 pt.' });

    // The scan: Chromium letter page 1 rendered by Ghostscript into an image-only PDF (JPEG).
    const briefFile = path.join(work, 'chromium-brief.pdf');
    await writeFile(briefFile, files.get('chromium-brief').bytes);
    const scanOut = path.join(work, 'scan.pdf');
    run('gs', ['-q', '-dSAFER', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfimage8', '-r96', '-sCompression=JPEG', '-dJPEGQ=50', '-dFirstPage=1', '-dLastPage=1', '-sOutputFile=scan.pdf', 'chromium-brief.pdf'], { cwd: work });
    put('scan', normalise(await readFile(scanOut), 'scan'), { producer: `${versions.ghostscript} (pdfimage8, 96 dpi, JPEG)`, kind: 'scan', description: 'Image-only "scanned" page: page 1 of chromium-brief rendered at 96 dpi greyscale and stored as one JPEG image; no text layer at all (pdftotext finds nothing). Ghostscript\'s pdfimage device writes an /Info object but does not reference it from the trailer.' });

    // --- qpdf encryption ------------------------------------------------------------------
    const ownerSrc = path.join(work, 'owner-src.pdf');
    await writeFile(ownerSrc, await makeEncryptionSource('Beveiligde notitie (eigenaarswachtwoord)', ['Dit document opent zonder wachtwoord.', 'Bewerken en kopiëren zijn beperkt met een eigenaarswachtwoord.'], 'Gemeente Tiel · Beveiligde notitie · Pagina 1 van 1'));
    const ownerOut = path.join(work, 'owner-password.pdf');
    // AES-256 uses random salts and a random file key that qpdf cannot fix, so AES-128 with
    // qpdf's --static-id and --static-aes-iv (test options) is used: deterministic.
    run('qpdf', ['--static-id', '--static-aes-iv', '--encrypt', '', 'eigenaar', '128', '--use-aes=y', '--print=full', '--modify=none', '--extract=n', '--annotate=n', '--', ownerSrc, ownerOut]);
    put('owner-password', await readFile(ownerOut), { producer: `${versions.qpdf} (--encrypt, AES-128) over pdf-lib`, kind: 'encrypted', description: 'Encrypted with an owner password only ("eigenaar"), empty user password: opens without a password, but modify/extract/annotate are not permitted. AES-128 (V4, crypt filter AESV2) rather than AES-256, because AES-256 salts are random and cannot be made deterministic; qpdf --static-id --static-aes-iv.' });
    const userSrc = path.join(work, 'user-src.pdf');
    await writeFile(userSrc, await makeEncryptionSource('Vertrouwelijke notitie (gebruikerswachtwoord)', ['Dit document opent alleen met het wachtwoord.'], 'Gemeente Tiel · Vertrouwelijk · Pagina 1 van 1'));
    const userOut = path.join(work, 'user-password.pdf');
    run('qpdf', ['--static-id', '--allow-weak-crypto', '--encrypt', 'geheim', 'eigenaar', '128', '--use-aes=n', '--', userSrc, userOut]);
    put('user-password', await readFile(userOut), { producer: `${versions.qpdf} (--encrypt, RC4-128) over pdf-lib`, kind: 'encrypted', description: 'Needs the user password "geheim" to open (owner password "eigenaar"). RC4 128-bit (R3, deterministic with --static-id). bundel must refuse it with a clear message instead of merging garbage.' });

    put('incremental', makeIncremental(), { producer: 'hand-written', kind: 'minutes', description: 'Hand-written PDF with an incremental update: revision 2 (appended objects, a second xref section and a trailer with /Prev) redefines page 1 (same object number) with a new content stream and updates /Info. The original page-1 content object still exists in the file but is no longer referenced; the visible text must be the second revision\'s.' });
    put('outline-links', await makeOutlineLinks(), { producer: 'pdf-lib 1.17 (low level)', kind: 'report', description: '7 pages: page 1 is a table of contents whose lines link to chapters via /Dest with a named destination (string, in a two-level /Names /Dests name tree with /Kids and /Limits), an explicit /Dest array, /A /GoTo with a named and with an explicit /D; every chapter page links back to the named destination "inhoud". An outline with 6 items (alternating named/explicit) and two children under item 2.' });
    put('unbalanced-state', makeUnbalancedState(), { producer: 'hand-written', kind: 'broken-graphics-state', description: 'Three hand-written content streams that leave the graphics state unbalanced: page 1 ends inside an unclosed q after "0.1 0 0 0.1 0 0 cm" (its bottom line is drawn at 10x coordinates inside it); page 2 ends inside a text object (BT ... Tm ... Tj without ET) and leaves the fill colour red (0.8 0 0 rg); page 3 starts with a Q that has no matching q. Anything appended to these pages must be isolated (q/Q around the original, or a fresh state).' });
    put('degenerate-boxes', await makeDegenerateBoxes(), { producer: 'pdf-lib 1.17 (low level)', kind: 'degenerate', ownFooter: false, description: 'Page 1 has MediaBox [0 0 0 0] (pdf.js falls back to Letter for it), page 2 is a 9.4 pt tall strip, page 3 is a normal A4 page.' });
    put('damaged-xref', makeDamagedXref(), { producer: 'hand-written', kind: 'damaged', description: 'Hand-written PDF whose xref entries all point 3 bytes past the real object starts (startxref itself is right). qpdf --check warns and reconstructs the xref; pdf.js and poppler repair it and show the text.' });
    const hostile = makeHostile();
    put('hostile', hostile.bytes, { producer: 'hand-written', kind: 'active-content', description: 'Active content, each kind on its own with its own rect (see expect.active and expect.keep): page /AA JavaScript, JavaScript link, /Launch evil.exe, FileAttachment annotation with an embedded file, text widget with /AA /K and /F JavaScript, /SubmitForm, /GoToR to a UNC path, document /OpenAction JavaScript, /Names /JavaScript, /Names /EmbeddedFiles and /AcroForm /XFA; plus an https link, a mailto link and an internal /GoTo link that must be kept.', hostile });

    // --- Checks, expectations and the manifest ---------------------------------------------
    const manifest = [];
    const table = [];
    for (const [name, meta] of files) {
      const file = `${name}.pdf`;
      await writeFile(path.join(dir, file), meta.bytes);
      const low = await lowLevel(meta.bytes);
      const password = name === 'user-password' ? 'geheim' : undefined;
      const view = await viewerFacts(meta.bytes, password).catch((error) => {
        throw new Error(`pdf.js could not read ${file}: ${error.message}`);
      });
      const encrypted = view.encrypted === 'user' ? 'user' : low.encrypted ? 'owner' : 'none';
      const expect = {};
      const footers = view.pages.map((p) => p.lowest?.text ?? null);
      if (footers.some(Boolean)) {
        // bottomText: the lowest line of text on each page as displayed; ownFooterText: the same,
        // for documents that have a footer line of their own (what bundel's footer must not hide).
        expect.bottomText = footers;
        if (meta.ownFooter !== false) expect.ownFooterText = footers;
        expect.lowestBaselineFromBottom = view.pages.map((p) => p.lowest?.baselineFromBottom ?? null);
      }
      if (view.internal.length) expect.links = view.internal;
      if (view.external.length) expect.externalLinks = view.external;
      if (view.outline.length) expect.outline = view.outline;
      if (view.dests.length) expect.namedDests = view.dests;
      if (low.destStyles.length) expect.destStyle = low.destStyles;
      if (low.form) {
        expect.needAppearances = low.form.needAppearances;
        expect.fields = low.form.fields;
        expect.formValues = low.form.fields.filter((f) => f.type === 'Tx').map((f) => f.value);
      }
      if (encrypted === 'user') Object.assign(expect, { mustRefuse: true, userPassword: 'geheim' });
      if (encrypted === 'owner') expect.ownerPassword = 'eigenaar';
      checkCase(name, { low, view, expect, meta, dir });
      manifest.push({
        file,
        producer: meta.producer,
        producerString: view.producer,
        kind: meta.kind,
        description: meta.description,
        pages: low.pages,
        pageBoxes: low.pageBoxes,
        tagged: low.tagged,
        encrypted,
        contents: low.contents,
        expect,
      });
      table.push({ file, producer: meta.producer.split(' (')[0], pages: low.pages, bytes: meta.bytes.length, contents: summariseContents(low.contents), tagged: low.tagged, encrypted });
    }
    await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return table;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function summariseContents(list) {
  const counts = new Map();
  for (const c of list) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([k, n]) => (list.length > 1 ? `${n}x ${k}` : k)).join(', ');
}

/** Per-case checks: the script fails if a producer did not write what the corpus promises. */
function checkCase(name, { low, view, expect, meta, dir }) {
  const text = view.allText.replace(/\s+/g, ' ');
  const pdftotext = () => run('pdftotext', ['-q', path.join(dir, `${name}.pdf`), '-']).toString();
  switch (name) {
    case 'chromium-brief': {
      assert(low.pages === 2, 'chromium-brief has 2 pages');
      assert(low.contents.every((c) => c === 'single'), 'Chromium writes one content stream per page');
      assert(!low.tagged, 'chromium-brief is untagged');
      view.pages.forEach((p, i) => assert(p.lowest.text === `Gemeente Tiel · Raadsinformatiebrief 2026-014 · Pagina ${i + 1} van 2`, `footer on page ${i + 1}: ${p.lowest.text}`));
      assert(view.pages.every((p) => p.lowest.baselineFromBottom < 10 * MM), 'footer baseline within 10 mm of the bottom');
      // The lowest body line on page 1 (the full page): how close the letter's text runs to the margin.
      expect.bodyLowestBaselineFromBottom = view.pages.map((p) => p.above?.baselineFromBottom ?? null);
      break;
    }
    case 'chromium-tagged':
      assert(low.tagged, 'chromium-tagged is tagged');
      assert(view.outline.length >= 3, 'chromium-tagged has an outline');
      assert(view.internal.some((l) => l.fromPage === 1 && l.page === 3), 'link from page 1 to page 3');
      assert(view.external.some((l) => l.url.startsWith('https://')), 'external https link');
      break;
    case 'libreoffice-writer':
    case 'libreoffice-tagged':
      assert(low.pages === 3, `${name} has 3 pages`);
      assert(low.tagged === (name === 'libreoffice-tagged'), `${name} tagged flag`);
      assert(view.internal.length >= 5 && view.internal.every((l) => l.fromPage === 1 && l.page === Number(l.text.match(/(\d+)$/)?.[1])), `${name}: TOC links go to the page printed in the TOC`);
      view.pages.forEach((p, i) => assert(p.lowest.text.endsWith(`Pagina ${i + 1} van 3`), `${name} footer page ${i + 1}: ${p.lowest.text}`));
      break;
    case 'libreoffice-form':
      assert(low.form?.needAppearances === true, 'LibreOffice form sets /NeedAppearances true');
      assert(JSON.stringify(expect.formValues) === '["Alice","Bob"]', `form values ${JSON.stringify(expect.formValues)}`);
      break;
    case 'pdflib-form':
      assert(low.form.fields.find((f) => f.name === 'Naam')?.value === 'foobar', 'Naam = foobar');
      assert(low.form.fields.every((f) => f.widgets.every((w) => w.appearance !== 'none')), 'pdf-lib writes appearances');
      break;
    case 'array-contents':
      assert(low.contents[0] === 'array(3)', 'three content streams');
      break;
    case 'inherited': {
      const page = low.doc.getPages()[0].node;
      assert(!page.has(PDFName.of('MediaBox')) && !page.has(PDFName.of('Resources')), 'pages inherit MediaBox and Resources');
      break;
    }
    case 'cropbox-offset':
      assert(view.external[0]?.text === 'drukwerkprotocol', `cropbox link text: ${view.external[0]?.text}`);
      expect.hiddenText = 'BUITEN AFSNIJKADER';
      break;
    case 'rotated':
      assert(JSON.stringify(low.pageBoxes.map((b) => b.rotate)) === '[0,90,180,270]', 'rotations');
      view.pages.forEach((p, i) => assert(p.lowest.text.includes(`Pagina ${i + 1} van 4`) && p.lowest.baselineFromBottom < 25, `rotated page ${i + 1} bottom line: ${JSON.stringify(p.lowest)}`));
      assert([...view.internal, ...view.external].length === 4 && [...view.internal, ...view.external].every((l) => l.text.length > 5), 'a link over text on every rotated page');
      break;
    case 'scan':
      assert(!pdftotext().trim(), 'the scan has no text layer (pdftotext)');
      assert(view.pages.every((p) => p.textChars === 0), 'the scan has no text layer (pdf.js)');
      expect.noText = true;
      break;
    case 'owner-password':
      assert(view.encrypted === 'none' && low.encrypted, 'owner-password opens without a password');
      break;
    case 'user-password':
      assert(view.encrypted === 'user', 'user-password needs a password');
      break;
    case 'incremental': {
      assert(text.includes('versie 2') && !text.includes('versie 1'), 'incremental shows revision 2');
      const raw = meta.bytes.toString('latin1');
      assert((raw.match(/startxref/g) ?? []).length === 2 && raw.includes('/Prev'), 'two revisions');
      Object.assign(expect, { revisions: 2, visibleText: 'Besluitenlijst DEFINITIEF versie 2', hiddenText: 'Besluitenlijst CONCEPT versie 1' });
      break;
    }
    case 'outline-links':
      assert(low.pages >= 5, 'outline-links has 5+ pages');
      assert(view.internal.filter((l) => l.fromPage === 1).length === 6 && view.internal.some((l) => l.dest.startsWith('named:')) && view.internal.some((l) => l.dest === 'explicit'), 'named and explicit links');
      assert(view.internal.every((l) => l.page !== null), 'every internal link resolves');
      break;
    case 'unbalanced-state':
      Object.assign(expect, {
        pageStates: [
          { page: 1, problem: 'ends with an unclosed q after 0.1 0 0 0.1 0 0 cm' },
          { page: 2, problem: 'ends inside BT (Tm changed, no ET); fill colour left at 0.8 0 0 rg' },
          { page: 3, problem: 'starts with a Q without a matching q' },
        ],
      });
      break;
    case 'degenerate-boxes':
      assert(low.pageBoxes[0].width === 0 && low.pageBoxes[1].height === 9.4, 'degenerate boxes');
      break;
    case 'damaged-xref': {
      let out;
      try {
        out = run('qpdf', ['--check', path.join(dir, `${name}.pdf`)]).toString();
      } catch (error) {
        out = `${error.stdout}${error.stderr}`;
        assert(error.status === 3, `qpdf --check should recover with warnings (exit 3), got ${error.status}`);
      }
      assert(/reconstruct|warning/i.test(out), 'qpdf warns about the xref');
      assert(pdftotext().includes('Beschadigde kruisverwijzingstabel'), 'pdftotext reads the damaged file');
      Object.assign(expect, { needsRepair: true, qpdfCheckExit: 3 });
      break;
    }
    case 'hostile': {
      const items = meta.hostile.items;
      expect.active = [...meta.hostile.documentLevel.map((d) => ({ page: null, ...d })), ...items.filter((i) => i.active)];
      expect.keep = items.filter((i) => !i.active);
      for (const k of expect.keep) {
        const found = [...view.internal, ...view.external].find((l) => l.fromPage === k.page && l.text === k.text);
        assert(found, `hostile: harmless link "${k.text}" found by pdf.js`);
      }
      break;
    }
    case 'ghostscript':
      assert(view.producer?.includes('Ghostscript'), 'ghostscript producer');
      break;
    default:
  }
}

async function main() {
  const once = process.argv.includes('--once');
  await loadMetrics();
  const dirA = await mkdtemp(path.join(os.tmpdir(), 'bundel-corpus-a-'));
  const dirB = once ? null : await mkdtemp(path.join(os.tmpdir(), 'bundel-corpus-b-'));
  try {
    const table = await generate(dirA);
    let deterministic = 'not checked (--once)';
    const names = (await readdir(dirA)).sort();
    if (dirB) {
      await generate(dirB);
      const differ = [];
      for (const n of names) if (sha256(await readFile(path.join(dirA, n))) !== sha256(await readFile(path.join(dirB, n)))) differ.push(n);
      deterministic = differ.length ? `NO: ${differ.join(', ')} differ between two runs` : `yes: two full runs gave byte-identical files (${names.length} files, sha256 compared)`;
      if (differ.length) process.exitCode = 1;
    }
    await mkdir(OUT, { recursive: true });
    for (const old of await readdir(OUT)) if (old.endsWith('.pdf') || old === 'manifest.json') await rm(path.join(OUT, old));
    for (const n of names) await copyFile(path.join(dirA, n), path.join(OUT, n));

    const rows = table.map((r) => [r.file, r.producer, String(r.pages), String(r.bytes), r.contents, r.tagged ? 'yes' : 'no', r.encrypted]);
    const head = ['file', 'producer', 'pages', 'bytes', '/Contents per page', 'tagged', 'encrypted'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
    console.log(line(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
    const total = table.reduce((n, r) => n + r.bytes, 0);
    console.log(`\n${table.length} PDFs, ${total} bytes in total (${(total / 1024 / 1024).toFixed(2)} MB), written to ${path.relative(ROOT, OUT)}/`);
    console.log(`deterministic: ${deterministic}`);
  } finally {
    // BUNDEL_CORPUS_KEEP=1 keeps the temporary output (for debugging a failing check).
    if (process.env.BUNDEL_CORPUS_KEEP) console.log(`kept ${dirA}${dirB ? ` and ${dirB}` : ''}`);
    else {
      await rm(dirA, { recursive: true, force: true });
      if (dirB) await rm(dirB, { recursive: true, force: true });
    }
  }
}

await main();
