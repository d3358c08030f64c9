/**
 * How bundel has pdf-lib read a print and write the bundle; also what the bench's floor row
 * (scripts/bench-floor.js) measures, so that it times the same work as a build.
 */
import {ParseSpeeds, type LoadOptions, type SaveOptions} from 'pdf-lib'

/** A Chromium print, read as fast as pdf-lib can, its metadata left as Chromium wrote it. */
export const printLoadOptions: LoadOptions = {parseSpeed: ParseSpeeds.Fastest, updateMetadata: false}

/**
 * The bundle as merge writes it. objectsPerTick: pdf-lib's save waits for a timer every 50
 * objects by default, so a page stays responsive; here nothing waits on it, and the 18,000 objects
 * of a 1,186-page bundle spent ~0.6 s of a 0.95 s save idle in those waits (#13).
 */
export const bundleSaveOptions: SaveOptions = {useObjectStreams: true, addDefaultPage: false, updateFieldAppearances: false, objectsPerTick: Infinity}
