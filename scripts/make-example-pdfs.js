#!/usr/bin/env node
// Generates the PDF appendices (bijlagen) of the example meeting in
// content/2025-01-29-algemeen-bestuur/.
//
// Why generated? The example needs realistic multi-page PDFs (a ministry letter
// with its own page footer, a Kamerbrief, an application form) to exercise how
// bundel merges and numbers PDF appendices. Real documents cannot be shipped, so
// this script writes fictional ones with pdf-lib. All text is invented for this
// project; names, addresses and numbers are fictional.
//
// The output is deterministic: fixed metadata dates, fixed producer/creator and
// no random IDs, so rerunning yields byte-identical files. Regenerate with:
//
//   node scripts/make-example-pdfs.js
//
// Only the standard Helvetica fonts are used, so all text must be WinAnsi.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MEETING = path.join(ROOT, 'content', '2025-01-29-algemeen-bestuur');

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const CM = 72 / 2.54;
const FIXED_DATE = new Date('2025-01-20T00:00:00Z');
const PRODUCER = 'bundel scripts/make-example-pdfs.js (pdf-lib)';
const CREATOR = 'bundel example generator';

const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
const LIGHT = rgb(0.88, 0.9, 0.93);
const RULE = rgb(0.55, 0.55, 0.55);
const BLUE = rgb(0.08, 0.26, 0.47);
const WHITE = rgb(1, 1, 1);

// ---------------------------------------------------------------------------
// Layout helpers
// ---------------------------------------------------------------------------

/** Wraps text into lines no wider than `width`. '\n' forces a line break. */
function wrap(text, font, size, width) {
  const lines = [];
  for (const part of String(text).split('\n')) {
    const words = part.split(/\s+/).filter(Boolean);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let i = rest.length - 1;
        while (i > 1 && font.widthOfTextAtSize(rest.slice(0, i), size) > width) i--;
        lines.push(rest.slice(0, i));
        rest = rest.slice(i);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A simple top-to-bottom text flow over A4 pages. `y` is the top of the next
 * line; nothing is drawn below `bottom` (at least 2 cm).
 */
class Flow {
  constructor(doc, fonts, opts) {
    this.doc = doc;
    this.fonts = fonts;
    this.top = opts.top;
    this.bottom = Math.max(opts.bottom, 2 * CM);
    this.left = opts.left;
    this.right = opts.right;
    this.onPage = opts.onPage;
    this.firstTop = opts.firstTop ?? opts.top;
    this.page = null;
    this.y = 0;
  }

  get width() {
    return PAGE_W - this.left - this.right;
  }

  newPage() {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    const first = this.doc.getPageCount() === 1;
    this.y = PAGE_H - (first ? this.firstTop : this.top);
    this.onPage?.(this.page, this.doc.getPageCount());
    return this.page;
  }

  ensure(height) {
    if (!this.page || this.y - height < this.bottom) this.newPage();
  }

  space(height) {
    this.y -= height;
  }

  text(str, x, baseline, { font = this.fonts.regular, size = 10, color = BLACK } = {}) {
    this.page.drawText(str, { x, y: baseline, size, font, color });
  }

  /** A wrapped paragraph, optionally with a hanging label such as "4.2" or a bullet. */
  paragraph(str, opts = {}) {
    const {
      font = this.fonts.regular,
      size = 10.5,
      leading = size * 1.45,
      indent = 0,
      label,
      labelFont = font,
      labelIndent = 0,
      after = size * 0.8,
      color = BLACK,
      align = 'left',
      keep = 0, // extra space to keep free below the first lines (keep with next)
    } = opts;
    const x = this.left + indent;
    const width = this.width - indent;
    const lines = wrap(str, font, size, width);
    this.ensure(Math.min(lines.length, 2) * leading + keep);
    lines.forEach((line, i) => {
      this.ensure(leading);
      const baseline = this.y - size;
      if (i === 0 && label) {
        this.text(label, this.left + labelIndent, baseline, { font: labelFont, size, color });
      }
      const lx = align === 'right' ? x + width - font.widthOfTextAtSize(line, size) : x;
      this.text(line, lx, baseline, { font, size, color });
      this.y -= leading;
    });
    this.y -= after;
  }

  heading(str, { size = 12, before = 10, after = 6, keep = 60, font = this.fonts.bold, color = BLACK } = {}) {
    this.ensure(before + size * 1.4 + keep);
    this.y -= before;
    for (const line of wrap(str, font, size, this.width)) {
      this.text(line, this.left, this.y - size, { font, size, color });
      this.y -= size * 1.35;
    }
    this.y -= after;
  }

  bullets(items, opts = {}) {
    for (const item of items) {
      this.paragraph(item, { indent: 16, label: '\u2022', labelIndent: 4, after: 3, ...opts });
    }
    this.y -= 5;
  }

  /**
   * A bordered table. columns: [{ title, width (fraction), align }]. The header
   * row is repeated when the table continues on a new page.
   */
  table(columns, rows, { size = 9, leading = 12, pad = 4, header = true, after = 12, x0 = this.left, totalWidth = this.width, boldLast = false } = {}) {
    const widths = columns.map((c) => c.width * totalWidth);
    const drawRow = (cells, { bold = false, fill } = {}) => {
      const font = bold ? this.fonts.bold : this.fonts.regular;
      const wrapped = cells.map((cell, i) => wrap(cell, font, size, widths[i] - 2 * pad));
      const h = Math.max(...wrapped.map((l) => l.length)) * leading + 2 * pad;
      return { wrapped, h, font, fill };
    };
    const paint = ({ wrapped, h, font, fill }) => {
      let x = x0;
      wrapped.forEach((lines, i) => {
        this.page.drawRectangle({
          x, y: this.y - h, width: widths[i], height: h,
          borderColor: RULE, borderWidth: 0.6, color: fill,
        });
        lines.forEach((line, j) => {
          const w = font.widthOfTextAtSize(line, size);
          const lx = columns[i].align === 'right' ? x + widths[i] - pad - w : x + pad;
          this.text(line, lx, this.y - pad - size - j * leading + 2, { font, size });
        });
        x += widths[i];
      });
      this.y -= h;
    };
    const head = header ? drawRow(columns.map((c) => c.title), { bold: true, fill: LIGHT }) : null;
    if (head) {
      this.ensure(head.h + drawRow(rows[0]).h);
      paint(head);
    }
    rows.forEach((row, r) => {
      const laid = drawRow(row, { bold: boldLast && r === rows.length - 1 });
      if (!this.page || this.y - laid.h < this.bottom) {
        this.newPage();
        if (head) paint(head);
      }
      paint(laid);
    });
    this.y -= after;
  }
}

async function newDocument({ title, author, subject, keywords }) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(title);
  doc.setAuthor(author);
  doc.setSubject(subject);
  doc.setKeywords(keywords);
  doc.setLanguage('nl-NL');
  doc.setProducer(PRODUCER);
  doc.setCreator(CREATOR);
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  return { doc, fonts };
}

async function save(doc, file) {
  await mkdir(path.dirname(file), { recursive: true });
  const bytes = await doc.save({ useObjectStreams: false });
  await writeFile(file, bytes);
  console.log(`${path.relative(ROOT, file)}: ${doc.getPageCount()} pages`);
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
  const { doc, fonts } = await newDocument({
    title: 'Brief minister van BZK over regionale samenwerking',
    author: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    subject: LETTER.betreft,
    keywords: ['regionale samenwerking', 'Regio Deals', 'Rivierenland-Oost'],
  });
  // Rijkshuisstijl-like layout: a narrow text column with the reference data
  // in a column on the right of every page.
  const left = 70;
  const col = 420; // x of the right-hand column
  const right = PAGE_W - col + 40;

  const onPage = (page, n) => {
    // Letterhead: a blue band and the name of the ministry.
    page.drawRectangle({ x: left, y: PAGE_H - 96, width: 14, height: 96, color: BLUE });
    page.drawText('Ministerie van Binnenlandse Zaken', { x: left + 24, y: PAGE_H - 62, size: 11, font: fonts.bold, color: BLUE });
    page.drawText('en Koninkrijksrelaties', { x: left + 24, y: PAGE_H - 76, size: 11, font: fonts.bold, color: BLUE });
    if (n > 1) {
      const small = { size: 7.5, font: fonts.regular, color: GREY };
      page.drawText('Datum', { x: col, y: PAGE_H - 62, ...small, font: fonts.bold });
      page.drawText(LETTER.datum, { x: col, y: PAGE_H - 72, ...small });
      page.drawText('Kenmerk', { x: col, y: PAGE_H - 86, ...small, font: fonts.bold });
      page.drawText(LETTER.kenmerk, { x: col, y: PAGE_H - 96, ...small });
    }
  };

  const flow = new Flow(doc, fonts, { top: 130, firstTop: 300, bottom: 72, left, right, onPage });
  flow.newPage();
  const p1 = flow.page;

  // Right-hand column with the letter's reference data (page 1 only).
  const colLines = [
    ['Directie Regionale Samenwerking', true],
    ['Den Haag', false],
    ['', false],
    ['Contactpersoon', true],
    ['drs. R.M. Smulders', false],
    ['', false],
    ['Kenmerk', true],
    [LETTER.kenmerk, false],
    ['', false],
    ['Uw kenmerk', true],
    ['RRO/2024/1187', false],
    ['', false],
    ['Bijlagen', true],
    ['4', false],
  ];
  colLines.forEach(([t, bold], i) => {
    if (t) p1.drawText(t, { x: col, y: PAGE_H - 130 - i * 10, size: 7.5, font: bold ? fonts.bold : fonts.regular, color: GREY });
  });

  // Address block.
  ['Het Dagelijks Bestuur van de', 'Regio Rivierenland-Oost', 't.a.v. de voorzitter, de heer H.A. Brouwer', 'Havenkade 12', '6601 AB  WAALVEEN'].forEach((t, i) => {
    p1.drawText(t, { x: left, y: PAGE_H - 150 - i * 14, size: 10.5, font: fonts.regular });
  });

  // Date and subject.
  const meta = [['Datum', LETTER.datum], ['Betreft', LETTER.betreft]];
  meta.forEach(([k, v], i) => {
    p1.drawText(k, { x: left, y: PAGE_H - 258 - i * 14, size: 9, font: fonts.regular, color: GREY });
    p1.drawText(v, { x: left + 60, y: PAGE_H - 258 - i * 14, size: 10.5, font: fonts.regular });
  });

  flow.paragraph('Geacht bestuur,', { after: 10 });
  for (const p of LETTER.intro) flow.paragraph(p);

  LETTER.sections.forEach((section, s) => {
    flow.heading(`${s + 1}. ${section.title}`, { size: 11.5, before: 12 });
    section.paras.forEach((p, i) => {
      flow.paragraph(p, { indent: 30, label: `${s + 1}.${i + 1}` });
    });
  });

  flow.space(10);
  flow.ensure(150);
  for (const line of ['Hoogachtend,', '', 'De minister van Binnenlandse Zaken en Koninkrijksrelaties,', 'namens deze,', 'de directeur Regionale Samenwerking,', '', '', '', 'mr. drs. C.J. Wouterse']) {
    flow.paragraph(line || ' ', { after: 0 });
  }

  // Bijlage 1: beoordelingskader.
  flow.newPage();
  flow.heading('Bijlage 1. Beoordelingskader opgaven Regio Deals 2025-2028', { size: 12.5, before: 0, after: 10 });
  flow.paragraph('Deze bijlage beschrijft de criteria waarop de interdepartementale commissie de ingediende opgaven beoordeelt, en de weging van elk criterium.');
  flow.table(
    [{ title: 'Criterium', width: 0.31 }, { title: 'Toelichting', width: 0.54 }, { title: 'Weging', width: 0.15, align: 'right' }],
    LETTER.criteria,
    { size: 9.5, leading: 13, pad: 5 },
  );
  flow.heading('Werkwijze van de commissie', { size: 11 });
  LETTER.criteriaNotes.forEach((p, i) => flow.paragraph(p, { indent: 30, label: `B1.${i + 1}` }));

  // Bijlage 2: planning.
  flow.newPage();
  flow.heading('Bijlage 2. Planning nieuwe ronde Regio Deals', { size: 12.5, before: 0, after: 10 });
  flow.table(
    [{ title: 'Wanneer', width: 0.3 }, { title: 'Wat', width: 0.7 }],
    LETTER.planning,
    { size: 9.5, leading: 13, pad: 6 },
  );
  flow.paragraph(LETTER.planningNote, { size: 9.5, color: GREY });

  // Bijlage 3: begrippenlijst.
  flow.newPage();
  flow.heading('Bijlage 3. Begrippenlijst', { size: 12.5, before: 0, after: 10 });
  for (const [term, def] of LETTER.terms) {
    flow.paragraph(term, { font: fonts.bold, after: 2, keep: 40 });
    flow.paragraph(def, { indent: 16, after: 9 });
  }

  // Bijlage 4: veelgestelde vragen.
  flow.newPage();
  flow.heading('Bijlage 4. Veelgestelde vragen', { size: 12.5, before: 0, after: 10 });
  LETTER.faq.forEach(([q, a], i) => {
    flow.paragraph(q, { font: fonts.bold, indent: 22, label: `${i + 1}.`, after: 3, keep: 45 });
    flow.paragraph(a, { indent: 22, after: 10 });
  });

  // Own footer, about 20 pt from the bottom edge: "pagina X van Y".
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = `pagina ${i + 1} van ${pages.length}`;
    const w = fonts.regular.widthOfTextAtSize(label, 8);
    page.drawText(label, { x: PAGE_W - 70 - w, y: 20, size: 8, font: fonts.regular, color: GREY });
    page.drawText(`Kenmerk ${LETTER.kenmerk}`, { x: left, y: 20, size: 8, font: fonts.regular, color: GREY });
  });

  await save(doc, file);
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
  const { doc, fonts } = await newDocument({
    title: 'Kamerbrief over de voortgang van de Regio Deals',
    author: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    subject: KAMERBRIEF.betreft,
    keywords: ['Regio Deals', 'Kamerbrief', 'brede welvaart'],
  });
  const left = 70;
  const right = PAGE_W - 420 + 40;
  const onPage = (page) => {
    page.drawRectangle({ x: left, y: PAGE_H - 96, width: 14, height: 96, color: BLUE });
    page.drawText('Ministerie van Binnenlandse Zaken', { x: left + 24, y: PAGE_H - 62, size: 11, font: fonts.bold, color: BLUE });
    page.drawText('en Koninkrijksrelaties', { x: left + 24, y: PAGE_H - 76, size: 11, font: fonts.bold, color: BLUE });
  };
  const flow = new Flow(doc, fonts, { top: 130, firstTop: 290, bottom: 2.5 * CM, left, right, onPage });
  flow.newPage();
  const p1 = flow.page;
  ['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Den Haag'].forEach((t, i) => {
    p1.drawText(t, { x: left, y: PAGE_H - 150 - i * 14, size: 10.5, font: fonts.regular });
  });
  [['Datum', KAMERBRIEF.datum], ['Betreft', KAMERBRIEF.betreft]].forEach(([k, v], i) => {
    p1.drawText(k, { x: left, y: PAGE_H - 248 - i * 14, size: 9, font: fonts.regular, color: GREY });
    p1.drawText(v, { x: left + 60, y: PAGE_H - 248 - i * 14, size: 10.5, font: fonts.regular });
  });

  flow.paragraph('Geachte voorzitter,', { after: 10 });
  KAMERBRIEF.intro.forEach((p) => flow.paragraph(p));
  for (const section of KAMERBRIEF.sections) {
    flow.heading(section.title, { size: 11.5, before: 8 });
    section.paras.forEach((p) => flow.paragraph(p));
    if (section.table) {
      flow.table([{ title: 'Thema', width: 0.32 }, { title: 'Voorbeelden van resultaten', width: 0.68 }], section.table, { size: 9.5, leading: 13, pad: 5 });
    }
    if (section.bullets) flow.bullets(section.bullets);
    (section.after ?? []).forEach((p) => flow.paragraph(p));
  }
  flow.space(8);
  flow.ensure(110);
  for (const line of ['De minister van Binnenlandse Zaken en Koninkrijksrelaties,', '', '', '', 'namens deze, mr. drs. C.J. Wouterse,', 'directeur Regionale Samenwerking']) {
    flow.paragraph(line || ' ', { after: 0 });
  }

  // Reference data and page number in the header, so the bottom margin stays empty.
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const small = { size: 7.5, font: fonts.regular, color: GREY };
    page.drawText('Datum', { x: 420, y: PAGE_H - 62, ...small, font: fonts.bold });
    page.drawText(KAMERBRIEF.datum, { x: 420, y: PAGE_H - 72, ...small });
    page.drawText('Kenmerk', { x: 420, y: PAGE_H - 86, ...small, font: fonts.bold });
    page.drawText(KAMERBRIEF.kenmerk, { x: 420, y: PAGE_H - 96, ...small });
    page.drawText(`Pagina ${i + 1} van ${pages.length}`, { x: 420, y: PAGE_H - 110, ...small });
  });

  await save(doc, file);
}

// ---------------------------------------------------------------------------
// 3. Aanvraagformulier subsidie (agendapunt 3, bijlage 1)
// ---------------------------------------------------------------------------

class Form extends Flow {
  section(title) {
    this.ensure(80);
    this.y -= 6;
    this.page.drawRectangle({ x: this.left, y: this.y - 20, width: this.width, height: 20, color: BLUE });
    this.text(title, this.left + 8, this.y - 14, { font: this.fonts.bold, size: 11, color: WHITE });
    this.y -= 32;
  }

  subsection(title) {
    this.ensure(60);
    this.text(title, this.left, this.y - 10.5, { font: this.fonts.bold, size: 10.5 });
    this.y -= 20;
  }

  /** A row of labelled boxes: [{ label, value, width (fraction), lines }]. */
  fields(row, { gap = 10 } = {}) {
    const size = 10;
    const leading = 13;
    const total = this.width - gap * (row.length - 1);
    const laid = row.map((f) => {
      const w = total * (f.width ?? 1 / row.length);
      const lines = wrap(f.value ?? '', this.fonts.regular, size, w - 12);
      const h = Math.max(lines.length, f.lines ?? 1) * leading + 10;
      return { ...f, w, lines, h };
    });
    const h = Math.max(...laid.map((f) => f.h));
    this.ensure(h + 14);
    let x = this.left;
    for (const f of laid) {
      this.text(f.label, x, this.y - 8, { font: this.fonts.bold, size: 8, color: GREY });
      this.page.drawRectangle({ x, y: this.y - 12 - h, width: f.w, height: h, borderColor: RULE, borderWidth: 0.8 });
      f.lines.forEach((line, i) => {
        this.text(line, x + 6, this.y - 12 - 5 - size - i * leading + 1, { size });
      });
      x += f.w + gap;
    }
    this.y -= h + 22;
  }

  field(label, value, lines) {
    this.fields([{ label, value, lines }]);
  }

  /** Checkbox options laid out in `columns` columns. */
  checkboxes(label, options, { columns = 2 } = {}) {
    const rowH = 16;
    const rows = Math.ceil(options.length / columns);
    this.ensure(14 + rows * rowH + 8);
    if (label) {
      this.text(label, this.left, this.y - 8, { font: this.fonts.bold, size: 8, color: GREY });
      this.y -= 14;
    }
    const colW = this.width / columns;
    options.forEach(([text, checked], i) => {
      const x = this.left + (i % columns) * colW;
      const y = this.y - Math.floor(i / columns) * rowH - 11;
      this.page.drawRectangle({ x, y, width: 9, height: 9, borderColor: BLACK, borderWidth: 0.8 });
      if (checked) {
        this.page.drawLine({ start: { x: x + 1.5, y: y + 1.5 }, end: { x: x + 7.5, y: y + 7.5 }, thickness: 1.2 });
        this.page.drawLine({ start: { x: x + 1.5, y: y + 7.5 }, end: { x: x + 7.5, y: y + 1.5 }, thickness: 1.2 });
      }
      this.text(text, x + 15, y + 1, { size: 9.5 });
    });
    this.y -= rows * rowH + 10;
  }

  question(text, yes) {
    const lines = wrap(text, this.fonts.regular, 9.5, this.width - 110);
    const h = lines.length * 12.5 + 6;
    this.ensure(h);
    lines.forEach((line, i) => this.text(line, this.left, this.y - 9.5 - i * 12.5, { size: 9.5 }));
    [['Ja', yes], ['Nee', !yes]].forEach(([t, on], i) => {
      const x = PAGE_W - this.right - 90 + i * 48;
      const y = this.y - 10;
      this.page.drawRectangle({ x, y, width: 9, height: 9, borderColor: BLACK, borderWidth: 0.8 });
      if (on) {
        this.page.drawLine({ start: { x: x + 1.5, y: y + 1.5 }, end: { x: x + 7.5, y: y + 7.5 }, thickness: 1.2 });
        this.page.drawLine({ start: { x: x + 1.5, y: y + 7.5 }, end: { x: x + 7.5, y: y + 1.5 }, thickness: 1.2 });
      }
      this.text(t, x + 14, y + 1, { size: 9.5 });
    });
    this.y -= h + 4;
  }

  note(text) {
    this.paragraph(text, { size: 8.5, leading: 11.5, color: GREY, after: 8 });
  }
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
  const { doc, fonts } = await newDocument({
    title: FORM.title,
    author: 'Regio Rivierenland-Oost',
    subject: 'Subsidieaanvraag project Energiehubs Bedrijventerreinen (concept)',
    keywords: ['subsidie', 'energiehubs', 'netcongestie', 'bedrijventerreinen'],
  });
  const left = 50;
  const right = 50;
  const onPage = (page) => {
    page.drawRectangle({ x: 0, y: PAGE_H - 44, width: PAGE_W, height: 44, color: BLUE });
    page.drawText('Provinciaal Subsidieloket', { x: left, y: PAGE_H - 28, size: 13, font: fonts.bold, color: WHITE });
    const code = `Formulier ${FORM.code}`;
    page.drawText(code, { x: PAGE_W - right - fonts.bold.widthOfTextAtSize(code, 10), y: PAGE_H - 27, size: 10, font: fonts.bold, color: WHITE });
    page.drawText(FORM.title, { x: left, y: PAGE_H - 60, size: 8.5, font: fonts.regular, color: GREY });
    page.drawLine({ start: { x: left, y: PAGE_H - 68 }, end: { x: PAGE_W - right, y: PAGE_H - 68 }, thickness: 0.5, color: RULE });
  };
  const f = new Form(doc, fonts, { top: 88, bottom: 2.5 * CM, left, right, onPage });

  // Page 1: cover and instructions.
  f.newPage();
  f.heading('Aanvraag subsidie', { size: 20, before: 6, after: 2 });
  f.heading('Subsidieregeling Energiehubs Bedrijventerreinen 2025', { size: 13, before: 0, after: 14, color: BLUE });
  f.paragraph('CONCEPT - versie 10 januari 2025, ter besluitvorming in het Algemeen Bestuur van 29 januari 2025', { font: fonts.bold, size: 10, after: 14 });
  f.subsection('Voordat u begint');
  f.bullets([
    'Lees de toelichting bij de Subsidieregeling Energiehubs Bedrijventerreinen 2025 voordat u dit formulier invult.',
    'Vul alle onderdelen in. Is een vraag niet op u van toepassing, schrijf dan "n.v.t.".',
    'Uw aanvraag moet uiterlijk 28 februari 2025 om 17:00 uur zijn ontvangen.',
    'Onvolledige aanvragen worden niet in behandeling genomen als de ontbrekende gegevens niet binnen twee weken na ons verzoek zijn aangevuld.',
    'Bewaar een kopie van dit formulier en de bijlagen voor uw eigen administratie.',
  ], { size: 9.5 });
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
    { size: 9.5, leading: 12.5, pad: 4 },
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
  f.paragraph('Vermeld alle partijen die financieel of inhoudelijk aan het project bijdragen.', { size: 9.5 });
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
    { size: 9.5, leading: 12.5 },
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
    { size: 9.5, leading: 12.5 },
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
    { size: 9.5, leading: 12.5 },
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
    { size: 9.5, leading: 12.5, boldLast: true },
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
    { size: 9.5, leading: 12.5, boldLast: true },
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
    { size: 9.5, leading: 12.5 },
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
  f.paragraph('Door ondertekening van dit formulier verklaart de aanvrager dat:', { size: 9.5 });
  f.bullets([
    'het formulier volledig en naar waarheid is ingevuld;',
    'de aanvrager op de hoogte is van de voorwaarden van de Subsidieregeling Energiehubs Bedrijventerreinen 2025;',
    'met de uitvoering van het project niet is begonnen voordat de aanvraag is ingediend;',
    'de aanvrager wijzigingen in het project direct meldt aan de provincie;',
    'de provincie de gegevens uit deze aanvraag mag gebruiken voor de beoordeling en voor openbare overzichten van verleende subsidies.',
  ], { size: 9.5 });
  f.fields([{ label: '13.1 Plaats', value: 'Waalveen' }, { label: '13.2 Datum', value: '' }]);
  f.fields([{ label: '13.3 Naam tekenbevoegde', value: 'H.A. Brouwer' }, { label: '13.4 Functie', value: 'Voorzitter Dagelijks Bestuur' }]);
  f.field('13.5 Handtekening', '', 5);
  f.note('Stuur het ondertekende formulier met de bijlagen via het digitale subsidieloket van de provincie. Aanvragen per e-mail worden niet in behandeling genomen.');

  // Page numbers in the header band (the bottom margin stays empty).
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = `Pagina ${i + 1} van ${pages.length}`;
    const w = fonts.regular.widthOfTextAtSize(label, 8.5);
    page.drawText(label, { x: PAGE_W - right - w, y: PAGE_H - 60, size: 8.5, font: fonts.regular, color: GREY });
  });

  await save(doc, file);
}

// ---------------------------------------------------------------------------

await makeMinisterLetter(path.join(MEETING, '02-lobby', 'bijlagen', '01-brief-minister.pdf'));
await makeKamerbrief(path.join(MEETING, '02-lobby', 'bijlagen', '03-kamerbrief-regiodeals.pdf'));
await makeApplicationForm(path.join(MEETING, '03-energiehubs-bedrijventerreinen', 'bijlagen', '01-aanvraagformulier.pdf'));
