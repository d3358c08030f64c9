import type {OutputName} from './output.js'

/** Every output's name, in running order: the PDF before the page, which links to it with its pages and size (#8). */
export const outputNames: readonly OutputName[] = ['copies', 'pdf', 'html', 'json']
