/** Small file-system helpers shared by the scaffolders. */
import {lstat} from 'node:fs/promises'

/** The `code` of a Node system error, e.g. `EEXIST`. */
export function code(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error)
}

/** Whether anything (file, folder, broken link) exists at `file`. */
export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch (error) {
    if (code(error) === 'ENOENT') return false
    throw error
  }
}
