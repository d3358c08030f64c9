/** `site.md` in the content folder: what `bundel site` needs to know about the website (#11). */
import * as z from 'zod'
import {contentType, type ModelOf} from './content-type.js'
import {Field, text} from './field.js'

/** An absolute http(s) address; the site's own pages link relatively, but a sitemap and OParl need whole addresses. */
const address = <N extends string>(name: N, info: ConstructorParameters<typeof Field>[3]) =>
  new Field(name, z.string().refine((value) => /^https?:\/\/[^\s/]+(\/\S*)?$/.test(value), {params: {rule: 'not-an-address'}}), 'optional', {...info, kind: {type: 'text'}})

export const siteType = contentType(
  'site.md',
  {
    nl: 'De website van `bundel site` (in de contentmap, naast de vergadermappen)',
    en: 'The website `bundel site` makes (in the content folder, beside the meeting folders)',
    body: {nl: 'Tekst bovenaan de startpagina van de site', en: 'text at the top of the site\'s home page'}
  },
  {
    url: address('url', {description: {nl: 'Adres waar de site komt te staan, bijv. https://bestuur.example.nl/vergaderingen/ (voor sitemap.xml en OParl)', en: 'address the site is published at (for sitemap.xml and OParl)'}, example: 'https://bestuur.example.nl/vergaderingen/'}).required(),
    naam: text('name', {description: {nl: 'Naam van de site (standaard: "Vergaderingen" en de organisatie)', en: 'name of the site (default: "Vergaderingen" and the organisation)'}, example: 'Vergaderstukken Regio …'}),
    uitgever: text('publisher', {description: {nl: 'De organisatie die publiceert (standaard: `organisatie` uit vergadering.md)', en: 'the publishing organisation (default: `organisatie` of vergadering.md)'}, example: 'Regio …'}),
    uitgever_tooi: address('publisherUri', {description: {nl: 'TOOI-URI van de uitgever, voor de DiWoo-gegevens van de Woo-index', en: "the publisher's TOOI URI, for the DiWoo metadata of the Woo index"}, example: 'https://identifier.overheid.nl/tooi/id/gemeenschappelijke_regeling/gr1234'}),
    licentie: address('license', {description: {nl: 'Licentie van de open data (standaard: CC0 1.0)', en: 'license of the open data (default: CC0 1.0)'}, example: 'https://creativecommons.org/publicdomain/zero/1.0/'})
  }
)

export const site = siteType.schema
/** The site's details. */
export type SiteInfo = ModelOf<typeof siteType.fields>
