/**
 * Open data in OParl 1.1 (https://oparl.org/spezifikation/), the standard council information
 * systems are harvested by (#11): `oparl/system.json`, `oparl/body.json` with its lists, and per
 * meeting `oparl/meeting/<id>.json` with its agenda items and files embedded. Every id is the
 * object's own absolute address on the site; `created`/`modified` come from SOURCE_DATE_EPOCH or
 * the meeting's date, never the clock, so two builds give the same bytes. `bundel.json` stays our
 * own, richer model (English field names, every document); OParl is the exchange format.
 */
import {buildDate} from '../pdf/merge/metadata.js'
import {absolute, publishedAppendices, type Site, type SiteMeeting} from './model.js'
import {siteName} from './pages.js'

const spec = 'https://schema.oparl.org/1.1/'
const type = (name: string) => `${spec}${name}`
/** CC0: open data of a public body, free to reuse. */
const defaultLicense = 'https://creativecommons.org/publicdomain/zero/1.0/'

type Json = Record<string, unknown>

/** An OParl external list: all its objects on one page. */
function list(data: readonly Json[]): Json {
  return {data, pagination: {totalElements: data.length, elementsPerPage: Math.max(1, data.length), currentPage: 1, totalPages: 1}, links: {}}
}

const stamp = (date: string) => buildDate(date).toISOString().replace(/\.\d{3}Z$/, '+00:00')

function newest(site: Site): string {
  return site.meetings.map((meeting) => meeting.shown.meeting.info.date).sort().at(-1) ?? '1970-01-01'
}

/** The OParl meeting of one site meeting: agenda items (in order, public or not) and its files. */
export function oparlMeeting(site: Site, meeting: SiteMeeting): Json {
  const {shown} = meeting
  const id = shown.meeting.id
  const info = shown.meeting.info
  const url = (path: string) => absolute(site.info, path)
  const meetingUrl = url(`oparl/meeting/${id}.json`)
  const when = stamp(info.date)
  const file = (sitePath: string, name: string, extra: Json): Json | undefined => {
    const published = meeting.files.get(sitePath)
    if (!published) return undefined
    return {
      id: `${meetingUrl}#file-${encodeURIComponent(sitePath.slice(id.length + 1))}`,
      type: type('File'),
      name,
      fileName: sitePath.split('/').at(-1),
      mimeType: 'application/pdf',
      date: info.date,
      size: published.bytes,
      sha512Checksum: published.sha512,
      accessUrl: url(sitePath),
      downloadUrl: url(sitePath),
      fileLicense: site.info.license ?? defaultLicense,
      meeting: [meetingUrl],
      created: when,
      modified: when,
      ...extra
    }
  }
  const appendices = publishedAppendices(meeting)
  const agendaItem = shown.items.map((item, order) => {
    const itemUrl = `${meetingUrl}#${item.anchor}`
    const files = appendices
      .filter((entry) => entry.item === item)
      .flatMap((entry) => file(entry.file.path, `${entry.document.label} ${entry.document.title}`, {agendaItem: [itemUrl]}) ?? [])
    return {
      id: itemUrl,
      type: type('AgendaItem'),
      meeting: meetingUrl,
      number: item.number,
      order,
      name: item.item.info.title,
      public: !item.closed,
      ...(item.item.info.proposal ? {resolutionText: item.item.info.proposal.join('\n')} : {}),
      ...(files.length > 0 ? {auxiliaryFile: files} : {}),
      web: `${url(`${id}/index.html`)}#${item.anchor}`,
      created: when,
      modified: when
    }
  })
  const bundle = file(`${id}/bundel.pdf`, `Vergaderbundel ${shown.title}`, {})
  return {
    id: meetingUrl,
    type: type('Meeting'),
    name: `${info.body} ${shown.longDate}`,
    meetingState: 'terminiert',
    cancelled: false,
    start: `${info.date}${info.time ? `T${info.time.replace(/\s*uur$/i, '').replace('.', ':')}:00` : ''}`.replace(/T(\d):/, 'T0$1:'),
    ...(info.location ? {location: {id: `${meetingUrl}#locatie`, type: type('Location'), description: info.location}} : {}),
    organization: [url(`oparl/body.json#orgaan-${encodeURIComponent(info.body)}`)],
    ...(bundle ? {invitation: bundle} : {}),
    agendaItem,
    web: url(`${id}/index.html`),
    created: when,
    modified: when
  }
}

/** Every OParl file of the site, by path. */
export function oparlFiles(site: Site): Map<string, string> {
  const url = (path: string) => absolute(site.info, path)
  const when = stamp(newest(site))
  const bodyUrl = url('oparl/body.json')
  const license = site.info.license ?? defaultLicense
  const meetings = site.meetings.map((meeting) => oparlMeeting(site, meeting))
  const files = new Map<string, string>()
  const put = (path: string, value: Json) => files.set(path, JSON.stringify(value, null, 2) + '\n')
  put('oparl/system.json', {
    id: url('oparl/system.json'),
    type: type('System'),
    oparlVersion: spec,
    license,
    body: url('oparl/bodies.json'),
    name: siteName(site),
    website: url('index.html'),
    vendor: 'https://github.com/bundel',
    product: 'bundel',
    created: when,
    modified: when
  })
  const body = {
    id: bodyUrl,
    type: type('Body'),
    system: url('oparl/system.json'),
    name: site.publisher,
    ...(site.info.publisherUri ? {equivalent: [site.info.publisherUri]} : {}),
    website: url('index.html'),
    license,
    organization: url('oparl/organizations.json'),
    person: url('oparl/persons.json'),
    meeting: url('oparl/meetings.json'),
    paper: url('oparl/papers.json'),
    legislativeTerm: [],
    classification: 'Gemeenschappelijke regeling of gemeente',
    created: when,
    modified: when
  }
  put('oparl/body.json', body)
  put('oparl/bodies.json', list([body]))
  put(
    'oparl/organizations.json',
    list(site.bodies.map((entry) => ({id: `${bodyUrl}#orgaan-${encodeURIComponent(entry.name)}`, type: type('Organization'), body: bodyUrl, name: entry.name, organizationType: 'Gremium', web: url(`orgaan/${entry.slug}.html`), created: when, modified: when})))
  )
  put('oparl/persons.json', list([]))
  put('oparl/papers.json', list([]))
  put('oparl/meetings.json', list(meetings))
  site.meetings.forEach((meeting, index) => put(`oparl/meeting/${meeting.shown.meeting.id}.json`, meetings[index]!))
  return files
}
