/**
 * JSON Schemas of the OParl 1.1 objects bundel writes, after the specification's own schema files
 * (https://github.com/OParl/spec, `schema/*.json`: required properties, types, formats), kept to
 * the properties bundel uses. The tests validate every OParl file against them; they are exported
 * so a site's own tests can do the same.
 */
const url = {type: 'string', format: 'uri'} as const
const urls = {type: 'array', items: url} as const
const dateTime = {type: 'string', format: 'date-time'} as const
const common = {id: url, type: {type: 'string'}, created: dateTime, modified: dateTime, web: url, deleted: {type: 'boolean'}, keyword: {type: 'array', items: {type: 'string'}}, license: url}

const file = {
  type: 'object',
  required: ['id', 'type', 'accessUrl'],
  properties: {
    ...common,
    type: {const: 'https://schema.oparl.org/1.1/File'},
    name: {type: 'string'},
    fileName: {type: 'string'},
    mimeType: {type: 'string'},
    date: {type: 'string', format: 'date'},
    size: {type: 'integer', minimum: 0},
    sha512Checksum: {type: 'string', pattern: '^[0-9a-f]{128}$'},
    accessUrl: url,
    downloadUrl: url,
    fileLicense: url,
    meeting: urls,
    agendaItem: urls
  },
  additionalProperties: false
} as const

const agendaItem = {
  type: 'object',
  required: ['id', 'type', 'order'],
  properties: {
    ...common,
    type: {const: 'https://schema.oparl.org/1.1/AgendaItem'},
    meeting: url,
    number: {type: 'string'},
    order: {type: 'integer', minimum: 0},
    name: {type: 'string'},
    public: {type: 'boolean'},
    resolutionText: {type: 'string'},
    auxiliaryFile: {type: 'array', items: file}
  },
  additionalProperties: false
} as const

const meeting = {
  type: 'object',
  required: ['id', 'type'],
  properties: {
    ...common,
    type: {const: 'https://schema.oparl.org/1.1/Meeting'},
    name: {type: 'string'},
    meetingState: {type: 'string'},
    cancelled: {type: 'boolean'},
    start: {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2})?'},
    location: {type: 'object', required: ['id', 'type'], properties: {id: url, type: {const: 'https://schema.oparl.org/1.1/Location'}, description: {type: 'string'}}},
    organization: urls,
    invitation: file,
    agendaItem: {type: 'array', items: agendaItem}
  },
  additionalProperties: false
} as const

const system = {
  type: 'object',
  required: ['id', 'type', 'oparlVersion', 'body'],
  properties: {...common, type: {const: 'https://schema.oparl.org/1.1/System'}, oparlVersion: {const: 'https://schema.oparl.org/1.1/'}, body: url, name: {type: 'string'}, website: url, vendor: url, product: {type: 'string'}},
  additionalProperties: false
} as const

const body = {
  type: 'object',
  required: ['id', 'type', 'name', 'organization', 'person', 'meeting', 'paper', 'legislativeTerm'],
  properties: {
    ...common,
    type: {const: 'https://schema.oparl.org/1.1/Body'},
    system: url,
    name: {type: 'string'},
    equivalent: urls,
    website: url,
    organization: url,
    person: url,
    meeting: url,
    paper: url,
    legislativeTerm: {type: 'array'},
    classification: {type: 'string'}
  },
  additionalProperties: false
} as const

const organization = {
  type: 'object',
  required: ['id', 'type'],
  properties: {...common, type: {const: 'https://schema.oparl.org/1.1/Organization'}, body: url, name: {type: 'string'}, organizationType: {type: 'string'}},
  additionalProperties: false
} as const

/** An external list of objects of one schema. */
export const listOf = (items: object) =>
  ({
    type: 'object',
    required: ['data', 'pagination', 'links'],
    properties: {data: {type: 'array', items}, pagination: {type: 'object', required: ['totalElements', 'currentPage', 'totalPages'], properties: {totalElements: {type: 'integer'}, elementsPerPage: {type: 'integer'}, currentPage: {type: 'integer'}, totalPages: {type: 'integer'}}}, links: {type: 'object'}}
  }) as const

export const oparlSchemas = {system, body, meeting, agendaItem, file, organization} as const
