import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import fs from 'node:fs';
const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({data, verbosity: 5}).promise;
console.log(doc.numPages);
const pg = await doc.getPage(1);
console.log((await pg.getTextContent()).items.map(i=>i.str).join('|'));
