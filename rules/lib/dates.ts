/**
 * A month's name or abbreviation as drafts write it ("January", "Jan.", "Sept"), as one
 * capturing group, for the rules that read dates.
 */
export const monthName = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
