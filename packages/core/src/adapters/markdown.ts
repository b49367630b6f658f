// Markdown drafts. remark-parse gives the document's structure; the prose is what its text
// nodes hold, so code, inline code, HTML, front matter, link and image addresses are never
// linted.
//
// Why this module builds an nlcst tree itself instead of handing the engine regions or using
// mdast-util-to-nlcst:
// - Regions alone would have the engine parse the raw Markdown of a paragraph, so emphasis
//   marks and brackets would become tokens of their own and break phrases ("my **#1**
//   choice"); one region per text node would end a sentence at every bit of markup.
// - mdast-util-to-nlcst joins the inline content correctly, but places each word by counting
//   the characters of the decoded text from the start of its text node. Wherever the decoded
//   text is shorter than what is written (an escape `\*`, a character reference `&amp;`, the
//   `> ` of a block quote's second line, the indent of a list item's second line) every later
//   word of that node lands a few characters off.
// So each block's text is put together here from its text nodes, every character keeping the
// offset in the file it was written at (found by walking the written text beside the decoded
// one), parsed with the same English parser the engine uses, and the tree's offsets are mapped
// back. The engine takes the tree through `LintOptions.tree`; the text nodes' ranges are still
// given as regions, for the rules' checks that read the source.
import type {Html, Nodes, Parents, Root as MdastRoot} from 'mdast'
import type {Root as NlcstRoot, RootContent} from 'nlcst'
import {maskInvisible} from '../stem.js'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {messageControl} from 'unified-message-control'
import {VFile} from 'vfile'
import type {Diagnostic, Region} from '../types.js'
import {parseFrontMatter} from './front-matter.js'
import {type AdaptedDraft, DraftError, keep} from './types.js'

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

// Blocks whose inline content is one stretch of prose.
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell'])
// Blocks that hold no prose at all.
const skippedBlocks = new Set(['code', 'html', 'yaml', 'definition', 'thematicBreak', 'math'])
// Addresses written out in the text are not prose either.
const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"]/g
const reference = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/

/** A block's prose: the decoded text, and the file offset each of its characters was written at. */
interface Prose {
  text: string
  offsets: number[]
}

function push(prose: Prose, text: string, offset: number): void {
  for (let index = 0; index < text.length; index++) {
    prose.text += text[index]
    prose.offsets.push(offset)
  }
}

/**
 * Add the decoded `value` of a text node written at `source[start, end)`: walk both side by
 * side; a written character that the decoded text lacks (a block quote's `>`, an indent, an
 * escape's backslash) is skipped, a character reference gives its decoded character(s).
 */
function align(prose: Prose, value: string, source: string, start: number, end: number): void {
  let at = start
  next: for (let index = 0; index < value.length; index++) {
    const char = value[index]!
    while (at < end && source[at] !== char) {
      const ref = source[at] === '&' ? reference.exec(source.slice(at, end)) : null
      if (ref) {
        push(prose, char, at)
        // A reference may decode to two UTF-16 units (an emoji); both sit at the `&`.
        const low = value.charCodeAt(index + 1)
        if (low >= 0xdc00 && low <= 0xdfff) push(prose, value[++index]!, at)
        at += ref[0].length
        continue next
      }
      at++
    }
    push(prose, char, Math.min(at, end - 1))
    at++
  }
}

/** A space standing for something that is not prose, so the words around it stay apart. */
function gap(prose: Prose, offset: number): void {
  push(prose, ' ', offset)
}

function addText(prose: Prose, regions: Region[], value: string, source: string, start: number, end: number): void {
  // Keep bare addresses out: the parts between them are prose.
  let from = 0
  let written = start
  for (const match of value.matchAll(bareUrl)) {
    const at = source.indexOf(match[0], written)
    if (at < 0 || at >= end) continue
    align(prose, value.slice(from, match.index), source, written, at)
    if (at > written) regions.push({start: written, end: at})
    gap(prose, at)
    from = match.index + match[0].length
    written = at + match[0].length
  }
  align(prose, value.slice(from), source, written, end)
  if (end > written) regions.push({start: written, end})
}

function inline(node: Nodes, prose: Prose, regions: Region[], source: string): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return
  if (node.type === 'text') {
    addText(prose, regions, node.value, source, start, end)
  } else if (node.type === 'link' && isAutolink(node, source)) {
    gap(prose, start)
  } else if ('children' in node) {
    for (const child of node.children) inline(child, prose, regions, source)
  } else {
    // Inline code, inline HTML, images, breaks: not prose, but they do separate words.
    gap(prose, start)
  }
}

// An autolink (`<https://...>`, a bare address) shows its own address as its text.
function isAutolink(node: Extract<Nodes, {type: 'link'}>, source: string): boolean {
  const first = node.children[0]
  const text = node.children.length === 1 && first?.type === 'text' ? first.value : undefined
  const written = source.slice(node.position!.start.offset, node.position!.end.offset)
  return text !== undefined && (written.startsWith('<') || text === node.url || node.url.endsWith(text))
}

function parseProse(prose: Prose): RootContent[] {
  if (prose.text.trim() === '') return []
  const tree = new ParseEnglish().parse(maskInvisible(prose.text))
  const {offsets} = prose
  const last = offsets.length - 1
  // Only offsets are read downstream; lines and columns are worked out from them at the end.
  const move = (node: {position?: {start: {offset?: number; line: number; column: number}; end: {offset?: number; line: number; column: number}}; children?: unknown[]}) => {
    if (node.position) {
      const from = node.position.start.offset ?? 0
      const to = node.position.end.offset ?? from
      const start = offsets[Math.min(from, last)]!
      const end = to > from ? offsets[Math.min(to - 1, last)]! + 1 : start
      node.position = {start: {line: 1, column: 1, offset: start}, end: {line: 1, column: 1, offset: end}}
    }
    for (const child of (node.children ?? []) as (typeof node)[]) move(child)
  }
  move(tree as unknown as Parameters<typeof move>[0])
  return tree.children
}

function blocks(node: Parents, source: string, tree: NlcstRoot, regions: Region[]): void {
  for (const child of node.children) {
    if (skippedBlocks.has(child.type)) continue
    if (proseBlocks.has(child.type)) {
      const prose: Prose = {text: '', offsets: []}
      inline(child, prose, regions, source)
      tree.children.push(...parseProse(prose))
    } else if ('children' in child) {
      blocks(child, source, tree, regions)
    }
  }
}

const control = /^<!--\s*followup-lint-(disable|enable|ignore)((?:\s+[a-z0-9-]+)*)\s*-->$/

/** Parse a `<!-- followup-lint-disable rule-id -->` comment as a control marker. */
function marker(node: unknown) {
  const html = node as Html
  if (html.type !== 'html') return undefined
  const match = control.exec(html.value.trim())
  if (!match) return undefined
  return {name: 'followup-lint', attributes: `${match[1]}${match[2] ?? ''}`, parameters: {}, node: html}
}

/**
 * A Markdown draft: its front matter, its prose as regions and as a tree, and a `filter` that
 * applies the control comments (`<!-- followup-lint-disable rule-id -->`, `-enable`, and
 * `-ignore` for the next block).
 */
// The Markdown parser slows down with the square of how deeply lists nest (a list nested a
// thousand levels takes it half a minute), and every walk over the tree goes as deep as it
// nests. No letter nests quotes or lists a hundred levels deep: such a draft is refused before
// it is parsed, whether it nests by indentation or by markers in a row ("> > >", "- - -").
const maxDepth = 100

/** The most container markers (quote marks, list bullets and numbers) that open one line. */
export function markerDepth(text: string): number {
  let deepest = 0
  let at = 0
  while (at < text.length) {
    let depth = 0
    const lineStart = at
    let indent = -1
    for (;;) {
      while (text[at] === ' ' || text[at] === '\t') at++
      if (indent < 0) indent = at - lineStart
      const char = text[at]
      if (char === '>') {
        at++
      } else if ((char === '-' || char === '*' || char === '+') && /[ \t\r\n]/.test(text[at + 1] ?? '\n')) {
        at++
      } else if (char !== undefined && char >= '0' && char <= '9') {
        let end = at
        while (end < at + 9 && text[end]! >= '0' && text[end]! <= '9') end++
        if ((text[end] !== '.' && text[end] !== ')') || !/[ \t\r\n]/.test(text[end + 1] ?? '\n')) break
        at = end + 1
      } else {
        break
      }
      depth++
    }
    // A marker indented two columns a level: a list indented two hundred columns is a hundred deep.
    if (depth > 0) depth = Math.max(depth, Math.floor(indent / 2) + 1)
    if (depth > deepest) deepest = depth
    const next = text.indexOf('\n', at)
    if (next < 0) break
    at = next + 1
  }
  return deepest
}

/** How deeply the parsed tree nests, found without recursion. */
function treeDepth(root: MdastRoot): number {
  let deepest = 0
  const stack: [Nodes, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1])
  }
  return deepest
}

export async function adaptMarkdown(text: string, name: string): Promise<AdaptedDraft> {
  const tooDeep = () => new DraftError(`${name}: quotes or lists nested too deeply to be a draft (more than ${maxDepth} levels)`)
  if (markerDepth(text) > maxDepth) throw tooDeep()
  const mdast = processor.parse(text) as MdastRoot
  // Nesting the markers do not show (emphasis in emphasis, say) still has its limit.
  if (treeDepth(mdast) > maxDepth * 2) throw tooDeep()
  let frontMatter: Record<string, unknown> | undefined
  const first = mdast.children[0]
  if (first?.type === 'yaml') frontMatter = await parseFrontMatter(first.value, name)
  const tree: NlcstRoot = {type: 'RootNode', children: []}
  const regions: Region[] = []
  blocks(mdast, text, tree, regions)

  function filter(messages: Diagnostic[], ruleIds: readonly string[]): Diagnostic[] {
    const file = new VFile({path: name, value: text})
    const byMessage = new Map<object, Diagnostic>()
    for (const diagnostic of messages) {
      const message = file.message(diagnostic.message, {
        place: {
          start: {line: diagnostic.line, column: diagnostic.column, offset: diagnostic.offset},
          end: {line: diagnostic.endLine, column: diagnostic.endColumn, offset: diagnostic.endOffset}
        },
        ruleId: diagnostic.ruleId,
        source: 'followup-lint'
      })
      byMessage.set(message, diagnostic)
    }
    messageControl(mdast, {file, name: 'followup-lint', marker, test: 'html', known: [...ruleIds]})
    const unknown = file.messages.find((message) => message.source === 'unified-message-control')
    if (unknown) {
      const from = unknown.reason.indexOf("`'")
      const to = from < 0 ? -1 : unknown.reason.indexOf("'`", from + 2)
      const id = to > from + 2 ? unknown.reason.slice(from + 2, to) : ''
      throw new DraftError(`${name}:${unknown.line}: unknown rule "${id}" in a followup-lint comment`)
    }
    return file.messages.map((message) => byMessage.get(message)).filter((d) => d !== undefined)
  }

  const draft: AdaptedDraft = {format: 'markdown', source: text, regions, tree, headers: {}, filter, finish: keep}
  if (frontMatter) draft.frontMatter = frontMatter
  return draft
}
