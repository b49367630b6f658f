import {describe, expect, it} from 'vitest'
import {ConfigError, createLinter} from './engine.js'
import type {Rule} from './types.js'

function phraseRule(id: string, patterns: string[], extra: Partial<Rule['phrases'][number]> = {}): Rule {
  return {
    meta: {id, severity: 'warning', summary: 's', why: 'w'},
    phrases: [{patterns, message: '“{actual}” found.', ...extra}]
  }
}

function flagged(rules: Rule[], text: string): string[] {
  return createLinter(rules)
    .lint(text)
    .messages.map((message) => text.slice(message.offset, message.endOffset))
}

describe('phrase matching', () => {
  const rank = [phraseRule('rank', ['rank * first', 'my (#|no .?|number) (1|one)'])]

  it('matches inflections, case and short gaps', () => {
    expect(flagged(rank, 'I RANKED your program first.')).toEqual(['RANKED your program first'])
    expect(flagged(rank, 'I will be ranking your wonderful residency program first.')).toEqual([
      'ranking your wonderful residency program first'
    ])
  })

  it('does not let a gap run past its length or a sentence end', () => {
    expect(flagged(rank, 'I will rank the five programs I saw this winter first.')).toEqual([])
    expect(flagged(rank, 'I rank programs carefully. First, the schedule.')).toEqual([])
  })

  it('lets a gap run past the period of a title such as "Dr."', () => {
    const rules = [phraseRule('direct', ['emailed * directly'])]
    expect(flagged(rules, 'I emailed Dr. Patel directly.')).toEqual(['emailed Dr. Patel directly'])
  })

  it('matches symbols and abbreviations: #1, No. 1, number one', () => {
    expect(flagged(rank, 'You are my #1.')).toEqual(['my #1'])
    expect(flagged(rank, 'You are my No. 1 choice.')).toEqual(['my No. 1'])
    expect(flagged(rank, 'You are my number one.')).toEqual(['my number one'])
  })

  it('ignores quotation marks inside a phrase', () => {
    expect(flagged(rank, 'You are my “number one” and always will be.')).toEqual(['my “number one'])
  })

  it('matches contractions against their long forms', () => {
    const rules = [phraseRule('r', ['you are my top choice'])]
    expect(flagged(rules, 'You’re my top choice.')).toEqual(['You’re my top choice'])
    expect(flagged(rules, "You're my top-choice.")).toEqual(["You're my top-choice"])
  })

  it('lets a gap run across the period of a title', () => {
    const rules = [phraseRule('dm', ['message * on linkedin'])]
    expect(flagged(rules, 'I will message Dr. Ode on LinkedIn.')).toEqual(['message Dr. Ode on LinkedIn'])
    expect(flagged(rules, 'I will message the office. LinkedIn is not for that.')).toEqual([])
  })

  it('does not match across paragraphs', () => {
    expect(flagged(rank, 'I will rank\n\nfirst things first.')).toEqual([])
  })

  it('skips a match denied in its clause unless the rule says otherwise', () => {
    const rules = [phraseRule('dm', ['message * on linkedin'])]
    expect(flagged(rules, 'I did not message anyone on LinkedIn.')).toEqual([])
    expect(flagged(rules, 'I hope you do not mind that I message you on LinkedIn.')).toEqual([
      'message you on LinkedIn'
    ])
    const rank = [phraseRule('rank', ['you are my #1'])]
    expect(flagged(rank, 'Without a doubt you are my #1.')).toEqual(['you are my #1'])
    expect(flagged(rank, 'No question you are my #1.')).toEqual(['you are my #1'])
    expect(flagged(rank, 'I never said you are my #1.')).toEqual([])
    expect(flagged(rank, 'I cannot say you are my #1.')).toEqual([])
    expect(flagged(rank, 'It goes without saying that you are my #1.')).toEqual(['you are my #1'])
    const always = [phraseRule('heard', ['not heard back'], {skipNegated: false})]
    expect(flagged(always, 'I have not heard back.')).toEqual(['not heard back'])
  })

  it('reads denial over the whole clause, and asserts double negation and paralipsis', () => {
    const rules = [phraseRule('dm', ['message * on linkedin']), phraseRule('rank', ['you are my #1'])]
    expect(flagged(rules, 'I chose not to ever message the residents on LinkedIn.')).toEqual([])
    expect(flagged(rules, 'I know better than to message Dr. Ode on LinkedIn.')).toEqual([])
    expect(flagged(rules, 'I did not call, but I will message Dr. Ode on LinkedIn.')).toEqual(['message Dr. Ode on LinkedIn'])
    expect(flagged(rules, "I can't deny that you are my #1.")).toEqual(['you are my #1'])
    expect(flagged(rules, "I won't pretend otherwise: you are my #1.")).toEqual(['you are my #1'])
    expect(flagged(rules, 'If I match, you are my #1.')).toEqual(['you are my #1'])
  })

  it('lets a denied match silence the shorter matches inside it, of any rule', () => {
    const rules = [phraseRule('both', ['message faculty but dm residents']), phraseRule('dm', ['dm residents'])]
    expect(flagged(rules, 'I did not message faculty but dm residents.')).toEqual([])
    expect(flagged(rules, 'I will message faculty but dm residents.')).toEqual([
      'message faculty but dm residents',
      'dm residents'
    ])
  })

  it('reports nothing in someone else\'s words, and the applicant\'s own quotations as usual', () => {
    const rules = [phraseRule('rank', ['you are my #1', 'rank * first'])]
    expect(flagged(rules, 'Your email said, “Please do not tell us that you are my #1.”')).toEqual([])
    expect(flagged(rules, 'The coordinator mentioned that some applicants rank them first.')).toEqual([])
    expect(flagged(rules, 'I told her, “You are my #1.”')).toEqual(['You are my #1'])
    const wow: Rule = {
      meta: {id: 'wow', severity: 'warning', summary: 's', why: 'w'},
      check(document, report) {
        for (const token of document.tokens) {
          if (token.text === 'wow') report({start: token.start, end: token.end, message: 'Wow.'})
        }
      }
    }
    expect(flagged([wow], 'The FAQ reads, “Wow, the applicants this year are strong.” Wow.')).toEqual(['Wow'])
    expect(createLinter([wow]).lint('The FAQ reads, “Wow, the applicants this year are strong.” Wow.').messages[0]!.offset).toBe(59)
  })

  it('cancels a match when one of its entry\'s unless patterns occurs in the same sentence', () => {
    const rules = [phraseRule('cv', ['attached * cv'], {unless: ['as (you|dr .? *2) (asked|requested)']})]
    expect(flagged(rules, 'As you asked, I attached my CV.')).toEqual([])
    expect(flagged(rules, 'I attached my CV, as Dr. Lee requested.')).toEqual([])
    expect(flagged(rules, 'I attached my CV.')).toEqual(['attached my CV'])
    expect(flagged(rules, 'As you asked, here is the form. I also attached my CV.')).toEqual(['attached my CV'])
  })

  it('honours look-aheads without flagging what they look at', () => {
    const rules = [phraseRule('list', ['top of my list !(of)', 'dm &(you|the)'])]
    expect(flagged(rules, 'You are at the top of my list.')).toEqual(['top of my list'])
    expect(flagged(rules, 'The top of my list of questions is call.')).toEqual([])
    expect(flagged(rules, 'I will DM you.')).toEqual(['DM'])
    expect(flagged(rules, 'Patients with DM often need follow-up.')).toEqual([])
  })

  it('reports overlapping matches of one rule once, earliest and longest first', () => {
    const rules = [phraseRule('r', ['my #1', 'my #1 choice', '#1 choice'])]
    expect(flagged(rules, 'You are my #1 choice.')).toEqual(['my #1 choice'])
  })

  it('reports matches of different rules that overlap', () => {
    const rules = [phraseRule('a', ['my #1']), phraseRule('b', ['#1 choice'])]
    expect(flagged(rules, 'You are my #1 choice.')).toEqual(['my #1', '#1 choice'])
  })
})

describe('createLinter', () => {
  it('rejects duplicate rule ids and bad patterns with a ConfigError naming the rule', () => {
    expect(() => createLinter([phraseRule('a', ['x']), phraseRule('a', ['y'])])).toThrow(
      /duplicate rule id "a"/
    )
    expect(() => createLinter([phraseRule('bad', ['(x'])])).toThrow(ConfigError)
    expect(() => createLinter([phraseRule('bad', ['(x'])])).toThrow(/rule "bad"/)
  })
})

describe('lint', () => {
  const rules: Rule[] = [
    phraseRule('first', ['top choice'], {rewrite: ['strong interest'], safe: false}),
    {
      meta: {id: 'caps', severity: 'error', summary: 's', why: 'w', options: {word: 'HEY'}},
      check(document, report, options) {
        const word = String(options.word)
        for (let at = document.source.indexOf(word); at >= 0; at = document.source.indexOf(word, at + 1)) {
          report({start: at, end: at + word.length, message: 'shouting'})
        }
      }
    }
  ]
  const linter = createLinter(rules)

  it('gives exact 1-based ranges, end exclusive, across CRLF lines', () => {
    const text = 'Hello.\r\nYou are my top choice.\r\nHEY'
    const result = linter.lint(text)
    expect(result.messages).toHaveLength(2)
    const [first, second] = result.messages
    expect(first).toMatchObject({ruleId: 'first', line: 2, column: 12, endLine: 2, endColumn: 22})
    expect(first!.actual).toBe('top choice')
    expect(second).toMatchObject({ruleId: 'caps', severity: 'error', line: 3, column: 1, endColumn: 4})
    expect(result).toMatchObject({errorCount: 1, warningCount: 1, infoCount: 0})
  })

  it('fills the message and offers rewrites with the case of the original', () => {
    const [message] = linter.lint('Top choice, always.').messages
    expect(message!.message).toBe('“Top choice” found.')
    expect(message!.suggestions).toEqual([{text: 'Strong interest', safe: false}])
  })

  it('applies settings: off, a new severity, and options', () => {
    const text = 'my top choice, HEY, LOUD'
    expect(linter.lint(text, {rules: {first: 'off'}}).messages.map((m) => m.ruleId)).toEqual(['caps'])
    expect(linter.lint(text, {rules: {first: 'error'}}).errorCount).toBe(2)
    const loud = linter.lint(text, {rules: {caps: ['info', {word: 'LOUD'}]}})
    expect(loud.messages.find((m) => m.ruleId === 'caps')).toMatchObject({severity: 'info', actual: 'LOUD'})
  })

  it('rejects unknown rules and malformed settings', () => {
    expect(() => linter.lint('x', {rules: {nope: 'error'}})).toThrow(/unknown rule "nope"/)
    expect(() => linter.lint('x', {rules: {first: 'loud' as never}})).toThrow(ConfigError)
    expect(() => linter.lint('x', {rules: {first: ['warning', 3 as never]}})).toThrow(/options must be an object/)
  })

  it('skips rules that do not apply to the message kind', () => {
    const only = createLinter([
      {...phraseRule('thanks-only', ['top choice']), meta: {...rules[0]!.meta, id: 'thanks-only', kinds: ['thank-you']}}
    ])
    expect(only.lint('top choice', {context: {kind: 'update'}}).messages).toEqual([])
    expect(only.lint('top choice', {context: {kind: 'thank-you'}}).messages).toHaveLength(1)
  })

  it('lints only the given regions and keeps offsets absolute', () => {
    const text = 'top choice\n\nmy top choice'
    const result = linter.lint(text, {regions: [{start: 12, end: text.length}]})
    expect(result.messages.map((m) => [m.offset, m.line, m.column])).toEqual([[15, 3, 4]])
  })

  it('finds the same things in a long text parsed in pieces', () => {
    const paragraph = 'Thank you for the day. You are my top choice. HEY there.\n\n'
    const text = paragraph.repeat(2000)
    const result = linter.lint(text)
    expect(result.messages).toHaveLength(4000)
    for (const message of result.messages) {
      expect(text.slice(message.offset, message.endOffset)).toBe(message.ruleId === 'caps' ? 'HEY' : 'top choice')
    }
  })

  it('scores nothing without a rule that weighs the draft', () => {
    expect(linter.lint('HEY HEY top choice top choice top choice'.repeat(3))).toMatchObject({score: 0, scoreParts: []})
  })
})

describe('zones', () => {
  // A check that reports every "!!" wherever it stands, as a check reading the source does.
  const marks = (zones?: Rule['meta']['zones']): Rule => ({
    meta: {id: zones ? 'marks-in-context' : 'marks', severity: 'warning', summary: 's', why: 'w', ...(zones ? {zones} : {})},
    check(document, report) {
      for (const match of document.source.matchAll(/!!/g)) report({start: match.index, end: match.index + 2, message: 'm'})
    }
  })
  const rules = [phraseRule('first', ['top choice', 'hi']), marks(), marks(['own', 'signature'])]
  const draft = [
    'Dear Ms. Okafor,',
    '',
    'Thank you!! You are my top choice.',
    '',
    'Best,',
    'Ana Ruiz!!',
    '',
    'On Mon, Jan 12, 2026 at 9:14 AM Ada Okafor <ada@pinecrest.org> wrote:',
    '> Hi Ada!! :) You are our top choice!!'
  ].join('\n')

  it('reports nothing in quoted mail, whatever the rule', () => {
    const quoted = draft.indexOf('> Hi')
    const messages = createLinter(rules).lint(draft).messages
    expect(messages.filter((message) => message.offset >= quoted)).toEqual([])
    expect(createLinter(rules).lint('> Hi Ada!! :)\n> You are our top choice!!').messages).toEqual([])
  })

  it('reports in the signature only for rules that name it', () => {
    const found = createLinter(rules)
      .lint(draft)
      .messages.map((message) => [message.ruleId, message.line, message.actual])
    expect(found).toEqual([
      ['marks', 3, '!!'],
      ['marks-in-context', 3, '!!'],
      ['first', 3, 'top choice'],
      ['marks-in-context', 6, '!!']
    ])
  })

  it('gives checks the signature and letterhead words apart from the own words', () => {
    let seen: string[][] = []
    const reader: Rule = {
      meta: {id: 'reader', severity: 'info', summary: 's', why: 'w'},
      check(document) {
        seen = [document.tokens.map((t) => t.text), document.contextTokens.map((t) => t.text)]
      }
    }
    createLinter([reader]).lint('January 14, 2026\n\nDear Ms. Okafor,\n\nThanks a lot!\n\nBest,\nAna Ruiz\n\n> Hi Ada')
    expect(seen).toEqual([
      ['dear', 'ms', '.', 'okafor', ',', 'thanks', 'a', 'lot', '!', 'best', ','],
      ['january', '14', ',', '2026', 'ana', 'ruiz']
    ])
  })
})
