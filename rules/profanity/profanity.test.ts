import {createLinter} from '@followup-lint/core'
import {describe, expect, it} from 'vitest'
import {defaultRules} from '../index.js'
import {flagsOf} from '../testing.js'

describe('profanity', () => {
  it('flags crude words whatever their case', () => {
    expect(flagsOf('profanity', 'The call schedule was Crap and the pager was a damn menace.')).toEqual(['Crap', 'damn'])
  })

  it('leaves clinical and identity words alone', () => {
    expect(
      flagsOf('profanity', 'I ran a clinic for gay and transgender patients, with HIV and sexual health screening and rectal exams.')
    ).toEqual([])
  })

  it('never calls a template blank or a karyotype crude', () => {
    expect(flagsOf('profanity', 'Dear Dr. XXX, my AAMC ID is xxx. Her karyotype was 47,XXX; his was 46,XX/47,XXY.')).toEqual([])
  })

  it('reads clinical words as clinical', () => {
    const text = 'We treated herpes zoster and secondary syphilis, ran a rape crisis clinic, ordered a barium enema and bred nude mice.'
    expect(flagsOf('profanity', text)).toEqual([])
    const icu =
      'My oral presentation covered serum lactate in sepsis, suicide prevention, a modified barium swallow, radical prostatectomy, gross anatomy and penile trauma.'
    expect(flagsOf('profanity', icu)).toEqual([])
  })

  it('leaves a surname alone when it is written as a name, and flags the word otherwise', () => {
    expect(flagsOf('profanity', 'I enjoyed meeting Dr. Ho and Dr. Linh Dong, and Tessa Hooker showed us the wards.')).toEqual([])
    expect(flagsOf('profanity', 'Dr. Cummings and Dr. Tang run the Lynch syndrome and Noonan syndrome clinics.')).toEqual([])
    expect(flagsOf('profanity', 'Dr. Randy Patel trained in Coral Gables and follows the Yankees; I am from Lexington, KY.')).toEqual([])
    expect(flagsOf('profanity', 'The attending was a dick about it.')).toEqual(['dick'])
    expect(flagsOf('profanity', 'Dick move by the night team.')).toEqual(['Dick'])
  })

  it('leaves set phrases alone, and only them', () => {
    expect(flagsOf('profanity', 'I graduated magna cum laude and ran skin prick tests; it was tit-for-tat.')).toEqual([])
    expect(flagsOf('profanity', 'He was a prick on rounds.')).toEqual(['prick'])
    expect(flagsOf('profanity', 'Homo sapiens, not homo.')).toEqual(['homo'])
    const idioms = "I play devil's advocate, since the devil is in the details; we nip it in the bud, and found a chink in the armour."
    expect(flagsOf('profanity', idioms)).toEqual([])
  })

  it('takes more words to allow from its options', () => {
    const linter = createLinter(defaultRules)
    const text = 'The damn pager.'
    const allowed = linter.lint(text, {rules: {profanity: ['warning', {allow: ['damn']}]}})
    expect(allowed.messages.filter((m) => m.ruleId === 'profanity')).toEqual([])
  })
})
