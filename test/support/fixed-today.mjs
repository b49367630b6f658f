// Loaded with `node --import` before the command line, so that it lints on the day the fixtures
// are linted on in-process (test/expected.js): today is 15 January 2026, at noon.
const RealDate = Date
const today = new RealDate(2026, 0, 15, 12).getTime()

globalThis.Date = class extends RealDate {
  constructor(...args) {
    super(...(args.length === 0 ? [today] : args))
  }

  static now() {
    return today
  }
}
