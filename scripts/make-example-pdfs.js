#!/usr/bin/env node
// Generates the PDF appendices (bijlagen) of the example meeting in
// content/2025-01-29-algemeen-bestuur/.
//
// Why generated? The example needs realistic multi-page PDFs (a ministry letter
// with its own page footer, a Kamerbrief, an application form) to exercise how
// bundel merges and numbers PDF appendices. Real documents cannot be shipped, so
// this script writes fictional ones. All text is invented for this project;
// names, addresses and numbers are fictional.
//
// How: each document is written as HTML (real headings, lists and tables) and
// printed by Chromium through puppeteer with page.pdf({tagged: true}), the way
// ministries and web applications produce their PDFs. The results are tagged
// PDFs (a structure tree and /MarkInfo /Marked true), with /Lang nl, the <title>
// as /Title and the DejaVu fonts of the system (fonts-dejavu-core) embedded as
// subsets. The letters' own running footer ("Pagina 3 van 16") is a CSS @page
// margin box; the page counts (16, 4 and 12) are checked after printing.
//
// The output is deterministic for a given Chromium and set of fonts: Chromium
// writes the current time as /CreationDate and /ModDate, and those (plus any /ID
// or XMP dates, should a newer Chromium write them) are overwritten afterwards by
// SAME-LENGTH byte replacement with 20 January 2025, so every offset in the file
// stays valid and the file is otherwise exactly what Chromium wrote (it is never
// re-saved through pdf-lib). Rerunning yields byte-identical files; a newer
// Chromium or other fonts may give different (but again stable) bytes.
// Regenerate with:
//
//   npm run example-pdfs        (or: node scripts/make-example-pdfs.js)
//
// It needs Chromium at /usr/lib/chromium/chromium or /usr/bin/chromium (or set
// BUNDEL_CHROME) and the DejaVu fonts; it uses no network.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import puppeteer from 'puppeteer';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MEETING = path.join(ROOT, 'content', '2025-01-29-algemeen-bestuur');

// One fixed moment for every date Chromium writes: 20 January 2025, 00:00 UTC.
const FIXED = { pdf: '20250120000000', xmp: '2025-01-20T00:00:00' };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

const BLUE = '#154273';
const FONT = "'DejaVu Sans'";

// ---------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------

function chromiumPath() {
  const candidates = [process.env.BUNDEL_CHROME, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean);
  const found = candidates.find((file) => existsSync(file));
  if (!found) throw new Error(`no Chromium found (tried ${candidates.join(', ')}); install chromium or set BUNDEL_CHROME`);
  return found;
}

/**
 * Prints one HTML document to PDF in a fresh browser with a fresh profile, so
 * nothing from an earlier document (node ids, caches) can change the bytes.
 * JavaScript is off in the page; the documents need none.
 */
async function printHtml(html) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'bundel-example-pdfs-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    userDataDir,
    args: CHROMIUM_ARGS,
    // UTC, so the dates Chromium writes always have the same length (+00'00').
    env: { ...process.env, TZ: 'UTC' },
  });
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return Buffer.from(await page.pdf({ tagged: true, outline: false, printBackground: true, preferCSSPageSize: true }));
  } finally {
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Determinism: same-length replacement of what changes from run to run
// (the approach of scripts/make-corpus.js)
// ---------------------------------------------------------------------------

/** A fixed hex string of the given length, derived from a label. */
function fixedHex(label, length, upper) {
  let hex = '';
  for (let i = 0; hex.length < length; i++) hex += createHash('sha256').update(`${label}:${i}`).digest('hex');
  hex = hex.slice(0, length);
  return upper ? hex.toUpperCase() : hex;
}

/**
 * Overwrites, byte for byte with a value of the same length:
 * - PDF dates `(D:YYYYMMDDHHmmSS` -> the fixed date (as many digits as were there),
 *   and a time-zone offset after it -> +00'00';
 * - /ID [<hex><hex>] -> fixed hex of the same length (equal halves stay equal);
 * - inside XMP packets: ISO dates and uuids.
 * Dates in compressed streams are not touched; the determinism check (run twice,
 * compare) shows there are none.
 */
function normalise(bytes, label) {
  let s = Buffer.from(bytes).toString('latin1');
  const before = s.length;
  s = s.replace(/\(D:(\d{4,14})([+-]\d\d'\d\d'?)?/g, (_, digits, zone) =>
    `(D:${FIXED.pdf.slice(0, digits.length)}${zone ? `+00'00${zone.endsWith("'") ? "'" : ''}` : ''}`);
  let n = 0;
  s = s.replace(/(\/ID\s*\[\s*<)([0-9A-Fa-f]*)(>\s*<)([0-9A-Fa-f]*)(>\s*\])/g, (all, p1, a, p2, b, p3) => {
    const upper = !/[a-f]/.test(a + b);
    const fa = fixedHex(`${label}/ID${n}a`, a.length, upper);
    const fb = a === b ? fa : fixedHex(`${label}/ID${n}b`, b.length, upper);
    n++;
    return `${p1}${fa}${p2}${fb}${p3}`;
  });
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
  if (s.length !== before) throw new Error(`normalise changed the length of ${label}`);
  return Buffer.from(s, 'latin1');
}

/** Prints, normalises, checks and writes one document. */
async function makePdf(file, html, expectedPages) {
  const bytes = normalise(await printHtml(html), path.basename(file));
  // Read only (never re-saved): the page count must match what the example promises.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = doc.getPageCount();
  if (pages !== expectedPages) {
    throw new Error(`${path.relative(ROOT, file)}: Chromium printed ${pages} pages, expected ${expectedPages}; adjust the layout`);
  }
  const text = bytes.toString('latin1');
  if (!/\/StructTreeRoot \d+ 0 R/.test(text) || !/\/Marked true/.test(text)) throw new Error(`${file}: not tagged`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  console.log(`${path.relative(ROOT, file)}: ${pages} pages, ${bytes.length} bytes`);
}

/** Escapes text for HTML. */
function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A CSS string literal. */
function cssString(text) {
  return `"${String(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A table with a header row of <th>; columns: [{ title, width (fraction), align }]. */
function tableHtml(columns, rows, { boldLast = false } = {}) {
  const cls = (c) => (c.align === 'right' ? ' class="r"' : '');
  const cols = columns.map((c) => `<col style="width: ${(c.width * 100).toFixed(1)}%">`).join('');
  const head = columns.map((c) => `<th scope="col"${cls(c)}>${esc(c.title)}</th>`).join('');
  const body = rows
    .map((row, r) => {
      const total = boldLast && r === rows.length - 1;
      return `<tr${total ? ' class="totaal"' : ''}>${row.map((cell, i) => `<td${cls(columns[i])}>${esc(cell)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

// ---------------------------------------------------------------------------
// Letters of the ministry (Rijkshuisstijl-like layout)
// ---------------------------------------------------------------------------

const MINISTRY = 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties';

/**
 * A ministry letter. Page 1: the letterhead (the blue band with the ministry's
 * name), the address, date and subject, and a reference column on the right.
 * Every further page: a one-line running header (band, ministry, date). Every
 * page: the letter's own running footer near the bottom edge, with the
 * ministry, the reference and "Pagina X van Y" (CSS @page margin boxes). The
 * text runs in a narrow column, as in the Rijkshuisstijl.
 */
function letterHtml({ title, datum, kenmerk, address, colofon, betreft, body }) {
  const small = `7.5pt/1.3 ${FONT}`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
@page {
  size: A4;
  margin: 36mm 20mm 24mm 25mm;
  @top-left {
    content: ${cssString(MINISTRY)};
    font: bold ${small}; color: ${BLUE};
    border-left: 10pt solid ${BLUE}; padding-left: 8pt;
    vertical-align: bottom; padding-bottom: 12mm;
  }
  @top-right {
    content: ${cssString(`Datum ${datum}`)};
    font: ${small}; color: #444;
    vertical-align: bottom; padding-bottom: 12mm;
  }
  @bottom-center {
    content: ${cssString(`${MINISTRY} · Kenmerk ${kenmerk} · Pagina `)} counter(page) " van " counter(pages);
    font: ${small}; color: #444;
    vertical-align: bottom; padding-bottom: 9mm;
  }
}
@page :first {
  margin-top: 0;
  @top-left { content: none; border: 0; padding: 0 }
  @top-right { content: none }
}
html { font: 10pt/1.55 ${FONT}; color: #111 }
body { margin: 0 }
.woordmerk {
  margin: 0; padding: 26mm 0 0 10pt; border-left: 14pt solid ${BLUE};
  font: bold 11pt/1.3 ${FONT}; color: ${BLUE};
}
.kop { display: grid; grid-template-columns: 108mm 1fr; column-gap: 15mm; margin-top: 8mm }
address { font-style: normal; font-size: 10pt; line-height: 1.4; margin-top: 4mm }
.meta { margin-top: 18mm }
.meta p, .meta h1 { display: grid; grid-template-columns: 20mm 1fr; margin: 0; font: inherit; font-size: 10pt }
.meta .k { color: #555; font-size: 8.5pt; align-self: baseline }
.colofon { font: ${small}; color: #444 }
.colofon p { margin: 0 0 3.2mm }
.colofon b { display: block; color: #222 }
main { width: 108mm; margin-top: 12mm }
p { margin: 0 0 7pt }
h2 { font-size: 10pt; margin: 13pt 0 5pt; break-after: avoid }
h3 { font-size: 9.5pt; margin: 12pt 0 4pt; break-after: avoid }
ol.par { margin: 0; padding-left: 9mm }
ol.par > li { margin: 0 0 7pt }
ol.par > li::marker { content: var(--nr) }
ul { margin: 0 0 6pt; padding-left: 5mm }
ul > li { margin: 0 0 3pt }
.ondertekening { break-inside: avoid; margin-top: 12pt }
.ondertekening .naam { margin-top: 16mm }
.bijlage { break-before: page }
.bijlage > h2:first-child { font-size: 11pt; margin-top: 0 }
.nieuwe-pagina { break-before: page }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 8.5pt; line-height: 1.35 }
th, td { border: 0.5pt solid #8a8a8a; padding: 3pt 4pt; text-align: left; vertical-align: top }
th { background: #e1e6ee }
tr { break-inside: avoid }
.r { text-align: right }
.noot { color: #555; font-size: 8.5pt }
dl { margin: 0 }
dt { font-weight: bold; break-after: avoid }
dd { margin: 1pt 0 7pt 6mm }
ol.faq { margin: 0; padding-left: 7mm }
ol.faq > li { margin: 0 0 8pt }
ol.faq > li::marker { font-weight: bold }
ol.faq .vraag { font-weight: bold; margin-bottom: 2pt; break-after: avoid }
</style>
</head>
<body>
<header>
<p class="woordmerk">Ministerie van Binnenlandse Zaken<br>en Koninkrijksrelaties</p>
<div class="kop">
<div>
<address>${address.map(esc).join('<br>')}</address>
<div class="meta">
<p><span class="k">Datum</span><span>${esc(datum)}</span></p>
<h1><span class="k">Betreft</span><span>${esc(betreft)}</span></h1>
</div>
</div>
<div class="colofon">
${colofon.map(([head, ...lines]) => `<p><b>${esc(head)}</b>${lines.map(esc).join('<br>')}</p>`).join('\n')}
</div>
</div>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * Numbered paragraphs "3.1", "3.2", ... as an ordered list whose markers are
 * those numbers (one string per marker, so text extraction reads "3.1").
 */
function numberedParas(prefix, paras) {
  return `<ol class="par">\n${paras.map((p, i) => `<li style="--nr: '${prefix}${i + 1}  '">${esc(p)}</li>`).join('\n')}\n</ol>`;
}

/** A signature block: paragraphs of lines; room for the signature above the last one. */
function signature(paragraphs) {
  const last = paragraphs.length - 1;
  return `<div class="ondertekening">\n${paragraphs
    .map((lines, i) => `<p${i === last ? ' class="naam"' : ''}>${lines.map(esc).join('<br>')}</p>`)
    .join('\n')}\n</div>`;
}

// ---------------------------------------------------------------------------
// 1. Brief van de minister van BZK (agendapunt 2, bijlage 1)
// ---------------------------------------------------------------------------

const LETTER = {
  kenmerk: '2024-0000451873',
  datum: '16 december 2024',
  betreft: 'Regionale samenwerking en nieuwe ronde Regio Deals',
  intro: [
    'Met deze brief informeer ik u over de plannen van het kabinet om de regionale samenwerking de komende jaren te versterken. Ik doe dat mede naar aanleiding van het bestuurlijk overleg van 7 oktober 2024 met vertegenwoordigers van een aantal samenwerkingsregio\'s, waaronder de Regio Rivierenland-Oost. In dat overleg is gesproken over de rol van regio\'s bij grote maatschappelijke opgaven, over de democratische legitimatie van regionale samenwerking en over de financiële verhoudingen tussen Rijk, provincies, gemeenten en regio\'s.',
    'Het kabinet hecht aan een sterke regionale samenwerking. Veel opgaven, zoals de woningbouw, de bereikbaarheid, de energietransitie en de arbeidsmarkt, houden niet op bij de gemeentegrens. Tegelijk stel ik vast dat regio\'s verschillen in omvang, in slagkracht en in de manier waarop zij zijn georganiseerd. Met deze brief wil ik duidelijk maken wat regio\'s van het Rijk kunnen verwachten en wat het Rijk op zijn beurt van regio\'s vraagt.',
    'De brief is als volgt opgebouwd. In paragraaf 1 schets ik de aanleiding. Paragraaf 2 bevat de uitgangspunten die het kabinet hanteert. In paragraaf 3 ga ik in op de bestuurlijke inrichting en de rol van gemeenteraden. Paragraaf 4 beschrijft de nieuwe ronde Regio Deals. De paragrafen 5 en 6 gaan over de financiën en over de ondersteuning door het Rijk. Ik sluit af met de planning in paragraaf 7. In de bijlagen vindt u het beoordelingskader, een planning, een begrippenlijst en antwoorden op veelgestelde vragen.',
  ],
  sections: [
    {
      title: 'Aanleiding',
      paras: [
        'In de afgelopen jaren is het aantal samenwerkingsverbanden tussen gemeenten sterk gegroeid. Naast de wettelijk verplichte samenwerking op het gebied van veiligheid en gezondheid werken gemeenten op vrijwillige basis samen aan economie, wonen, mobiliteit en energie. Die samenwerking heeft veel opgeleverd. Regio\'s hebben bijgedragen aan investeringsprogramma\'s, aan de aanpak van tekorten op de arbeidsmarkt en aan de regionale energiestrategieën.',
        'Tegelijkertijd bereiken mij signalen dat de samenwerking op onderdelen onder druk staat. Gemeenteraden geven aan dat zij onvoldoende zicht hebben op besluiten die in regionaal verband worden voorbereid. Regio\'s melden dat zij afhankelijk zijn van tijdelijke middelen en daardoor moeilijk kunnen plannen. Rijksprogramma\'s hanteren bovendien uiteenlopende regio-indelingen, waardoor dezelfde gemeenten in steeds wisselende samenstellingen aan tafel zitten.',
        'Het kabinet heeft aangekondigd dat het de samenwerking met regio\'s wil vereenvoudigen en bestendigen. Deze brief is een eerste uitwerking daarvan. Ik heb daarbij gebruikgemaakt van de inbreng uit de regionale bijeenkomsten die dit najaar zijn georganiseerd, van gesprekken met provincies en gemeenten en van een onafhankelijke evaluatie van de eerdere rondes Regio Deals.',
        'Ik realiseer mij dat regio\'s sterk van elkaar verschillen. Een stedelijke regio met een miljoen inwoners staat voor andere vragen dan een landelijke grensregio met enkele kleinere gemeenten. Deze brief biedt daarom geen blauwdruk, maar een kader waarbinnen regio\'s hun eigen keuzes kunnen maken.',
      ],
    },
    {
      title: 'Uitgangspunten voor regionale samenwerking',
      paras: [
        'Het kabinet hanteert vijf uitgangspunten voor de samenwerking met regio\'s. Het eerste uitgangspunt is dat de gemeente het eerste aanspreekpunt blijft voor inwoners. Regionale samenwerking is een middel om gemeentelijke taken beter uit te voeren en geen nieuwe bestuurslaag. Besluiten over de inzet van gemeentelijke middelen blijven uiteindelijk bij de gemeenteraad.',
        'Het tweede uitgangspunt is dat de opgave centraal staat. Het Rijk wil met regio\'s afspraken maken over concrete maatschappelijke opgaven, met duidelijke doelen en een realistische termijn. Een regio die een bijdrage van het Rijk vraagt, moet kunnen laten zien welk probleem wordt opgelost en waarom dat in regionaal verband beter gaat dan door elke gemeente afzonderlijk.',
        'Het derde uitgangspunt is eenvoud. Ik streef ernaar dat rijksprogramma\'s zoveel mogelijk aansluiten bij bestaande regio-indelingen. Waar dat niet mogelijk is, maken de betrokken ministeries vooraf duidelijk waarom een afwijkende indeling nodig is. Ook wil ik het aantal verantwoordingsverplichtingen beperken. Regio\'s die geld ontvangen voor meerdere programma\'s, moeten daarover zoveel mogelijk in één keer kunnen rapporteren.',
        'Het vierde uitgangspunt is wederkerigheid. Het Rijk vraagt regio\'s om zich in te zetten voor nationale doelen, bijvoorbeeld op het gebied van woningbouw en verduurzaming. Daar staat tegenover dat het Rijk zich inspant om belemmeringen weg te nemen die regio\'s ervaren, bijvoorbeeld in wet- en regelgeving, en om tijdig duidelijkheid te geven over financiering.',
        'Het vijfde uitgangspunt is dat samenwerking democratisch gelegitimeerd moet zijn. Gemeenteraden moeten in staat zijn om kaders te stellen en te controleren. Dat vraagt om tijdige informatie, om heldere mandaten en om ruimte voor raden om wensen en bedenkingen in te brengen voordat een regio zich bindt aan afspraken met het Rijk.',
        'Deze uitgangspunten zijn in de bestuurlijke overleggen van dit najaar breed onderschreven. Verschillende regio\'s hebben daarbij benadrukt dat het Rijk zelf ook consistent moet handelen. Ik neem die oproep ter harte. Binnen het kabinet maak ik afspraken over een gezamenlijke werkwijze van de ministeries in hun contacten met regio\'s.',
      ],
    },
    {
      title: 'Bestuurlijke inrichting en democratische legitimatie',
      paras: [
        'Regio\'s zijn verschillend georganiseerd. Sommige werken op basis van een gemeenschappelijke regeling met een algemeen en een dagelijks bestuur, andere kiezen voor een lichtere vorm, zoals een convenant of een bestuurlijk netwerk. Het kabinet schrijft geen organisatievorm voor. Wel vraag ik regio\'s die afspraken willen maken met het Rijk om duidelijk te maken wie bevoegd is om namens de regio te besluiten en hoe de deelnemende gemeenten daarbij zijn betrokken.',
        'Gemeenteraden hebben sinds de wijziging van de Wet gemeenschappelijke regelingen meer mogelijkheden om invloed uit te oefenen op samenwerkingsverbanden. Ik zie dat veel regio\'s daarmee aan de slag zijn gegaan, bijvoorbeeld door een regionale adviescommissie van raadsleden in te stellen of door raden vroegtijdig te betrekken bij de begroting. Ik moedig regio\'s aan om deze instrumenten te benutten, ook bij de voorbereiding van voorstellen voor een Regio Deal.',
        'In de gesprekken van dit najaar is meermaals gewezen op de werkdruk bij raadsleden. Het aantal regionale stukken dat raden moeten beoordelen, neemt toe. Ik vraag regio\'s om hun informatievoorziening aan raden zo in te richten dat de hoofdlijnen snel duidelijk zijn. Een korte samenvatting bij elk voorstel, een overzicht van de financiële gevolgen per gemeente en een vaste planning van besluitvormingsmomenten kunnen daarbij helpen.',
        'Ook provincies hebben een belangrijke rol. Zij zijn vaak medefinancier van regionale programma\'s en hebben een eigen verantwoordelijkheid voor ruimtelijke ordening, regionale economie en mobiliteit. Ik vraag regio\'s om bij de voorbereiding van voorstellen tijdig met de provincie af te stemmen, zodat provinciale en regionale plannen elkaar versterken.',
        'Voor grensregio\'s geldt daarnaast dat samenwerking met partners in het buurland vaak een vanzelfsprekend onderdeel is van de regionale opgave. Ik wil die samenwerking ondersteunen. Het ministerie heeft daarvoor een aanspreekpunt grensregio\'s ingericht, dat regio\'s helpt bij vragen over verschillen in wet- en regelgeving aan weerszijden van de grens.',
        'Ik besef dat sommige gemeenteraden terughoudend zijn over nieuwe regionale verplichtingen, gezien de financiële vooruitzichten van gemeenten vanaf 2026. Het kabinet werkt aan een stabielere financiering van gemeenten. In de tussentijd vraag ik regio\'s om realistisch te zijn over wat gemeenten kunnen bijdragen en om meerjarige verplichtingen zorgvuldig te onderbouwen.',
      ],
    },
    {
      title: 'Nieuwe ronde Regio Deals',
      paras: [
        'Het kabinet stelt in de periode 2025-2028 opnieuw middelen beschikbaar voor Regio Deals. Een Regio Deal is een afspraak tussen het Rijk en een regio over een gezamenlijke aanpak van een maatschappelijke opgave, waarbij beide partijen investeren. De eerdere rondes hebben laten zien dat deze werkwijze kan leiden tot duurzame samenwerking en tot zichtbare resultaten voor inwoners.',
        'In de nieuwe ronde ligt het accent op regio\'s waar de brede welvaart achterblijft bij het landelijk gemiddelde, en op opgaven die samenhangen met de leefbaarheid van kleine kernen, de bereikbaarheid van voorzieningen en de aansluiting tussen onderwijs en arbeidsmarkt. Regio\'s kunnen tot 1 juni 2025 een opgave indienen. Daarbij volstaat in eerste instantie een beschrijving van maximaal tien pagina\'s.',
        'Een opgave bevat in ieder geval een analyse van de regionale situatie, de doelen die de regio wil bereiken, de partners die aan de uitvoering bijdragen en een indicatie van de benodigde middelen. De regio draagt ten minste de helft van de totale kosten bij, waarbij bijdragen van provincie, gemeenten, bedrijven en maatschappelijke organisaties meetellen. Het beoordelingskader vindt u in bijlage 1 bij deze brief.',
        'De ingediende opgaven worden beoordeeld door een interdepartementale commissie. De commissie kan regio\'s uitnodigen voor een mondelinge toelichting. Ik verwacht in het najaar van 2025 een besluit te nemen over de opgaven die in aanmerking komen voor uitwerking tot een Regio Deal. De uitwerking gebeurt vervolgens in nauw overleg tussen de regio en het betrokken ministerie.',
        'Ik realiseer mij dat het voorbereiden van een opgave tijd en capaciteit vraagt. Daarom stel ik voor kleinere regio\'s een bijdrage in de voorbereidingskosten beschikbaar. Regio\'s met minder dan 250.000 inwoners kunnen hiervoor een vergoeding van maximaal € 50.000 ontvangen. De voorwaarden worden begin 2025 bekendgemaakt.',
        'Ik hecht eraan dat de nieuwe ronde voortbouwt op wat eerder is bereikt. Regio\'s die al een Regio Deal uitvoeren, kunnen een nieuwe opgave indienen, mits deze een duidelijk ander doel heeft of een aantoonbare verdieping vormt. Regio\'s die nog geen Regio Deal hebben, nodig ik nadrukkelijk uit om een opgave in te dienen.',
        'Om de ervaringen uit eerdere rondes beschikbaar te maken, organiseert het ministerie in het voorjaar van 2025 een aantal leerbijeenkomsten. Daar delen regio\'s die al een Regio Deal uitvoeren hun ervaringen met de opzet van een programmaorganisatie, met de betrokkenheid van inwoners en met het volgen van resultaten.',
        'Een Regio Deal staat niet op zichzelf. Veel regio\'s ontvangen ook middelen uit andere rijksprogramma\'s, bijvoorbeeld voor woningbouw, mobiliteit of de energietransitie. Ik vraag regio\'s om in hun opgave aan te geven hoe de Regio Deal zich verhoudt tot deze programma\'s en hoe dubbel werk wordt voorkomen. De commissie betrekt deze samenhang bij haar beoordeling.',
      ],
    },
    {
      title: 'Financiën en verantwoording',
      paras: [
        'Voor de nieuwe ronde Regio Deals is in de periode 2025-2028 in totaal € 300 miljoen beschikbaar. De rijksbijdrage per Regio Deal bedraagt in de regel tussen € 5 miljoen en € 25 miljoen. Het definitieve bedrag hangt af van de omvang van de opgave, de bijdrage van de regio en de verwachte effecten.',
        'De middelen worden verstrekt via een specifieke uitkering aan een van de deelnemende gemeenten of aan het openbaar lichaam van de gemeenschappelijke regeling. Dat beperkt de administratieve lasten. De ontvanger legt verantwoording af via de bestaande systematiek van single information, single audit, zodat geen aparte accountantsverklaring nodig is.',
        'Ik vraag regio\'s om de voortgang jaarlijks te rapporteren aan de hand van een beperkt aantal indicatoren, die bij de uitwerking van de Regio Deal worden afgesproken. Daarbij gaat het nadrukkelijk niet alleen om financiële gegevens, maar ook om de resultaten voor inwoners en ondernemers. Halverwege de looptijd vindt een gezamenlijke tussenevaluatie plaats.',
        'Gemeenteraden moeten zicht hebben op de financiële verplichtingen die hun gemeente via de regio aangaat. Ik vraag regio\'s daarom om bij een voorstel voor een Regio Deal per gemeente inzichtelijk te maken welke bijdrage wordt verwacht en over welke periode. Zo kunnen raden deze bijdragen tijdig in hun begroting opnemen.',
        'Het kabinet onderzoekt daarnaast of een deel van de tijdelijke middelen die nu via afzonderlijke programma\'s naar regio\'s gaan, kan worden samengevoegd. Het doel is dat regio\'s minder aanvragen hoeven te doen en beter kunnen plannen. Ik informeer u over de uitkomsten van dat onderzoek in de loop van 2025.',
        'Ten slotte wijs ik erop dat de rijksbijdrage niet bedoeld is voor structurele exploitatiekosten. Regio\'s geven in hun opgave aan hoe de resultaten na afloop van de Regio Deal worden geborgd, bijvoorbeeld door opname in de reguliere begroting van gemeenten of door afspraken met partners over het voortzetten van activiteiten.',
      ],
    },
    {
      title: 'Ondersteuning door het Rijk',
      paras: [
        'Elke regio krijgt een vast aanspreekpunt bij het Rijk, een zogenoemde regioambassadeur. De regioambassadeur kent de regio, brengt de juiste ministeries aan tafel en signaleert knelpunten in rijksbeleid. Voor de Regio Rivierenland-Oost is dit drs. P.J. Koolhoven. Hij neemt in het voorjaar contact met u op.',
        'Daarnaast stelt het ministerie een expertteam beschikbaar dat regio\'s kan ondersteunen bij juridische en financiële vraagstukken, bijvoorbeeld over staatssteun, aanbesteding en de inrichting van gemeenschappelijke regelingen. Regio\'s kunnen het expertteam kosteloos inschakelen voor een beperkt aantal dagen per jaar.',
        'Samen met de koepelorganisaties van gemeenten en provincies werk ik aan een kennisplatform over regionale samenwerking. Op dat platform worden voorbeelden, handreikingen en modelteksten gedeeld. Het platform gaat in het voorjaar van 2025 van start.',
        'Tot slot nodig ik regio\'s uit om knelpunten in wet- en regelgeving die regionale samenwerking belemmeren, te melden bij hun aanspreekpunt. Het ministerie verzamelt deze knelpunten en bespreekt ze twee keer per jaar met de betrokken departementen. Regio\'s die een knelpunt hebben gemeld, horen wat ermee is gedaan.',
      ],
    },
    {
      title: 'Planning en vervolg',
      paras: [
        'Ik nodig u uit voor een bestuurlijk overleg in het voorjaar van 2025. In dat overleg wil ik met u spreken over de opgaven in uw regio, over uw voornemens voor een Regio Deal en over de ondersteuning die u daarbij van het Rijk verwacht. Mijn secretariaat neemt contact met u op om een afspraak te maken.',
        'De belangrijkste data voor de nieuwe ronde Regio Deals zijn opgenomen in bijlage 2. Ik wijs u in het bijzonder op de informatiebijeenkomst voor regio\'s op 12 maart 2025 en op de uiterste datum voor het indienen van een opgave, 1 juni 2025.',
        'Ik stel het op prijs als u deze brief onder de aandacht brengt van de gemeenteraden van de deelnemende gemeenten. Een afschrift van deze brief is verzonden aan Gedeputeerde Staten van uw provincie.',
        'Ik zie uit naar de verdere samenwerking en naar uw inbreng in het bestuurlijk overleg.',
      ],
    },
  ],
  criteria: [
    ['Urgentie van de opgave', 'De regio maakt met cijfers aannemelijk dat de opgave groot is en dat de situatie zonder extra inzet verslechtert. Indicatoren voor brede welvaart worden vergeleken met het landelijk gemiddelde.', '25%'],
    ['Kwaliteit van de aanpak', 'De aanpak is samenhangend, haalbaar binnen de looptijd en bouwt voort op bestaande plannen. Er is een heldere programmaorganisatie met een duidelijke verdeling van verantwoordelijkheden.', '25%'],
    ['Samenwerking en draagvlak', 'Gemeenten, provincie, ondernemers, onderwijs en maatschappelijke organisaties zijn betrokken. Gemeenteraden zijn geïnformeerd en hebben hun wensen en bedenkingen kunnen inbrengen.', '20%'],
    ['Cofinanciering', 'De regio en haar partners dragen ten minste 50 procent van de totale kosten bij. Toezeggingen zijn schriftelijk vastgelegd.', '15%'],
    ['Volgen en leren', 'De regio benoemt meetbare indicatoren, beschrijft hoe de voortgang wordt gevolgd en hoe lessen worden gedeeld met andere regio\'s.', '10%'],
    ['Overdraagbaarheid', 'De aanpak kan naar verwachting ook in andere regio\'s worden toegepast.', '5%'],
  ],
  criteriaNotes: [
    'De interdepartementale commissie beoordeelt elke opgave op de zes criteria hierboven. Per criterium wordt een score gegeven van 1 (onvoldoende) tot en met 5 (uitstekend). De gewogen score bepaalt de rangorde van de opgaven.',
    'Een opgave die op een van de criteria urgentie, kwaliteit van de aanpak of cofinanciering een score van 1 krijgt, komt niet in aanmerking voor uitwerking, ongeacht de totaalscore.',
    'Bij een gelijke score geeft de commissie voorrang aan opgaven uit regio\'s die nog geen Regio Deal hebben. Daarnaast streeft het kabinet naar een evenwichtige spreiding over het land.',
    'De commissie kan regio\'s vragen om hun opgave op onderdelen aan te vullen. Regio\'s krijgen daarvoor ten minste drie weken de tijd. Aanvullingen mogen de omvang van de opgave niet wezenlijk veranderen.',
  ],
  planning: [
    ['16 december 2024', 'Verzending van deze brief aan de samenwerkingsregio\'s'],
    ['februari 2025', 'Bekendmaking van de voorwaarden voor de bijdrage in de voorbereidingskosten'],
    ['12 maart 2025', 'Informatiebijeenkomst voor regio\'s in Utrecht'],
    ['maart - mei 2025', 'Bestuurlijke overleggen met afzonderlijke regio\'s'],
    ['april - mei 2025', 'Leerbijeenkomsten met regio\'s die al een Regio Deal uitvoeren'],
    ['1 juni 2025', 'Uiterste datum voor het indienen van een opgave'],
    ['juni - september 2025', 'Beoordeling door de interdepartementale commissie, inclusief mondelinge toelichtingen'],
    ['oktober 2025', 'Besluit over de opgaven die worden uitgewerkt tot een Regio Deal'],
    ['november 2025 - april 2026', 'Uitwerking van de Regio Deals in overleg met de regio\'s'],
    ['mei 2026', 'Ondertekening van de eerste Regio Deals uit de nieuwe ronde'],
    ['voorjaar 2027', 'Eerste jaarlijkse voortgangsrapportage'],
    ['najaar 2028', 'Gezamenlijke tussenevaluatie'],
  ],
  planningNote: 'De data in dit overzicht zijn onder voorbehoud. Wijzigingen worden tijdig via het aanspreekpunt en het kennisplatform bekendgemaakt.',
  terms: [
    ['Brede welvaart', 'Alles wat mensen van waarde vinden voor hun leven, zoals gezondheid, wonen, werk, onderwijs, een schone leefomgeving en sociale contacten, en niet alleen inkomen.'],
    ['Cofinanciering', 'Het deel van de kosten van een Regio Deal dat niet door het Rijk wordt betaald, maar door de regio en haar partners.'],
    ['Gemeenschappelijke regeling', 'Een samenwerkingsvorm op grond van de Wet gemeenschappelijke regelingen, waarin gemeenten afspraken vastleggen over taken, bevoegdheden en financiering.'],
    ['Interdepartementale commissie', 'Een commissie met vertegenwoordigers van de betrokken ministeries die de ingediende opgaven beoordeelt.'],
    ['Opgave', 'Een beschrijving door een regio van een maatschappelijk vraagstuk en de voorgestelde aanpak, als eerste stap naar een Regio Deal.'],
    ['Regio', 'Een samenwerkingsverband van gemeenten, al dan niet met provincie en andere partners, dat gezamenlijk een of meer opgaven oppakt.'],
    ['Regio Deal', 'Een afspraak tussen het Rijk en een regio over een gezamenlijke aanpak van een regionale opgave, waarbij beide partijen investeren.'],
    ['Regioambassadeur', 'Het vaste aanspreekpunt van een regio bij het Rijk.'],
    ['Single information, single audit', 'De systematiek waarmee gemeenten en gemeenschappelijke regelingen via de jaarrekening verantwoording afleggen over specifieke uitkeringen.'],
    ['Specifieke uitkering', 'Een bijdrage van het Rijk die aan een bepaald doel moet worden besteed.'],
    ['Wensen en bedenkingen', 'De reactie van een gemeenteraad op een voorgenomen besluit van een samenwerkingsverband, voordat dat besluit wordt genomen.'],
  ],
  faq: [
    ['Kan een regio meer dan één opgave indienen?', 'Nee. Een regio dient één opgave in. Binnen die opgave kunnen wel meerdere samenhangende thema\'s aan bod komen, mits duidelijk is hoe zij bijdragen aan één overkoepelend doel.'],
    ['Moet de opgave door alle gemeenteraden zijn goedgekeurd?', 'Voor het indienen van een opgave is geen raadsbesluit nodig. Wel vraagt het Rijk dat gemeenteraden zijn geïnformeerd en hun wensen en bedenkingen hebben kunnen inbrengen. Voor de ondertekening van een Regio Deal is instemming nodig van de gemeenten die financiële verplichtingen aangaan.'],
    ['Telt een bijdrage in natura mee als cofinanciering?', 'Ja, als de bijdrage in geld kan worden uitgedrukt en controleerbaar is, bijvoorbeeld de inzet van personeel of het beschikbaar stellen van ruimte. Het deel in natura bedraagt ten hoogste een vijfde van de regionale bijdrage.'],
    ['Mogen Europese subsidies als cofinanciering worden ingezet?', 'Ja. Europese middelen tellen mee als regionale bijdrage, voor zover de Europese regels dat toestaan. Dubbele financiering van dezelfde kosten is niet toegestaan.'],
    ['Wat gebeurt er als een opgave niet wordt geselecteerd?', 'De regio ontvangt een schriftelijke toelichting op de beoordeling. De regioambassadeur bespreekt met de regio welke andere mogelijkheden er zijn, bijvoorbeeld via bestaande programma\'s van de ministeries.'],
    ['Kan een grensregio partners uit het buurland betrekken?', 'Ja. Partners uit het buurland kunnen deelnemen aan de uitvoering en bijdragen aan de financiering. De rijksbijdrage wordt besteed aan activiteiten die ten goede komen aan de Nederlandse kant van de grens of aan beide zijden.'],
    ['Hoe lang loopt een Regio Deal?', 'In de regel vier jaar. Een langere looptijd is mogelijk als de aard van de opgave daarom vraagt, bijvoorbeeld bij grote investeringen in gebouwen of infrastructuur.'],
    ['Wie ontvangt de rijksbijdrage?', 'De regio wijst één penvoerder aan, die de rijksbijdrage ontvangt en verantwoording aflegt. Dat kan een gemeente zijn of het openbaar lichaam van een gemeenschappelijke regeling.'],
    ['Waar vind ik het format voor een opgave?', 'Het format wordt in februari 2025 gepubliceerd op het kennisplatform regionale samenwerking. Het aanspreekpunt stuurt het format ook per e-mail aan alle samenwerkingsregio\'s.'],
    ['Kan de regio hulp krijgen bij het schrijven van de opgave?', 'Het expertteam kan meedenken over de opzet, de financiering en juridische vragen. Het schrijven van de opgave blijft de verantwoordelijkheid van de regio zelf. Kleinere regio\'s kunnen een bijdrage in de voorbereidingskosten aanvragen.'],
  ],
};


async function makeMinisterLetter(file) {
  // 16 pages: the letter flows over pages 1-9; each bijlage starts on a new
  // page (10-11, 12, 13-14, 15-16), with a page break before "Werkwijze van de
  // commissie" and before the term "Single information, single audit", as in
  // the drawn original. makePdf() checks the count.
  const body = [
    '<p>Geacht bestuur,</p>',
    ...LETTER.intro.map((p) => `<p>${esc(p)}</p>`),
    ...LETTER.sections.map((section, s) => `<h2>${s + 1}. ${esc(section.title)}</h2>\n${numberedParas(`${s + 1}.`, section.paras)}`),
    signature([
      ['Hoogachtend,'],
      ['De minister van Binnenlandse Zaken en Koninkrijksrelaties,', 'namens deze,', 'de directeur Regionale Samenwerking,'],
      ['mr. drs. C.J. Wouterse'],
    ]),
    // Bijlage 1: beoordelingskader.
    `<section class="bijlage">
<h2>Bijlage 1. Beoordelingskader opgaven Regio Deals 2025-2028</h2>
<p>Deze bijlage beschrijft de criteria waarop de interdepartementale commissie de ingediende opgaven beoordeelt, en de weging van elk criterium.</p>
${tableHtml([{ title: 'Criterium', width: 0.31 }, { title: 'Toelichting', width: 0.54 }, { title: 'Weging', width: 0.15, align: 'right' }], LETTER.criteria)}
<h3 class="nieuwe-pagina">Werkwijze van de commissie</h3>
${numberedParas('B1.', LETTER.criteriaNotes)}
</section>`,
    // Bijlage 2: planning.
    `<section class="bijlage">
<h2>Bijlage 2. Planning nieuwe ronde Regio Deals</h2>
${tableHtml([{ title: 'Wanneer', width: 0.3 }, { title: 'Wat', width: 0.7 }], LETTER.planning)}
<p class="noot">${esc(LETTER.planningNote)}</p>
</section>`,
    // Bijlage 3: begrippenlijst.
    `<section class="bijlage">
<h2>Bijlage 3. Begrippenlijst</h2>
<dl>
${LETTER.terms.map(([term, def]) => `<dt${term === 'Single information, single audit' ? ' class="nieuwe-pagina"' : ''}>${esc(term)}</dt><dd>${esc(def)}</dd>`).join('\n')}
</dl>
</section>`,
    // Bijlage 4: veelgestelde vragen.
    `<section class="bijlage">
<h2>Bijlage 4. Veelgestelde vragen</h2>
<ol class="faq">
${LETTER.faq.map(([q, a]) => `<li><p class="vraag">${esc(q)}</p><p>${esc(a)}</p></li>`).join('\n')}
</ol>
</section>`,
  ].join('\n');

  const html = letterHtml({
    title: 'Brief minister van BZK over regionale samenwerking',
    datum: LETTER.datum,
    kenmerk: LETTER.kenmerk,
    betreft: LETTER.betreft,
    address: ['Het Dagelijks Bestuur van de', 'Regio Rivierenland-Oost', 't.a.v. de voorzitter, de heer H.A. Brouwer', 'Havenkade 12', '6601 AB  WAALVEEN'],
    colofon: [
      ['Directie Regionale Samenwerking', 'Den Haag'],
      ['Contactpersoon', 'drs. R.M. Smulders'],
      ['Kenmerk', LETTER.kenmerk],
      ['Uw kenmerk', 'RRO/2024/1187'],
      ['Bijlagen', '4'],
    ],
    body,
  });
  await makePdf(file, html, 16);
}

// ---------------------------------------------------------------------------
// 2. Kamerbrief over de Regio Deals (agendapunt 2, bijlage 3)
// ---------------------------------------------------------------------------

const KAMERBRIEF = {
  datum: '9 december 2024',
  kenmerk: '2024-0000439210',
  betreft: 'Voortgang Regio Deals en aankondiging nieuwe ronde',
  intro: [
    'Met deze brief informeer ik uw Kamer over de voortgang van de lopende Regio Deals en over de voorbereiding van een nieuwe ronde in de periode 2025-2028. Daarmee geef ik invulling aan mijn toezegging tijdens het commissiedebat over het openbaar bestuur om uw Kamer voor het einde van het jaar te informeren.',
  ],
  sections: [
    {
      title: 'Stand van zaken',
      paras: [
        'Regio Deals zijn afspraken tussen het Rijk en regio\'s over een gezamenlijke aanpak van maatschappelijke opgaven. Het Rijk, de provincies, gemeenten en hun partners investeren samen. De lopende Regio Deals richten zich op uiteenlopende thema\'s, zoals de leefbaarheid van kleine kernen, de aansluiting tussen onderwijs en arbeidsmarkt, de verduurzaming van de economie en de gezondheid van inwoners.',
        'Het overgrote deel van de lopende Regio Deals verloopt volgens planning. Bij een beperkt aantal deals is sprake van vertraging, vooral door stijgende bouwkosten, een krappe arbeidsmarkt en langere vergunningsprocedures. In die gevallen heb ik met de betrokken regio\'s afspraken gemaakt over een aangepaste planning, zonder dat de doelen van de deal zijn gewijzigd.',
      ],
    },
    {
      title: 'Resultaten',
      paras: [
        'De regio\'s rapporteren jaarlijks over de voortgang. Uit de rapportages over 2023 blijkt dat de Regio Deals bijdragen aan zichtbare verbeteringen in de regio. Het onderstaande overzicht geeft een indruk van de resultaten per thema.',
      ],
      table: [
        ['Leefbaarheid kleine kernen', 'Vernieuwde dorpshuizen, multifunctionele accommodaties en mobiliteitsdiensten voor ouderen'],
        ['Onderwijs en arbeidsmarkt', 'Nieuwe praktijkroutes in techniek en zorg, samen met werkgevers'],
        ['Duurzame economie', 'Proeftuinen voor circulaire productie en energiehubs op bedrijventerreinen'],
        ['Gezondheid', 'Wijkgerichte preventieprogramma\'s en samenwerking tussen huisartsen en gemeenten'],
      ],
      after: [
        'De effecten op de brede welvaart zijn op korte termijn nog beperkt meetbaar. Veel investeringen werken pas na enkele jaren door. Daarom laat ik de effecten ook na afloop van de deals volgen.',
      ],
    },
    {
      title: 'Lessen uit de evaluatie',
      paras: [
        'Dit jaar is een onafhankelijke evaluatie uitgevoerd van de eerdere rondes Regio Deals. De evaluatie is positief over de werkwijze, maar bevat ook aandachtspunten. Ik noem de belangrijkste.',
      ],
      bullets: [
        'Regio\'s waarderen de gelijkwaardige samenwerking met het Rijk en de ruimte om zelf prioriteiten te stellen.',
        'De tijd tussen het indienen van een voorstel en het ondertekenen van een deal is te lang. Regio\'s verliezen daardoor momentum.',
        'Gemeenteraden zijn niet altijd tijdig betrokken. Dat leidt achteraf tot vragen over de verplichtingen die gemeenten zijn aangegaan.',
        'Kleinere regio\'s hebben moeite om de voorbereiding te financieren en trekken daardoor minder vaak een deal binnen.',
        'De verantwoording is op onderdelen zwaarder dan nodig, vooral waar meerdere rijksbijdragen samenkomen.',
      ],
      after: [
        'Ik neem deze lessen over in de opzet van de nieuwe ronde.',
      ],
    },
    {
      title: 'Nieuwe ronde 2025-2028',
      paras: [
        'Het kabinet stelt voor een nieuwe ronde Regio Deals in de periode 2025-2028 in totaal € 300 miljoen beschikbaar. Het accent ligt op regio\'s waar de brede welvaart achterblijft. Regio\'s kunnen tot 1 juni 2025 een opgave indienen. Een interdepartementale commissie beoordeelt de opgaven aan de hand van een openbaar beoordelingskader.',
        'Om de doorlooptijd te verkorten, wordt de procedure in twee stappen verdeeld. Eerst dienen regio\'s een beknopte opgave in. Alleen de opgaven die positief worden beoordeeld, worden uitgewerkt tot een volledige Regio Deal. Kleinere regio\'s kunnen een bijdrage in de voorbereidingskosten ontvangen van maximaal € 50.000.',
        'Ik vraag regio\'s om gemeenteraden vroegtijdig te betrekken en bij elk voorstel per gemeente inzichtelijk te maken welke bijdrage wordt verwacht. De verantwoording verloopt zoveel mogelijk via bestaande systemen. Ik heb de samenwerkingsregio\'s op 16 december 2024 per brief over de nieuwe ronde geïnformeerd.',
      ],
    },
    {
      title: 'Betrokkenheid van gemeenteraden en provincies',
      paras: [
        'In het commissiedebat heeft uw Kamer gevraagd naar de positie van gemeenteraden bij Regio Deals. Uit de evaluatie blijkt dat raden in de meeste regio\'s pas laat in het proces worden betrokken, vaak op het moment dat de afspraken met het Rijk al grotendeels vastliggen. Raadsleden ervaren dan weinig ruimte om nog invloed uit te oefenen.',
        'In de nieuwe ronde vraag ik regio\'s daarom om raden al bij de voorbereiding van de opgave te informeren en hun de gelegenheid te geven wensen en bedenkingen in te brengen. Bij de beoordeling van de opgaven weegt mee of dat is gebeurd. Daarnaast ontwikkel ik samen met de koepelorganisaties een handreiking voor raadsleden over hun rol bij Regio Deals.',
        'Provinciale Staten worden via Gedeputeerde Staten betrokken, omdat provincies in veel gevallen medefinancier zijn. Ik vraag provincies om de opgaven uit hun provincie in samenhang te bezien met hun eigen programma\'s, zodat regionale en provinciale middelen elkaar versterken.',
      ],
    },
    {
      title: 'Verantwoording',
      paras: [
        'De verantwoording over de rijksbijdrage verloopt via de systematiek van single information, single audit. Daarnaast rapporteren regio\'s jaarlijks over een beperkt aantal afgesproken indicatoren. Ik bundel deze rapportages in een jaarlijkse voortgangsbrief aan uw Kamer, waarvan de eerste in het voorjaar van 2025 verschijnt.',
        'Uw Kamer heeft ook gevraagd naar de effecten op lange termijn. Ik laat daarom een meerjarige monitor ontwikkelen die de ontwikkeling van de brede welvaart in de regio\'s met een Regio Deal vergelijkt met die in vergelijkbare regio\'s zonder deal.',
      ],
    },
    {
      title: 'Tot slot',
      paras: [
        'De Regio Deals laten zien dat Rijk en regio samen meer kunnen bereiken dan ieder afzonderlijk. Met de nieuwe ronde wil ik die samenwerking voortzetten en verbeteren. Ik informeer uw Kamer in het najaar van 2025 over de opgaven die worden uitgewerkt tot een Regio Deal.',
      ],
    },
  ],
};


async function makeKamerbrief(file) {
  const body = [
    '<p>Geachte voorzitter,</p>',
    ...KAMERBRIEF.intro.map((p) => `<p>${esc(p)}</p>`),
    ...KAMERBRIEF.sections.map((section) => [
      `<h2>${esc(section.title)}</h2>`,
      ...section.paras.map((p) => `<p>${esc(p)}</p>`),
      section.table ? tableHtml([{ title: 'Thema', width: 0.32 }, { title: 'Voorbeelden van resultaten', width: 0.68 }], section.table) : '',
      section.bullets ? `<ul>\n${section.bullets.map((b) => `<li>${esc(b)}</li>`).join('\n')}\n</ul>` : '',
      ...(section.after ?? []).map((p) => `<p>${esc(p)}</p>`),
    ].filter(Boolean).join('\n')),
    signature([
      ['De minister van Binnenlandse Zaken en Koninkrijksrelaties,'],
      ['namens deze, mr. drs. C.J. Wouterse,', 'directeur Regionale Samenwerking'],
    ]),
  ].join('\n');

  const html = letterHtml({
    title: 'Kamerbrief over de voortgang van de Regio Deals',
    datum: KAMERBRIEF.datum,
    kenmerk: KAMERBRIEF.kenmerk,
    betreft: KAMERBRIEF.betreft,
    address: ['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Den Haag'],
    colofon: [
      ['Datum', KAMERBRIEF.datum],
      ['Kenmerk', KAMERBRIEF.kenmerk],
    ],
    body,
  });
  await makePdf(file, html, 4);
}

// ---------------------------------------------------------------------------
// 3. Aanvraagformulier subsidie (agendapunt 3, bijlage 1)
// ---------------------------------------------------------------------------

/**
 * Builds the application form as HTML, one <div class="blad"> per printed page
 * (the old drawn form had a fixed page per part, too): labelled boxes with the
 * filled-in values, check boxes as text (☒ chosen, ☐ not; like the old form,
 * no interactive form fields), tables with header cells.
 */
class FormHtml {
  constructor() {
    this.pages = [];
  }

  newPage() {
    this.pages.push([]);
  }

  add(html) {
    this.pages[this.pages.length - 1].push(html);
  }

  title(title, subtitle) {
    this.add(`<h1>${esc(title)}</h1>\n<p class="ondertitel">${esc(subtitle)}</p>`);
  }

  section(title) {
    this.add(`<h2 class="sectie">${esc(title)}</h2>`);
  }

  subsection(title) {
    this.add(`<h3>${esc(title)}</h3>`);
  }

  paragraph(text, { className } = {}) {
    this.add(`<p${className ? ` class="${className}"` : ''}>${esc(text)}</p>`);
  }

  bullets(items) {
    this.add(`<ul class="opsomming">\n${items.map((item) => `<li>${esc(item)}</li>`).join('\n')}\n</ul>`);
  }

  note(text) {
    this.add(`<p class="toelichting">${esc(text)}</p>`);
  }

  table(columns, rows, { boldLast = false } = {}) {
    this.add(tableHtml(columns, rows, { boldLast }));
  }

  /** A row of labelled boxes: [{ label, value, width (fraction), lines }]. */
  fields(row) {
    const cells = row.map((f) => {
      const grow = f.width ?? 1 / row.length;
      const lines = f.lines ?? 1;
      return `<div class="veld" style="flex: ${grow} 1 0"><p class="label">${esc(f.label)}</p><p class="vak" style="min-height: ${lines * 13}pt">${esc(f.value ?? '')}</p></div>`;
    });
    this.add(`<div class="rij">${cells.join('')}</div>`);
  }

  field(label, value, lines) {
    this.fields([{ label, value, lines }]);
  }

  /** Check box options laid out in `columns` columns; a cross marks the chosen ones. */
  checkboxes(label, options, { columns = 2 } = {}) {
    const list = `<ul class="opties" style="grid-template-columns: repeat(${columns}, 1fr)">\n${options
      .map(([text, checked]) => `<li>${box(checked)}${esc(text)}</li>`)
      .join('\n')}\n</ul>`;
    this.add(label ? `<fieldset><legend>${esc(label)}</legend>\n${list}\n</fieldset>` : list);
  }

  /** A question answered with Ja or Nee. */
  question(text, yes) {
    this.add(`<div class="vraag"><p>${esc(text)}</p><p class="janee"><span>${box(yes)}Ja</span><span>${box(!yes)}Nee</span></p></div>`);
  }

  html({ title, code }) {
    const band = `linear-gradient(${BLUE}, ${BLUE}) top / 100% 15.5mm no-repeat`;
    const small = `7.5pt/1.3 ${FONT}`;
    return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
@page {
  size: A4;
  margin: 27mm 17.6mm 20mm 17.6mm;
  @top-left-corner { content: ""; background: ${band} }
  @top-left {
    content: "Provinciaal Subsidieloket";
    font: bold 13pt/16pt ${FONT}; color: #fff; background: ${band};
    vertical-align: top; padding-top: 4.6mm;
  }
  @top-right {
    content: ${cssString(`Formulier ${code}`)};
    font: bold 10pt/16pt ${FONT}; color: #fff; background: ${band};
    vertical-align: top; padding-top: 4.6mm; text-align: right;
  }
  @top-right-corner { content: ""; background: ${band} }
  @bottom-left {
    content: ${cssString(title)};
    font: ${small}; color: #555; vertical-align: bottom; padding-bottom: 9mm;
  }
  @bottom-right {
    content: "Pagina " counter(page) " van " counter(pages);
    font: ${small}; color: #555; vertical-align: bottom; padding-bottom: 9mm; text-align: right;
  }
}
html { font: 9.5pt/1.4 ${FONT}; color: #111 }
body { margin: 0 }
.blad + .blad { break-before: page }
p { margin: 0 0 6pt }
h1 { font-size: 20pt; line-height: 1.2; margin: 1mm 0 1mm }
.ondertitel { font-size: 13pt; font-weight: bold; color: ${BLUE}; margin-bottom: 5mm }
.concept { font-size: 10pt; font-weight: bold; margin-bottom: 5mm }
h2.sectie { background: ${BLUE}; color: #fff; font-size: 11pt; line-height: 1.3; padding: 3.5pt 8pt; margin: 2mm 0 4mm; break-after: avoid }
h3 { font-size: 10.5pt; margin: 4mm 0 2mm; break-after: avoid }
.rij { display: flex; gap: 10pt; margin: 0 0 8pt; break-inside: avoid }
.label { font-size: 8pt; line-height: 1.3; font-weight: bold; color: #555; margin: 0 0 2pt }
.vak { margin: 0; border: 0.8pt solid #8c8c8c; padding: 4pt 6pt; font-size: 10pt; line-height: 13pt }
fieldset { border: 0; margin: 0 0 8pt; padding: 0; min-width: 0 }
legend { font-size: 8pt; font-weight: bold; color: #555; padding: 0; margin-bottom: 3pt }
ul.opties { list-style: none; margin: 0 0 8pt; padding: 0; display: grid; row-gap: 3pt; column-gap: 10pt }
fieldset ul.opties { margin-bottom: 0 }
.kruis { font-size: 11pt; line-height: 1; margin-right: 5pt }
.vraag { display: grid; grid-template-columns: 1fr 110pt; column-gap: 12pt; margin: 0 0 6pt; break-inside: avoid }
.vraag p { margin: 0 }
.janee { display: flex; gap: 18pt }
.toelichting { font-size: 8.5pt; line-height: 1.35; color: #555; margin: 0 0 8pt }
ul.opsomming { margin: 0 0 8pt; padding-left: 5mm }
ul.opsomming > li { margin-bottom: 2pt }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 10pt; font-size: 9pt; line-height: 1.35 }
th, td { border: 0.6pt solid #8c8c8c; padding: 3pt 4pt; text-align: left; vertical-align: top }
th { background: #e1e6ee }
tr { break-inside: avoid }
.r { text-align: right }
tr.totaal td { font-weight: bold }
</style>
</head>
<body>
${this.pages.map((page) => `<div class="blad">\n${page.join('\n')}\n</div>`).join('\n')}
</body>
</html>
`;
  }
}

/** A check box as text: ☒ when chosen, ☐ when not. */
function box(checked) {
  return `<span class="kruis">${checked ? '\u2612' : '\u2610'}</span>`;
}

const FORM = {
  code: 'SEB-2025',
  title: 'Aanvraagformulier Subsidieregeling Energiehubs Bedrijventerreinen 2025',
  summary: 'Vier bedrijventerreinen in de regio Rivierenland-Oost werken samen aan energiehubs. Bedrijven wekken samen energie op, slaan die op en verdelen die slim, zodat het bestaande elektriciteitsnet beter wordt benut. Het project omvat haalbaarheidsstudies, een gezamenlijk energiemanagementsysteem, een pilot met batterijopslag en kennisdeling met andere terreinen.',
  probleem: 'Het elektriciteitsnet in de regio is op veel plaatsen vol. Op de bedrijventerreinen De Hoge Waard, Molenzicht, Dijkpoort en Kanaalzone-Noord staan 23 bedrijven op een wachtlijst voor een zwaardere aansluiting. Daardoor worden investeringen in verduurzaming en uitbreiding uitgesteld of elders gedaan. Tegelijk wekken bedrijven op dezelfde terreinen op zonnige dagen meer stroom op dan zij zelf gebruiken. Die stroom wordt nu teruggeleverd aan het net, terwijl de buren hem goed zouden kunnen gebruiken. De netbeheerder verwacht dat uitbreiding van het net in dit gebied niet voor 2031 gereed is.',
  doel: 'Het project heeft tot doel de beschikbare netcapaciteit op de vier bedrijventerreinen beter te benutten door bedrijven te laten samenwerken in energiehubs. Het project streeft naar 15 procent meer ruimte op het net zonder nieuwe kabels, ten minste 12 actief deelnemende bedrijven en een aanpak die andere bedrijventerreinen in de provincie kunnen overnemen.',
  aanpak: [
    ['Fase 1 - Verkennen (juni 2025 - december 2025)', 'Per terrein brengt een adviesbureau het verbruik en de opwek van de bedrijven in kaart. Samen met de ondernemers en de netbeheerder wordt bepaald welke vorm van samenwerking het best past, bijvoorbeeld een collectief contract of een gezamenlijke aansluiting.'],
    ['Fase 2 - Bouwen (januari 2026 - december 2026)', 'De partners richten een gezamenlijk energiemanagementsysteem in dat vraag en aanbod op elkaar afstemt. Op De Hoge Waard wordt een batterij van circa 4 MWh geplaatst. Met de netbeheerder worden afspraken gemaakt over flexibel gebruik van het net.'],
    ['Fase 3 - Leren en uitbreiden (januari 2027 - mei 2028)', 'De resultaten worden elk halfjaar gemeten en gedeeld. Andere bedrijventerreinen krijgen een handreiking en kunnen aansluiten bij bijeenkomsten. Het project sluit af met een openbare eindrapportage.'],
  ],
  innovatie: 'Energiehubs bestaan al op enkele plaatsen in het land, maar vrijwel altijd op één bedrijventerrein. Dit project is vernieuwend omdat vier terreinen met verschillende typen bedrijven één gezamenlijk energiemanagementsysteem delen. Daarnaast wordt voor het eerst in de provincie een batterij op een bedrijventerrein collectief door ondernemers beheerd.',
  samenwerking: 'De regio is penvoerder en levert de projectleider. De vier ondernemersverenigingen vertegenwoordigen de deelnemende bedrijven en dragen 30 procent van de kosten. De netbeheerder levert gegevens en denkt mee over flexibele contracten. Het lectoraat Energietransitie van de hogeschool in de regio verzorgt de metingen en de kennisdeling. Een stuurgroep met alle partners komt vier keer per jaar bijeen.',
};


async function makeApplicationForm(file) {
  const f = new FormHtml();

  // Page 1: cover and instructions.
  f.newPage();
  f.title('Aanvraag subsidie', 'Subsidieregeling Energiehubs Bedrijventerreinen 2025');
  f.paragraph('CONCEPT - versie 10 januari 2025, ter besluitvorming in het Algemeen Bestuur van 29 januari 2025', { className: 'concept' });
  f.subsection('Voordat u begint');
  f.bullets([
    'Lees de toelichting bij de Subsidieregeling Energiehubs Bedrijventerreinen 2025 voordat u dit formulier invult.',
    'Vul alle onderdelen in. Is een vraag niet op u van toepassing, schrijf dan "n.v.t.".',
    'Uw aanvraag moet uiterlijk 28 februari 2025 om 17:00 uur zijn ontvangen.',
    'Onvolledige aanvragen worden niet in behandeling genomen als de ontbrekende gegevens niet binnen twee weken na ons verzoek zijn aangevuld.',
    'Bewaar een kopie van dit formulier en de bijlagen voor uw eigen administratie.',
  ]);
  f.subsection('Hoe is dit formulier opgebouwd?');
  f.table(
    [{ title: 'Onderdeel', width: 0.12 }, { title: 'Onderwerp', width: 0.88 }],
    [
      ['1', 'Gegevens aanvrager'], ['2', 'Contactpersoon en tekenbevoegde'], ['3', 'Samenwerkingspartners'],
      ['4', 'Projectgegevens'], ['5', 'Projectbeschrijving'], ['6', 'Resultaten en indicatoren'],
      ['7', 'Planning en mijlpalen'], ['8', 'Begroting'], ['9', 'Financieringsplan'],
      ['10', 'Staatssteun'], ['11', 'Risico\'s en overige subsidies'], ['12', 'Bij te voegen stukken'],
      ['13', 'Verklaring en ondertekening'],
    ],
  );
  f.subsection('In te vullen door de provincie');
  f.fields([{ label: 'Zaaknummer', value: '' }, { label: 'Datum ontvangst', value: '' }, { label: 'Behandelaar', value: '' }]);

  // Page 2: section 1.
  f.newPage();
  f.section('1. Gegevens aanvrager');
  f.field('1.1 Statutaire naam organisatie', 'Regio Rivierenland-Oost');
  f.checkboxes('1.2 Rechtsvorm', [
    ['Gemeente', false], ['Openbaar lichaam (gemeenschappelijke regeling)', true],
    ['Stichting of vereniging', false], ['Besloten of naamloze vennootschap', false],
    ['Samenwerkingsverband', false], ['Anders', false],
  ]);
  f.fields([{ label: '1.3 KvK-nummer', value: '7654 3210' }, { label: '1.4 Vestigingsnummer', value: 'n.v.t.' }]);
  f.fields([{ label: '1.5 Bezoekadres', value: 'Havenkade 12', width: 0.5 }, { label: '1.6 Postcode', value: '6601 AB', width: 0.2 }, { label: '1.7 Plaats', value: 'Waalveen', width: 0.3 }]);
  f.fields([{ label: '1.8 Postadres (als dit afwijkt)', value: 'Postbus 140', width: 0.5 }, { label: '1.9 Postcode', value: '6600 AC', width: 0.2 }, { label: '1.10 Plaats', value: 'Waalveen', width: 0.3 }]);
  f.fields([{ label: '1.11 IBAN', value: 'NL00 BANK 0123 4567 89', width: 0.5 }, { label: '1.12 Ten name van', value: 'Regio Rivierenland-Oost', width: 0.5 }]);
  f.checkboxes('1.13 Kunt u de btw over de projectkosten terugvorderen of compenseren?', [
    ['Ja, volledig', true], ['Ja, gedeeltelijk', false], ['Nee', false],
  ], { columns: 3 });
  f.note('Als u de btw kunt terugvorderen of compenseren, neemt u in de begroting (onderdeel 8) alle bedragen op exclusief btw.');

  // Page 3: sections 2 and 3.
  f.newPage();
  f.section('2. Contactpersoon en tekenbevoegde');
  f.subsection('Contactpersoon voor deze aanvraag');
  f.fields([{ label: '2.1 Naam', value: 'J. Hoekstra' }, { label: '2.2 Functie', value: 'Programmamanager Energie' }]);
  f.fields([{ label: '2.3 Telefoonnummer', value: '0488 123 471' }, { label: '2.4 E-mailadres', value: 'j.hoekstra@rivierenland-oost.nl' }]);
  f.subsection('Tekenbevoegde');
  f.fields([{ label: '2.5 Naam', value: 'H.A. Brouwer' }, { label: '2.6 Functie', value: 'Voorzitter Dagelijks Bestuur' }]);
  f.note('De tekenbevoegde is de persoon die volgens de statuten of de gemeenschappelijke regeling de organisatie mag vertegenwoordigen. Voeg een bewijs van tekenbevoegdheid toe als dit niet uit het Handelsregister blijkt.');
  f.section('3. Samenwerkingspartners');
  f.paragraph('Vermeld alle partijen die financieel of inhoudelijk aan het project bijdragen.');
  f.table(
    [{ title: 'Naam partner', width: 0.42 }, { title: 'Rol in het project', width: 0.36 }, { title: 'Bijdrage (€)', width: 0.22, align: 'right' }],
    [
      ['Ondernemersvereniging De Hoge Waard', 'Deelnemer, locatie pilot batterijopslag', '310.000'],
      ['Ondernemersvereniging Molenzicht', 'Deelnemer', '150.000'],
      ['Bedrijvenkring Dijkpoort', 'Deelnemer', '140.000'],
      ['Ondernemersvereniging Kanaalzone-Noord', 'Deelnemer', '140.000'],
      ['Gemeente Waalveen', 'Cofinancier', '62.500'],
      ['Gemeente Gendervoort', 'Cofinancier', '62.500'],
      ['Gemeente Ommerzand', 'Cofinancier', '62.500'],
      ['Gemeente Haaldijk', 'Cofinancier', '62.500'],
      ['Netbeheerder', 'Kennispartner (bijdrage in natura)', '0'],
      ['Hogeschool, lectoraat Energietransitie', 'Kennispartner, metingen', '0'],
    ],
  );

  // Page 4: section 4.
  f.newPage();
  f.section('4. Projectgegevens');
  f.field('4.1 Titel van het project', 'Energiehubs Bedrijventerreinen Rivierenland-Oost');
  f.fields([{ label: '4.2 Korte naam', value: 'EHB-RO' }, { label: '4.3 Startdatum', value: '1 juni 2025' }, { label: '4.4 Einddatum', value: '31 mei 2028' }]);
  f.field('4.5 Korte samenvatting van het project (maximaal 100 woorden)', FORM.summary, 6);
  f.checkboxes('4.6 Locatie(s) van het project', [
    ['De Hoge Waard, Waalveen', true], ['Molenzicht, Gendervoort', true],
    ['Dijkpoort, Ommerzand', true], ['Kanaalzone-Noord, Haaldijk', true],
    ['Andere locatie', false],
  ]);
  f.checkboxes('4.7 Op welk doel van de regeling richt het project zich vooral?', [
    ['Beter benutten van bestaande netcapaciteit', true], ['Opslag van energie', true],
    ['Collectieve opwek van duurzame energie', false], ['Verduurzaming van warmte', false],
  ]);
  f.fields([{ label: '4.8 Aantal deelnemende bedrijven (verwacht)', value: '38' }, { label: '4.9 Gevraagde subsidie (€)', value: '1.240.000' }]);

  // Pages 5-7: section 5.
  f.newPage();
  f.section('5. Projectbeschrijving');
  f.note('Beschrijf het project zo concreet mogelijk. U kunt verwijzen naar het projectplan, maar de beoordeling gebeurt op basis van dit formulier.');
  f.field('5.1 Aanleiding en probleem', FORM.probleem, 14);
  f.field('5.2 Doelstelling', FORM.doel, 10);
  f.newPage();
  f.subsection('5.3 Aanpak en activiteiten');
  for (const [phase, text] of FORM.aanpak) f.field(phase, text, 6);
  f.newPage();
  f.field('5.4 Wat is het vernieuwende karakter van het project?', FORM.innovatie, 10);
  f.field('5.5 Hoe is de samenwerking tussen de partners georganiseerd?', FORM.samenwerking, 11);

  // Page 8: sections 6 and 7.
  f.newPage();
  f.section('6. Resultaten en indicatoren');
  f.table(
    [{ title: 'Indicator', width: 0.34 }, { title: 'Nulmeting', width: 0.18 }, { title: 'Streefwaarde 2028', width: 0.2 }, { title: 'Meetmethode', width: 0.28 }],
    [
      ['Extra benutte netcapaciteit', '0%', '15%', 'Meetgegevens netbeheerder'],
      ['Aantal actief deelnemende bedrijven', '0', '12', 'Deelnemersovereenkomsten'],
      ['Lokaal gedeelde stroom per jaar', '0 MWh', '2.500 MWh', 'Energiemanagementsysteem'],
      ['Vermeden CO2-uitstoot per jaar', '0 ton', '900 ton', 'Berekening lectoraat'],
      ['Bedrijven van de wachtlijst geholpen', '0', '15', 'Registratie regio'],
    ],
  );
  f.section('7. Planning en mijlpalen');
  f.table(
    [{ title: 'Mijlpaal', width: 0.6 }, { title: 'Gereed', width: 0.2 }, { title: 'Fase', width: 0.2 }],
    [
      ['Start project en installatie stuurgroep', 'juni 2025', '1'],
      ['Haalbaarheidsstudies vier terreinen afgerond', 'december 2025', '1'],
      ['Deelnemersovereenkomsten getekend', 'februari 2026', '2'],
      ['Energiemanagementsysteem in gebruik', 'juni 2026', '2'],
      ['Batterij De Hoge Waard in bedrijf', 'december 2026', '2'],
      ['Tussenrapportage aan de provincie', 'juni 2027', '3'],
      ['Handreiking voor andere terreinen', 'januari 2028', '3'],
      ['Eindrapportage en vaststellingsaanvraag', 'mei 2028', '3'],
    ],
  );

  // Page 9: section 8.
  f.newPage();
  f.section('8. Begroting');
  f.note('Alle bedragen in euro\'s, exclusief btw. Gebruik de kostensoorten uit artikel 6 van de regeling.');
  f.table(
    [{ title: 'Kostenpost', width: 0.4 }, { title: 'Kostensoort', width: 0.24 }, { title: 'Bedrag (€)', width: 0.18, align: 'right' }, { title: 'Subsidiabel (€)', width: 0.18, align: 'right' }],
    [
      ['Projectleiding en coördinatie', 'Personeel', '310.000', '310.000'],
      ['Haalbaarheidsstudies (vier terreinen)', 'Diensten derden', '240.000', '240.000'],
      ['Energiemanagementsysteem en software', 'Investering', '420.000', '420.000'],
      ['Pilot batterijopslag De Hoge Waard', 'Investering', '980.000', '980.000'],
      ['Aansluitingen en aanpassingen aan het net', 'Investering', '360.000', '360.000'],
      ['Communicatie en kennisdeling', 'Diensten derden', '70.000', '70.000'],
      ['Onvoorzien', 'Overig', '100.000', '100.000'],
      ['Totaal', '', '2.480.000', '2.480.000'],
    ],
    { boldLast: true },
  );
  f.fields([{ label: '8.1 Totale projectkosten (€)', value: '2.480.000' }, { label: '8.2 Totale subsidiabele kosten (€)', value: '2.480.000' }]);
  f.field('8.3 Toelichting op de begroting', 'De personeelskosten zijn berekend met de standaarduurtarieven uit de regeling. De kosten van de batterij zijn gebaseerd op twee offertes van oktober 2024. De post onvoorzien bedraagt 4 procent van de totale kosten.', 4);

  // Page 10: sections 9 and 10.
  f.newPage();
  f.section('9. Financieringsplan');
  f.table(
    [{ title: 'Financier', width: 0.56 }, { title: 'Bedrag (€)', width: 0.24, align: 'right' }, { title: 'Aandeel', width: 0.2, align: 'right' }],
    [
      ['Provincie (gevraagde subsidie)', '1.240.000', '50%'],
      ['Deelnemende bedrijven', '740.000', '30%'],
      ['Regio Rivierenland-Oost', '250.000', '10%'],
      ['Gemeenten Waalveen, Gendervoort, Ommerzand en Haaldijk', '250.000', '10%'],
      ['Totaal', '2.480.000', '100%'],
    ],
    { boldLast: true },
  );
  f.question('9.1 Zijn alle bijdragen van derden schriftelijk toegezegd?', true);
  f.note('De bijdragen van de gemeenten en de bedrijven zijn toegezegd onder voorbehoud van toekenning van de subsidie. De bijdrage van de regio is onder voorbehoud van het besluit van het Algemeen Bestuur van 29 januari 2025.');
  f.section('10. Staatssteun');
  f.question('10.1 Ontvangen ondernemingen via het project een voordeel dat zij onder normale marktomstandigheden niet zouden krijgen?', true);
  f.question('10.2 Past de steun binnen de algemene groepsvrijstellingsverordening (AGVV)?', true);
  f.question('10.3 Heeft een van de deelnemende ondernemingen in de afgelopen drie jaar de-minimissteun ontvangen?', false);
  f.field('10.4 Toelichting', 'De steun aan de deelnemende bedrijven valt onder de vrijstelling voor investeringen in energieopslag. De regio houdt per bedrijf bij welk voordeel wordt ontvangen.', 3);

  // Page 11: sections 11 and 12.
  f.newPage();
  f.section('11. Risico\'s en overige subsidies');
  f.table(
    [{ title: 'Risico', width: 0.32 }, { title: 'Kans', width: 0.12 }, { title: 'Beheersmaatregel', width: 0.56 }],
    [
      ['Te weinig deelnemende bedrijven', 'Klein', 'Intentieverklaringen van 38 bedrijven; minimaal 12 nodig. Actieve werving via de ondernemersverenigingen.'],
      ['Vertraging bij de netbeheerder', 'Middel', 'Netbeheerder vanaf de start in de stuurgroep; afspraken over doorlooptijden vastgelegd.'],
      ['Stijgende prijzen batterijen', 'Middel', 'Post onvoorzien; zo nodig een kleinere batterij. De regionale bijdrage wordt niet verhoogd.'],
      ['Onvoldoende gegevens voor metingen', 'Klein', 'Meetplan opgesteld door het lectoraat; deelnemers verplichten zich tot het delen van meetgegevens.'],
    ],
  );
  f.question('11.1 Heeft u voor dit project elders subsidie aangevraagd of ontvangen?', false);
  f.section('12. Bij te voegen stukken');
  f.checkboxes('', [
    ['Projectplan met haalbaarheidsonderzoek', true],
    ['Gespecificeerde begroting', true],
    ['Intentieverklaringen van de partners', true],
    ['Besluit Algemeen Bestuur (volgt na 29 januari 2025)', true],
    ['Bewijs van tekenbevoegdheid', false],
    ['Offertes batterijopslag', true],
  ]);

  // Page 12: section 13.
  f.newPage();
  f.section('13. Verklaring en ondertekening');
  f.paragraph('Door ondertekening van dit formulier verklaart de aanvrager dat:');
  f.bullets([
    'het formulier volledig en naar waarheid is ingevuld;',
    'de aanvrager op de hoogte is van de voorwaarden van de Subsidieregeling Energiehubs Bedrijventerreinen 2025;',
    'met de uitvoering van het project niet is begonnen voordat de aanvraag is ingediend;',
    'de aanvrager wijzigingen in het project direct meldt aan de provincie;',
    'de provincie de gegevens uit deze aanvraag mag gebruiken voor de beoordeling en voor openbare overzichten van verleende subsidies.',
  ]);
  f.fields([{ label: '13.1 Plaats', value: 'Waalveen' }, { label: '13.2 Datum', value: '' }]);
  f.fields([{ label: '13.3 Naam tekenbevoegde', value: 'H.A. Brouwer' }, { label: '13.4 Functie', value: 'Voorzitter Dagelijks Bestuur' }]);
  f.field('13.5 Handtekening', '', 5);
  f.note('Stuur het ondertekende formulier met de bijlagen via het digitale subsidieloket van de provincie. Aanvragen per e-mail worden niet in behandeling genomen.');

  await makePdf(file, f.html({ title: FORM.title, code: FORM.code }), 12);
}

// ---------------------------------------------------------------------------
// 07-personele-aangelegenheid/bijlagen/01-advies-selectiecommissie.pdf: the closed
// (besloten) appendix of the example, two pages, so the public edition's placeholder
// shows a first page and one "pagina weggelaten".
// ---------------------------------------------------------------------------

async function makeSelectionAdvice(file) {
  const paras = [
    'De selectiecommissie voor de vacature secretaris-directeur van het Regiokantoor Rivierenland-Oost heeft op 6, 8 en 9 januari 2025 vergaderd. Van de 31 sollicitanten zijn er zes voor een eerste gesprek uitgenodigd en vier voor een tweede gesprek met het Dagelijks Bestuur.',
    'De commissie beveelt unaniem aan mevrouw drs. A.M. Verhoeckx te benoemen. Zij combineert ruime ervaring als concerndirecteur met een overtuigende visie op de samenwerking tussen de acht gemeenten en de provincie. In beide gesprekken liet zij zien dat zij het vertrouwen van bestuurders en medewerkers weet te winnen.',
    'Het assessment van bureau Kampman & Ruys (rapport 2025-0117, 9 januari 2025) beoordeelt haar strategisch vermogen en haar integriteit als ruim boven het gevraagde niveau. Als aandachtspunt noemt het rapport haar neiging om veel zelf te willen doen; de commissie adviseert daarom een coachingstraject in het eerste jaar.',
    'De referenties bij twee oud-wethouders van de gemeente Lindenoord, met toestemming van de kandidaat opgevraagd, zijn onverdeeld positief. Beiden noemen haar zorgvuldig, toegankelijk en besluitvaardig.',
  ];
  const terms = [
    ['Functie', 'Secretaris-directeur Regiokantoor'],
    ['Ingangsdatum', '1 april 2025'],
    ['Inschaling', 'schaal 16, trede 7'],
    ['Bruto jaarsalaris', '€ 118.420 inclusief toelagen'],
    ['Proeftijd', 'twee maanden'],
    ['Verhuiskosten', 'ten hoogste € 7.500'],
  ];
  const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Advies van de selectiecommissie secretaris-directeur</title>
<style>
@page { size: A4; margin: 30mm 22mm 25mm 25mm;
  @top-left { content: "Selectiecommissie secretaris-directeur · Vertrouwelijk"; font: bold 8pt ${FONT}; color: ${BLUE}; }
  @bottom-center { content: "Advies selectiecommissie · Pagina " counter(page) " van " counter(pages); font: 7.5pt ${FONT}; color: #444; padding-bottom: 9mm; vertical-align: bottom; }
}
body { font: 10.5pt/1.5 ${FONT}; color: #111; }
h1 { font-size: 15pt; color: ${BLUE}; }
h2 { font-size: 11.5pt; margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; border-bottom: 1px solid #bbb; padding: 4pt 6pt; vertical-align: top; }
.next { break-before: page; }
</style>
</head>
<body>
<h1>Advies van de selectiecommissie</h1>
<p>Aan het Dagelijks Bestuur van de regio Rivierenland-Oost<br>Waalveen, 10 januari 2025</p>
<h2>1. Verloop van de procedure</h2>
<p>${esc(paras[0])}</p>
<h2>2. Advies</h2>
<p>${esc(paras[1])}</p>
<h2>3. Assessment</h2>
<p>${esc(paras[2])}</p>
<section class="next">
<h2>4. Referenties</h2>
<p>${esc(paras[3])}</p>
<h2>5. Voorgestelde arbeidsvoorwaarden</h2>
<table><tbody>
${terms.map(([a, b]) => `<tr><th scope="row">${esc(a)}</th><td>${esc(b)}</td></tr>`).join('\n')}
</tbody></table>
<p>Namens de selectiecommissie,<br>H.A. Brouwer, voorzitter</p>
</section>
</body>
</html>`;
  await makePdf(file, html, 2);
}

// ---------------------------------------------------------------------------

await makeMinisterLetter(path.join(MEETING, '02-lobby', 'bijlagen', '01-brief-minister.pdf'));
await makeKamerbrief(path.join(MEETING, '02-lobby', 'bijlagen', '03-kamerbrief-regiodeals.pdf'));
await makeApplicationForm(path.join(MEETING, '03-energiehubs-bedrijventerreinen', 'bijlagen', '01-aanvraagformulier.pdf'));
await makeSelectionAdvice(path.join(MEETING, '07-personele-aangelegenheid', 'bijlagen', '01-advies-selectiecommissie.pdf'));
