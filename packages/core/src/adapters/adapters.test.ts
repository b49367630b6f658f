import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Diagnostic} from '../types.js'
import {describe, expect, it} from 'vitest'
import {createLinter} from '../engine.js'
import {tokenize} from '../tokens.js'
import type {Rule} from '../types.js'
import {adaptDraft, detectFormat} from './index.js'
import {DraftError} from './types.js'
import {htmlToText} from './email.js'

const fixtures = path.join(import.meta.dirname, '..', '..', '..', '..', 'fixtures', 'drafts')

// A small rule set of our own, so these tests do not move when the real rules do.
const rules: Rule[] = [
  {
    meta: {id: 'rank-claim', severity: 'error', summary: 'rank claims', why: 'test'},
    phrases: [{patterns: ['my (#|number) (1|one) (choice|program)', 'you are my #'], message: '“{actual}”'}]
  },
  {
    meta: {id: 'gush', severity: 'warning', summary: 'gushing', why: 'test'},
    phrases: [{patterns: ['second to none', 'really amazing'], message: '“{actual}”'}]
  }
]
const linter = createLinter(rules)
const ids = rules.map((rule) => rule.meta.id)

async function lint(text: string, filePath: string) {
  const draft = await adaptDraft(text, {filePath})
  const result = linter.lint(draft.source, {
    regions: draft.regions,
    ...(draft.tree ? {tree: draft.tree} : {}),
    ...(draft.filter ? {filter: (messages: Diagnostic[]) => draft.filter!(messages, ids)} : {})
  })
  return {draft, result: draft.finish(result, ids)}
}

describe('plain text', () => {
  const text = '---\nkind: thank-you\nsent-date: 2026-01-12\n---\nSubject: You are my #1 program\nTo: Residency Office <im@example.org>\nDate: 2026-01-12\n\nMy number one choice, second to none.\n'

  it('reads front matter and header lines, and lints only the Subject text and the body', async () => {
    const {draft, result} = await lint(text, 'draft.txt')
    expect(draft.frontMatter).toEqual({kind: 'thank-you', 'sent-date': '2026-01-12'})
    expect(draft.headers).toEqual({subject: 'You are my #1 program', to: 'Residency Office <im@example.org>', date: '2026-01-12'})
    expect(draft.regions.map((region) => text.slice(region.start, region.end))).toEqual([
      'You are my #1 program',
      '\nMy number one choice, second to none.\n'
    ])
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([
      ['rank-claim', 5, 10, 'You are my #'],
      ['rank-claim', 9, 1, 'My number one choice'],
      ['gush', 9, 23, 'second to none']
    ])
  })

  it('treats a draft without headers or front matter as all body', async () => {
    const {draft} = await lint('Dear Ms. Ito,\r\nThanks.', 'a.txt')
    expect(draft.regions).toEqual([{start: 0, end: 22}])
    expect(draft.headers).toEqual({})
  })

  it('refuses front matter that is not a mapping, naming the draft', async () => {
    await expect(adaptDraft('---\n- a\n- b\n---\nHi', {filePath: 'x.txt'})).rejects.toThrow(
      new DraftError('x.txt: front matter must be a mapping of keys to values')
    )
    await expect(adaptDraft('---\nkind: [\n---\nHi', {filePath: 'x.txt'})).rejects.toThrow(/^x\.txt: front matter is not valid YAML/)
  })
})

describe('Markdown', () => {
  const text = [
    '---',
    'kind: update',
    'note: my number one choice',
    '---',
    '',
    '# My *number* one choice',
    '',
    '> You are **my #1** choice, and the',
    '> program is really amazing.',
    '',
    'See [my number one choice](https://example.org/my-number-one-choice) and <https://example.org/second-to-none>.',
    '',
    'Inline `my number one choice` and <span title="second to none">text</span> and https://example.org/really-amazing here.',
    '',
    '```',
    'my number one choice',
    '```',
    '',
    '<div>second to none</div>',
    '',
    '1. An escaped \\*really\\* amazing AT&amp;T re*al*ly item,',
    '   second to none.',
    ''
  ].join('\n')

  it('gives every word the exact characters it was written at', async () => {
    const {draft} = await lint(text, 'draft.md')
    const tokens = tokenize(draft.tree!)
    expect(tokens.length).toBeGreaterThan(30)
    for (const token of tokens) {
      const written = text.slice(token.start, token.end)
      if (token.text === 'really' && written === 're*al*ly') continue
      if (token.text === 'at&t') {
        expect(written).toBe('AT&amp;T')
        continue
      }
      expect(written.toLowerCase().replaceAll('\u2019', "'")).toBe(token.text)
    }
    expect(tokens.some((token) => text.slice(token.start, token.end) === 're*al*ly')).toBe(true)
  })

  it('never lints front matter, code, HTML or addresses', async () => {
    const {draft} = await lint(text, 'draft.md')
    const covered = (offset: number) => tokenize(draft.tree!).some((token) => token.start <= offset && offset < token.end)
    for (const skipped of ['note: my number one choice', '`my number one choice`', 'my number one choice\n```', '<div>second to none</div>', 'https://example.org/my-number-one-choice', 'https://example.org/second-to-none', 'https://example.org/really-amazing', 'title="second to none"']) {
      const at = text.indexOf(skipped)
      expect(at).toBeGreaterThanOrEqual(0)
      for (let offset = at; offset < at + skipped.length; offset++) expect(covered(offset), skipped).toBe(false)
    }
    for (const region of draft.regions) {
      for (const skipped of ['```', '<div>', 'https://']) expect(text.slice(region.start, region.end)).not.toContain(skipped)
    }
  })

  it('reports findings on the written characters, across emphasis and block-quote markers', async () => {
    const {draft, result} = await lint(text, 'draft.md')
    expect(draft.frontMatter).toEqual({kind: 'update', note: 'my number one choice'})
    const found = result.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, text.slice(m.offset, m.endOffset)])
    expect(found).toEqual([
      ['rank-claim', 6, 3, 6, 25, 'My *number* one choice'],
      ['rank-claim', 8, 3, 8, 17, 'You are **my #'],
      ['gush', 9, 14, 9, 28, 'really amazing'],
      ['rank-claim', 11, 6, 11, 26, 'my number one choice'],
      ['gush', 22, 4, 22, 18, 'second to none']
    ])
    for (const message of result.messages) expect(message.actual).toBe(text.slice(message.offset, message.endOffset))
  })

  it('obeys disable, enable and ignore comments', async () => {
    const doc = [
      'This is second to none.',
      '',
      '<!-- followup-lint-disable gush -->',
      '',
      'Also second to none, and my number one choice.',
      '',
      '<!-- followup-lint-enable gush -->',
      '',
      '<!-- followup-lint-ignore rank-claim -->',
      'My number one choice, second to none.',
      '',
      'My number one choice.'
    ].join('\n')
    const {result} = await lint(doc, 'a.md')
    expect(result.messages.map((m) => `${m.line} ${m.ruleId}`)).toEqual(['1 gush', '5 rank-claim', '10 gush', '12 rank-claim'])
    expect(result.errorCount).toBe(2)
    expect(result.warningCount).toBe(2)
  })

  it('refuses a control comment that names an unknown rule', async () => {
    await expect(lint('Hi.\n\n<!-- followup-lint-disable no-such-rule -->\n\nThere.', 'a.md')).rejects.toThrow(
      new DraftError('a.md:3: unknown rule "no-such-rule" in a followup-lint comment')
    )
  })
})

describe('email', () => {
  it('finds a plain body in the raw file: positions are exact, headers are read', async () => {
    const raw = readFileSync(path.join(fixtures, 'flagged-three-formats.eml'), 'utf8')
    const {draft, result} = await lint(raw.replace('[Program Name]', 'my number one choice'), 'x.eml')
    expect(draft.headers).toEqual({
      from: 'Samir Haddad <samir.haddad@example.edu>',
      to: 'Dr. Ana Mensah <amensah@lakeshore.example.org>',
      subject: 'Thank you for the January 8 interview',
      date: 'Tue, 13 Jan 2026 08:15:00 -0500'
    })
    expect(draft.source).toBe(raw.replace('[Program Name]', 'my number one choice'))
    const lines = draft.source.split('\r\n')
    const found = result.messages.map((m) => [m.ruleId, m.line, lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1)])
    // The HTML part repeats the text, quoted-printable: it is not linted a second time.
    expect(found).toEqual([
      ['rank-claim', 14, 'my number one choice'],
      ['gush', 14, 'second to none']
    ])
    for (const message of result.messages) expect(message.actual).toBe(draft.source.slice(message.offset, message.endOffset))
  })

  it('lints a quoted-printable body decoded and reports it on the part’s first line', async () => {
    const raw = readFileSync(path.join(fixtures, 'flagged-quoted-printable.eml'), 'utf8')
    const {result} = await lint(raw, 'x.eml')
    const lines = raw.split('\n')
    expect(lines[11]).toBe('Dear Ms. Brandt,')
    expect(result.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.actual])).toEqual([
      ['rank-claim', 12, 1, 12, 17, 'my number one choice']
    ])
    expect(result.messages[0]!.offset).toBe(raw.indexOf('Dear Ms. Brandt,'))
  })

  it.each([
    [
      "Gmail's quote block",
      '<div dir="ltr">Dear Ms. Ito,<br><br>That works for me.<br><br>Best,<br>Ana Ruiz</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jan 12, 2026 at 9:14 AM Mia Ito &lt;mia@example.org&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0">You are my #1 pick!<br>See you soon</blockquote></div>'
    ],
    [
      "Outlook's reply header",
      '<div>Dear Ms. Ito,</div><div>That works for me.</div><div>Best,<br>Ana Ruiz</div><div id="appendonsend"></div><hr style="display:inline-block"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Mia Ito<br><b>Sent:</b> Monday, January 12, 2026<br><b>To:</b> Ana Ruiz<br><b>Subject:</b> Second look</div><div>You are my #1 pick!</div>'
    ],
    ['a plain block quote', '<p>Dear Ms. Ito,</p><p>That works for me.</p><blockquote><p>You are my #1 pick!</p></blockquote><p>Best,<br>Ana Ruiz</p>']
  ])('turns HTML quoted mail into quoted text the letter reader sets apart: %s', async (_, html) => {
    const raw = `From: a@example.org\nSubject: Re: Second look\nContent-Type: text/html; charset=utf-8\n\n${html}\n`
    const {draft, result} = await lint(raw, 'x.eml')
    expect(draft.source).toMatch(/\n> [^\n]*You are my #1 pick!/)
    expect(result.messages).toEqual([])
    const {result: own} = await lint(raw.replace('That works for me.', 'You are my #1 choice.'), 'x.eml')
    expect(own.messages.map((m) => m.actual)).toEqual(['You are my #'])
  })

  it('lets no character reference open or close a quote', () => {
    expect(htmlToText('<p>Thank you &#1;for the &#x2;day.</p><p>Ana</p>')).toBe('Thank you \ufffdfor the \ufffdday.\n\nAna')
  })

  it('reads the HTML part when there is no plain one', async () => {
    const raw = 'From: a@example.org\nSubject: Hi\nContent-Type: text/html; charset=utf-8\n\n<p>Dear Ms. Ito,</p><p>You are my #1 &amp; more.</p>\n'
    const {result} = await lint(raw, 'x.eml')
    expect(result.messages.map((m) => [m.line, m.column, m.actual])).toEqual([[5, 1, 'You are my #']])
  })

  it('lints an encoded Subject decoded, on the Subject line, and keeps a written body exact', async () => {
    const raw = 'From: a@example.org\nSubject: =?UTF-8?B?WW91IGFyZSBteSAjMSBwcm9ncmFt?=\nContent-Type: text/plain\n\nDear Ms. Ito,\n\nIt was really amazing.\n'
    const {result} = await lint(raw, 'x.eml')
    const subject = result.messages.find((m) => m.ruleId === 'rank-claim')!
    expect([subject.actual, subject.line, subject.column, subject.endLine, subject.offset]).toEqual(['You are my #', 2, 1, 2, raw.indexOf('Subject:')])
    const gush = result.messages.find((m) => m.ruleId === 'gush')!
    const at = raw.indexOf('really amazing')
    expect([gush.line, gush.column, gush.offset, gush.endOffset]).toEqual([7, 8, at, at + 'really amazing'.length])
  })

  it('lints a Subject folded over two lines as one line of text', async () => {
    const raw = 'From: a@example.org\nSubject: Thank you - it is\n my number one choice\nContent-Type: text/plain\n\nDear Ms. Ito,\n\nThank you.\n'
    const {result} = await lint(raw, 'x.eml')
    expect(result.messages.map((m) => [m.line, m.actual])).toEqual([[2, 'my number one choice']])
  })

  it('reads a numeric reference that names no character as U+FFFD, as browsers do, instead of failing', async () => {
    const raw = 'From: a@example.org\nContent-Type: text/html\n\n<p>A&#99999999;B&#x110000;C&#0;D&#xD800;E&#233;</p>\n'
    const {result} = await lint(raw, 'x.eml')
    expect(result.messages).toEqual([])
    const {adaptDraft} = await import('./index.js')
    const draft = await adaptDraft(raw, {filePath: 'x.eml'})
    expect(draft.source.slice(draft.regions.at(-1)!.start)).toBe('A\ufffdB\ufffdC\ufffdD\ufffdE\u00e9')
  })
})

describe('format detection', () => {
  it('goes by extension, then by content for standard input', () => {
    expect(detectFormat('anything', 'a.MD')).toBe('markdown')
    expect(detectFormat('anything', 'a.markdown')).toBe('markdown')
    expect(detectFormat('anything', 'a.eml')).toBe('email')
    expect(detectFormat('---\nkind: thank-you\n---\nHi', 'a.txt')).toBe('text')
    expect(detectFormat('From: a@example.org\nSubject: Hi\nMIME-Version: 1.0\n\nBody')).toBe('email')
    expect(detectFormat('Subject: Hi\nTo: Dr. Ito\n\nBody')).toBe('text')
    expect(detectFormat('---\nkind: thank-you\n---\nHi')).toBe('markdown')
    expect(detectFormat('Dear Dr. Ito,')).toBe('text')
  })
})
