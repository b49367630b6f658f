import {chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createLinter, type Rule} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {decodeWithEncoding, encodeText, fixDiff, fixFile} from './fix.js'

// Our own small rule set, with rewrites that keep the meaning and one that does not.
const rules: Rule[] = [
  {
    meta: {id: 'shorthand', severity: 'warning', summary: 's', why: 'w'},
    phrases: [
      {patterns: ['=thx'], message: '“{actual}” is text-speak.', rewrite: ['thank you'], safe: true},
      {patterns: ['=appt'], message: '“{actual}” is text-speak.', rewrite: ['appointment'], safe: true}
    ]
  },
  {
    meta: {id: 'promise', severity: 'error', summary: 's', why: 'w'},
    phrases: [{patterns: ['rank you first'], message: '“{actual}” promises.', rewrite: ['remain interested'], safe: false}]
  }
]
const linter = createLinter(rules)
const lint = async (text: string) => linter.lint(text)

function temp(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'followup-lint-fix-')), name)
  writeFileSync(file, content)
  return file
}

describe('encodings', () => {
  it.each([
    ['UTF-8', Buffer.from('Thx.\n')],
    ['UTF-8 with a byte order mark', Buffer.from('\uFEFFThx.\n')],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Thx.\r\n', 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Thx.\r\n', 'utf16le').swap16()])]
  ])('%s decodes and encodes back to the same bytes', (_, bytes) => {
    const decoded = decodeWithEncoding(bytes, 'x')
    expect(decoded.text.startsWith('Thx.')).toBe(true)
    expect(encodeText(decoded).equals(bytes)).toBe(true)
  })
})

describe('fixFile', () => {
  it('applies safe rewrites only, and reports what is left', async () => {
    const file = temp('draft.txt', 'Thx for the appt. I will rank you first.\n')
    const fixed = await fixFile(lint, file)
    expect(readFileSync(file, 'utf8')).toBe('Thank you for the appointment. I will rank you first.\n')
    expect(fixed.changed).toBe(true)
    expect(fixed.result.messages.map((m) => m.ruleId)).toEqual(['promise'])
    expect(fixed.result.messages[0]).toMatchObject({line: 1, column: 39, endColumn: 53})
  })

  it('keeps CRLF line endings and the final newline', async () => {
    const file = temp('crlf.txt', 'Dear Ms. Ames,\r\n\r\nThx for your help.\r\n')
    await fixFile(lint, file)
    expect(readFileSync(file, 'latin1')).toBe('Dear Ms. Ames,\r\n\r\nThank you for your help.\r\n')
  })

  it('keeps a byte order mark, and a missing final newline stays missing', async () => {
    const file = temp('bom.txt', Buffer.from('\uFEFFThx for the appt.'))
    await fixFile(lint, file)
    expect(readFileSync(file).equals(Buffer.from('\uFEFFThank you for the appointment.'))).toBe(true)
  })

  it('writes UTF-16 back as UTF-16', async () => {
    const file = temp('wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Thx.\r\n', 'utf16le')]))
    await fixFile(lint, file)
    expect(readFileSync(file).equals(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Thank you.\r\n', 'utf16le')]))).toBe(true)
  })

  it('keeps the permissions, and leaves no temporary file behind', async () => {
    const file = temp('mode.txt', 'Thx.\n')
    chmodSync(file, 0o640)
    await fixFile(lint, file)
    expect(statSync(file).mode & 0o777).toBe(0o640)
    expect(readdirSync(path.dirname(file))).toEqual(['mode.txt'])
  })

  it('does not touch a file with nothing to fix, and is idempotent', async () => {
    const file = temp('clean.txt', 'I will rank you first.\n')
    const past = new Date('2024-01-02T03:04:05Z')
    utimesSync(file, past, past)
    const fixed = await fixFile(lint, file)
    expect(fixed.changed).toBe(false)
    expect(statSync(file).mtimeMs).toBe(past.getTime())

    const other = temp('twice.txt', 'Thx, thx.\n')
    await fixFile(lint, other)
    const once = readFileSync(other, 'utf8')
    utimesSync(other, past, past)
    expect((await fixFile(lint, other)).changed).toBe(false)
    expect(readFileSync(other, 'utf8')).toBe(once)
    expect(statSync(other).mtimeMs).toBe(past.getTime())
  })

  it('writes through a symbolic link to the file it names, keeping the link', async () => {
    const file = temp('real.txt', 'Thx.\n')
    const link = path.join(path.dirname(file), 'link.txt')
    symlinkSync(file, link)
    await fixFile(lint, link)
    expect(readFileSync(file, 'utf8')).toBe('Thank you.\n')
    expect(statSync(link).isFile()).toBe(true)
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['link.txt', 'real.txt'])
  })

  it('refuses a file that would not be written back byte for byte, and leaves it alone', async () => {
    // A lone UTF-16 surrogate decodes to a replacement character: writing it back would lose it.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Thx ', 'utf16le'), Buffer.from([0x00, 0xd8])])
    const file = temp('odd.txt', bytes)
    await expect(fixFile(lint, file)).rejects.toThrow(/cannot be written back exactly as read/)
    expect(readFileSync(file).equals(bytes)).toBe(true)
  })

  it('with dryRun, changes nothing and describes the change as a unified diff', async () => {
    const file = temp('dry.txt', 'Line one.\nThx for the appt.\nLine three.\n')
    const fixed = await fixFile(lint, file, {dryRun: true})
    expect(readFileSync(file, 'utf8')).toBe('Line one.\nThx for the appt.\nLine three.\n')
    expect(fixDiff('dry.txt', fixed)).toBe(
      [
        '--- a/dry.txt',
        '+++ b/dry.txt',
        '@@ -1,3 +1,3 @@',
        ' Line one.',
        '-Thx for the appt.',
        '+Thank you for the appointment.',
        ' Line three.',
        ''
      ].join('\n')
    )
    const clean = await fixFile(lint, temp('same.txt', 'Fine.\n'), {dryRun: true})
    expect(fixDiff('same.txt', clean)).toBe('')
  })
})
