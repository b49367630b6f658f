import {describe, expect, it} from 'vitest'
import {colours} from './overlay-style.js'

/** WCAG 2's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('the overlay colours', () => {
  it('pass WCAG AA: 4.5:1 for text, 3:1 for the underlines, on white and on the hover tint', () => {
    for (const background of [colours.paper, '#eef2f6']) {
      for (const text of [colours.ink, colours.muted, colours.accent, colours.error, colours.warning, colours.info]) {
        expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5)
      }
      for (const line of [colours.error, colours.warningLine, colours.info, colours.focus]) {
        expect(contrast(line, background)).toBeGreaterThanOrEqual(3)
      }
    }
    // The white text of the severity badges and of the safe rewrite button.
    for (const fill of [colours.error, colours.warning, colours.info, colours.accent]) {
      expect(contrast('#ffffff', fill)).toBeGreaterThanOrEqual(4.5)
    }
  })
})
