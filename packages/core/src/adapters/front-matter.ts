import {DraftError} from './types.js'

// `---` on the first line, YAML, then `---` (or `...`) on a line of its own.
const block = /^---[ \t]*(\r?\n|\r)([\s\S]*?)(?:^|\r?\n|\r)(?:---|\.\.\.)[ \t]*(?:\r?\n|\r|$)/

/** Where a front matter block ends, or undefined when the text does not start with one. */
export function frontMatterEnd(text: string): {end: number; yaml: string} | undefined {
  const match = block.exec(text)
  if (!match) return undefined
  return {end: match[0].length, yaml: match[2] ?? ''}
}

/** Parse front matter YAML into a mapping, or throw a DraftError naming the draft. */
export async function parseFrontMatter(yaml: string, name: string): Promise<Record<string, unknown>> {
  if (yaml.trim() === '') return {}
  const {parse} = await import('yaml')
  let data: unknown
  try {
    data = parse(yaml)
  } catch (error) {
    throw new DraftError(`${name}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DraftError(`${name}: front matter must be a mapping of keys to values`)
  }
  return data as Record<string, unknown>
}
