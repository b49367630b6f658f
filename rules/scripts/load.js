// Reads and validates every rule folder's rule.yml. Used by the generator, the docs writer
// and the tests, so all three see the same data and the same errors.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import YAML from 'yaml'

export const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const severities = ['error', 'warning', 'info']
const kinds = ['thank-you', 'correction', 'update', 'question', 'forward-request']
const ruleKeys = ['id', 'severity', 'summary', 'why', 'sources', 'recommended', 'read-aloud', 'kinds', 'zones', 'skip-negated', 'options', 'option-types', 'phrases', 'examples']
// Where a rule may report: the applicant's own words, and the context zones a check reads.
// Other people's mail (quoted, forwarded) is never reported, so it cannot be listed.
const reportZones = ['own', 'subject', 'greeting', 'body', 'postscript', 'sign-off', 'signature', 'letterhead']
const phraseKeys = ['message', 'patterns', 'rewrite', 'safe', 'skip-negated', 'unless']

class DataError extends Error {}

/**
 * Where an example's flag stands in its text: the first occurrence that is a whole word at
 * each end that is a letter or digit ("a" in "It was a honor" is the article, not the "a" of
 * "was"). Returns -1 when it is not there.
 */
export function locate(text, flag) {
  const escaped = flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const before = /^[\p{L}\p{N}]/u.test(flag) ? '(?<![\\p{L}\\p{N}])' : ''
  const after = /[\p{L}\p{N}]$/u.test(flag) ? '(?![\\p{L}\\p{N}])' : ''
  return text.search(new RegExp(before + escaped + after, 'u'))
}

// An example's context is written with the front matter's keys; the engine's are camel-cased.
const contextKeys = {
  kind: 'kind',
  recipient: 'recipient',
  'recipient-confidence': 'recipientConfidence',
  policy: 'policy',
  'interview-date': 'interviewDate',
  'sent-date': 'sentDate',
  program: 'program',
  today: 'today',
  applicant: 'applicant'
}

function exampleContext(file, where, value) {
  if (value === undefined) return undefined
  expectKeys(file, where, value, Object.keys(contextKeys))
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [contextKeys[key], item]))
}

function fail(file, key, reason) {
  throw new DataError(`${path.relative(process.cwd(), file)}: ${key}: ${reason}`)
}

function expectKeys(file, where, object, allowed) {
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    fail(file, where, 'must be a mapping')
  }
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) fail(file, where ? `${where}.${key}` : key, 'unknown key')
  }
}

function text(file, key, value, {oneLine = false} = {}) {
  if (typeof value !== 'string' || value.trim() === '') fail(file, key, 'must be a non-empty string')
  if (oneLine && value.includes('\n')) fail(file, key, 'must be one line')
  return value.trim()
}

function strings(file, key, value, {oneLine = true} = {}) {
  const list = typeof value === 'string' ? [value] : value
  if (!Array.isArray(list) || list.length === 0) fail(file, key, 'must be a non-empty list')
  return list.map((item, index) => text(file, `${key}[${index}]`, item, {oneLine}))
}

/**
 * The figures a text quotes from surveys and studies: percentages ("90.8%") and counts out of a
 * whole ("5 of 16"). Each must be in the note of the source it comes from.
 */
export function figures(text) {
  // Each number is tried from its first digit only, so a long run of digits costs one pass.
  return text.match(/(?<![\d.])\d+(?:\.\d+)?%|(?<!\d)\d+ of \d+(?!\d)/g) ?? []
}

function httpsUrl(file, key, value) {
  const address = text(file, key, value, {oneLine: true})
  let url
  try {
    url = new URL(address)
  } catch {
    fail(file, key, `"${address}" is not an address`)
  }
  if (url.protocol !== 'https:') fail(file, key, `"${address}" must be an https address anyone can open`)
  return address
}

// Where the facts of `why` come from: at least one source, and every figure quoted in `why`
// stated in a source's note, so that a reader can check it.
function sources(file, value, why) {
  if (!Array.isArray(value) || value.length === 0) fail(file, 'sources', 'must list at least one source (title, url, note)')
  const list = value.map((entry, index) => {
    const where = `sources[${index}]`
    expectKeys(file, where, entry, ['title', 'url', 'note'])
    const source = {title: text(file, `${where}.title`, entry.title, {oneLine: true}), url: httpsUrl(file, `${where}.url`, entry.url)}
    if (entry.note !== undefined) source.note = text(file, `${where}.note`, entry.note).replace(/\s+/g, ' ')
    return source
  })
  for (const figure of figures(why)) {
    if (!list.some((source) => source.note?.includes(figure))) {
      fail(file, 'why', `"${figure}" is quoted without a source: give it in the note of the source it comes from`)
    }
  }
  return list
}

/**
 * `why` with each "{options.name}" replaced by that option's default (a list as "a, b, c"), so
 * that the figures a rule explains are the ones it runs with.
 */
export function fillOptions(file, why, options = {}) {
  return why.replace(/\{options\.([A-Za-z]+)\}/g, (_, name) => {
    if (!Object.hasOwn(options, name)) fail(file, 'why', `"{options.${name}}" names no option`)
    const value = options[name]
    return Array.isArray(value) ? value.join(', ') : String(value)
  })
}

// What an option may hold (see OptionType in packages/core/src/types.ts). Numbers need a range,
// so that no option is left open to a weight of 1e9 or a window of 0 days.
const optionTypeKeys = {
  boolean: ['type'],
  integer: ['type', 'min', 'max'],
  number: ['type', 'min', 'max'],
  string: ['type', 'values'],
  'string[]': ['type', 'values'],
  table: ['type', 'keys', 'values']
}

function optionType(file, where, value, {inTable = false} = {}) {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(optionTypeKeys, value.type)) {
    fail(file, where, `must be {type: ...} with a type of ${Object.keys(optionTypeKeys).join(', ')}`)
  }
  expectKeys(file, where, value, optionTypeKeys[value.type])
  if (value.type === 'integer' || value.type === 'number') {
    for (const bound of ['min', 'max']) {
      const number = value[bound]
      if (typeof number !== 'number' || !Number.isFinite(number) || (value.type === 'integer' && !Number.isInteger(number))) {
        fail(file, `${where}.${bound}`, `must be ${value.type === 'integer' ? 'a whole number' : 'a number'}`)
      }
    }
    if (value.min > value.max) fail(file, where, 'min must not be above max')
    return {type: value.type, min: value.min, max: value.max}
  }
  if (value.type === 'string' || value.type === 'string[]') {
    return value.values === undefined ? {type: value.type} : {type: value.type, values: strings(file, `${where}.values`, value.values)}
  }
  if (value.type === 'table') {
    if (inTable) fail(file, where, 'a table cannot hold tables')
    const values = optionType(file, `${where}.values`, value.values, {inTable: true})
    if (values.type === 'string[]') fail(file, `${where}.values`, 'a table holds single values, not lists')
    return {type: 'table', keys: strings(file, `${where}.keys`, value.keys), values}
  }
  return {type: value.type}
}

// A default must be a value its own declaration takes. The engine checks what users give with
// optionProblem in packages/core; this is the same test, for the rule's author.
function defaultProblem(declared, value) {
  switch (declared.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'is not true or false'
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || (declared.type === 'integer' && !Number.isInteger(value))) return `is not ${declared.type === 'integer' ? 'a whole number' : 'a number'}`
      return value < declared.min || value > declared.max ? `${value} is not from ${declared.min} to ${declared.max}` : undefined
    case 'string':
      if (typeof value !== 'string') return 'is not a string'
      return declared.values && !declared.values.includes(value) ? `"${value}" is not one of the values` : undefined
    case 'string[]':
      if (!Array.isArray(value)) return 'is not a list'
      for (const item of value) {
        const found = defaultProblem({...declared, type: 'string'}, item)
        if (found) return found
      }
      return undefined
    case 'table':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a table'
      for (const [key, item] of Object.entries(value)) {
        if (!declared.keys.includes(key)) return `has the key "${key}", which is not in keys`
        const found = defaultProblem(declared.values, item)
        if (found) return `${key} ${found}`
      }
      return undefined
  }
}

/** Every option's declaration from `option-types`, each checked against the option's default. */
function optionTypes(file, options = {}, declared) {
  if (declared === undefined && Object.keys(options).length === 0) return undefined
  expectKeys(file, 'option-types', declared ?? {}, Object.keys(options))
  const types = {}
  for (const [name, value] of Object.entries(options)) {
    if (!Object.hasOwn(declared ?? {}, name)) fail(file, `options.${name}`, 'has no declaration in option-types')
    types[name] = optionType(file, `option-types.${name}`, declared[name])
    const found = defaultProblem(types[name], value)
    if (found) fail(file, `options.${name}`, `the default breaks its declaration: ${found}`)
  }
  return types
}

/** Validate one rule's data and return it in the engine's shape, with its examples. */
export function validate(file, folder, data) {
  const checkFile = path.join(path.dirname(file), 'check.ts')
  const checkSource = existsSync(checkFile) ? readFileSync(checkFile, 'utf8') : ''
  const exported = (name) => new RegExp(`export (?:async )?function ${name}\\(`).test(checkSource)
  expectKeys(file, '', data, ruleKeys)
  if (data.id !== folder) fail(file, 'id', `must equal the folder name "${folder}"`)
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(data.id)) fail(file, 'id', 'must be kebab-case')
  if (!severities.includes(data.severity)) fail(file, 'severity', `must be one of ${severities.join(', ')}`)
  if (data.kinds !== undefined) {
    for (const kind of strings(file, 'kinds', data.kinds)) {
      if (!kinds.includes(kind)) fail(file, 'kinds', `unknown kind "${kind}"`)
    }
  }
  if (data.zones !== undefined) {
    for (const zone of strings(file, 'zones', data.zones)) {
      if (!reportZones.includes(zone)) fail(file, 'zones', `"${zone}" is not one of ${reportZones.join(', ')}`)
    }
  }
  if (data.options !== undefined) expectKeys(file, 'options', data.options, Object.keys(data.options))
  const types = optionTypes(file, data.options, data['option-types'])
  for (const key of ['recommended', 'read-aloud', 'skip-negated']) {
    if (data[key] !== undefined && typeof data[key] !== 'boolean') fail(file, key, 'must be true or false')
  }
  const phrases = (data.phrases ?? []).map((entry, index) => {
    const where = `phrases[${index}]`
    expectKeys(file, where, entry, phraseKeys)
    const phrase = {
      message: text(file, `${where}.message`, entry.message, {oneLine: true}),
      patterns: strings(file, `${where}.patterns`, entry.patterns)
    }
    if (entry.rewrite !== undefined) phrase.rewrite = strings(file, `${where}.rewrite`, entry.rewrite)
    if (entry.safe !== undefined) {
      if (typeof entry.safe !== 'boolean') fail(file, `${where}.safe`, 'must be true or false')
      phrase.safe = entry.safe
    }
    if (entry.unless !== undefined) phrase.unless = strings(file, `${where}.unless`, entry.unless)
    if (entry['skip-negated'] !== undefined) {
      if (typeof entry['skip-negated'] !== 'boolean') fail(file, `${where}.skip-negated`, 'must be true or false')
      phrase.skipNegated = entry['skip-negated']
    } else if (data['skip-negated'] !== undefined) {
      // The rule's own default for its entries.
      phrase.skipNegated = data['skip-negated']
    }
    return phrase
  })
  expectKeys(file, 'examples', data.examples, ['flagged', 'clean'])
  const flagged = (data.examples.flagged ?? []).map((example, index) => {
    const where = `examples.flagged[${index}]`
    expectKeys(file, where, example, ['text', 'flags', 'context'])
    const value = text(file, `${where}.text`, example.text)
    const flags = strings(file, `${where}.flags`, example.flags, {oneLine: false})
    for (const flag of flags) {
      if (locate(value, flag) < 0) fail(file, `${where}.flags`, `"${flag}" is not in the text`)
    }
    const context = exampleContext(file, `${where}.context`, example.context)
    return context ? {text: value, flags, context} : {text: value, flags}
  })
  // A clean example is its text, or {text, context} when it needs facts the text lacks.
  const clean = (data.examples.clean ?? []).map((example, index) => {
    const where = `examples.clean[${index}]`
    if (typeof example === 'string') return text(file, where, example)
    expectKeys(file, where, example, ['text', 'context'])
    return {text: text(file, `${where}.text`, example.text), context: exampleContext(file, `${where}.context`, example.context)}
  })
  if (flagged.length === 0) fail(file, 'examples.flagged', 'must list at least one example')
  const why = fillOptions(file, text(file, 'why', data.why), data.options)
  return {
    id: data.id,
    severity: data.severity,
    summary: text(file, 'summary', data.summary, {oneLine: true}),
    why,
    sources: sources(file, data.sources, why),
    ...(data.kinds ? {kinds: strings(file, 'kinds', data.kinds)} : {}),
    ...(data.zones ? {zones: strings(file, 'zones', data.zones)} : {}),
    ...(data.options ? {options: data.options} : {}),
    ...(types ? {optionTypes: types} : {}),
    ...(data.recommended === false ? {recommended: false} : {}),
    ...(data['read-aloud'] === false ? {readAloud: false} : {}),
    phrases,
    hasCheck: checkSource !== '',
    exports: {check: exported('check'), review: exported('review'), score: exported('score'), load: exported('load')},
    examples: {flagged, clean}
  }
}

/** The text without slashes at either end. */
function trimSlashes(text) {
  let start = 0
  let end = text.length
  while (end > start && text.charAt(end - 1) === '/') end--
  while (start < end && text.charAt(start) === '/') start++
  return text.slice(start, end)
}

/**
 * Where the rules are documented, from the rules package's `repository` and `homepage`: each
 * rule's README in the repository's default branch, and the project's home page. This is the one
 * place the addresses are made; a build bakes them into the rule set.
 */
export function docsLinks(manifest = JSON.parse(readFileSync(path.join(rulesDir, 'package.json'), 'utf8'))) {
  const file = path.join(rulesDir, 'package.json')
  const repository = typeof manifest.repository === 'string' ? {url: manifest.repository} : manifest.repository
  if (!repository || typeof repository.url !== 'string') fail(file, 'repository', 'must give the url of the repository')
  // "git+https://github.com/owner/name.git" is the address "https://github.com/owner/name".
  const web = trimSlashes(repository.url.replace(/^git\+/, '').replace(/\.git$/, ''))
  httpsUrl(file, 'repository.url', web)
  const directory = trimSlashes(repository.directory ?? '')
  const homepage = manifest.homepage === undefined ? web : httpsUrl(file, 'homepage', manifest.homepage)
  return {homepage, ruleDocs: `${web}/blob/main/${directory ? `${directory}/` : ''}{rule}/README.md`}
}

/** Every rule's data, sorted by id. Throws a DataError naming the file and key on bad data. */
export function loadRules(dir = rulesDir) {
  const rules = []
  const seen = new Map()
  for (const folder of readdirSync(dir).sort()) {
    const file = path.join(dir, folder, 'rule.yml')
    if (!existsSync(file)) continue
    const raw = readFileSync(file, 'utf8')
    // In YAML, " #" starts a comment even inside an unquoted list item, so "my #1 choice"
    // would silently become "my". Refuse the line and ask for quotes.
    raw.split('\n').forEach((line, index) => {
      const item = /^\s*-\s+([^#]*?)\s#/.exec(line)
      if (item && item[1] !== '' && !/["']/.test(item[1])) {
        fail(file, `line ${index + 1}`, 'an unquoted item with " #" is cut short by YAML; put the item in quotes')
      }
    })
    let data
    try {
      data = YAML.parse(raw)
    } catch (error) {
      fail(file, 'yaml', error.message.split('\n')[0])
    }
    const rule = validate(file, folder, data)
    for (const phrase of rule.phrases) {
      for (const pattern of phrase.patterns) {
        const key = pattern.toLowerCase().replace(/\s+/g, ' ')
        if (seen.has(key)) fail(file, 'phrases', `duplicate pattern "${pattern}" (also in ${seen.get(key)})`)
        seen.set(key, rule.id)
      }
    }
    if (rule.phrases.length === 0 && !rule.exports.check && !rule.exports.review) {
      fail(file, 'phrases', 'a rule needs phrases, or a check.ts exporting check() or review()')
    }
    rules.push(rule)
  }
  return rules
}
