// bundel never downloads a browser: the machines it runs on cannot reach the download host,
// and the system Chromium (/usr/bin/chromium) or BUNDEL_CHROME is used instead (see src/render/pdf/browser.ts).
module.exports = { skipDownload: true };
