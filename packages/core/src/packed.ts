import type {PatternNode, Slot} from './pattern.js'

/**
 * A pattern tree in a short form for shipping parsed patterns in the bundle: the built-in
 * rules' trees take a quarter of the room of plain PatternNode JSON, and start-up reads them
 * with one JSON.parse. A word or mark is its key ("~rank", "=#"), a name slot is "@program"
 * or "@person", a gap is its length, a sequence is an array, and the other nodes are objects
 * with one field named by their sign in the phrase language.
 */
export type PackedPattern =
  | string
  | number
  | PackedPattern[]
  | {'|': PackedPattern[]}
  | {'?': PackedPattern}
  | {'!': PackedPattern}
  | {'&': PackedPattern}

export function packPattern(node: PatternNode): PackedPattern {
  switch (node.type) {
    case 'token':
      return node.key
    case 'slot':
      return `@${node.slot}`
    case 'gap':
      return node.max
    case 'sequence':
      return node.items.map(packPattern)
    case 'choice':
      return {'|': node.options.map(packPattern)}
    case 'optional':
      return {'?': packPattern(node.item)}
    case 'not':
      return {'!': packPattern(node.item)}
    case 'and':
      return {'&': packPattern(node.item)}
  }
}

export function unpackPattern(packed: PackedPattern): PatternNode {
  if (typeof packed === 'number') return {type: 'gap', max: packed}
  // Token keys start with "~" or "=", so "@" can only open a slot.
  if (typeof packed === 'string') {
    return packed.startsWith('@') ? {type: 'slot', slot: packed.slice(1) as Slot} : {type: 'token', key: packed}
  }
  if (Array.isArray(packed)) return {type: 'sequence', items: packed.map(unpackPattern)}
  if ('|' in packed) return {type: 'choice', options: packed['|'].map(unpackPattern)}
  if ('?' in packed) return {type: 'optional', item: unpackPattern(packed['?'])}
  if ('!' in packed) return {type: 'not', item: unpackPattern(packed['!'])}
  return {type: 'and', item: unpackPattern(packed['&'])}
}
