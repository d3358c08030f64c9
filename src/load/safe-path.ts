/**
 * Path checks: nothing outside the content folder reaches the bundle, not through `../`,
 * an absolute path or a symlink that points elsewhere (#2).
 */
import {lstat, realpath} from 'node:fs/promises'
import path from 'node:path'

/** What a path turned out to be. */
export type PathCheck =
  | {readonly kind: 'file'; readonly real: string; readonly size: number}
  | {readonly kind: 'directory'; readonly real: string}
  | {readonly kind: 'outside'; readonly real: string}
  | {readonly kind: 'missing'}
  | {readonly kind: 'other'}

/** Whether `child` is `root` or lies below it. */
export function isInside(root: string, child: string): boolean {
  const relative = path.relative(root, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/** Resolve `target` (following symlinks) and check it stays inside `realRoot` (already a realpath). */
export async function checkPath(realRoot: string, target: string): Promise<PathCheck> {
  // realpath fails for a missing path and for a dangling symlink alike: both are missing. (An
  // lstat before it, to tell them apart, was a third call per file of every load for nothing.)
  let real: string
  try {
    real = await realpath(target)
  } catch {
    return {kind: 'missing'}
  }
  if (!isInside(realRoot, real)) return {kind: 'outside', real}
  const stats = await lstat(real)
  if (stats.isFile()) return {kind: 'file', real, size: stats.size}
  if (stats.isDirectory()) return {kind: 'directory', real}
  return {kind: 'other'}
}
