/**
 * The read-aloud score in words, one line for every place that shows it: the editor, the web
 * page and the read-aloud rule's own finding. 0 reads well; each band is what a reader would
 * do with a draft that scores in it.
 */
export function scoreVerdict(score: number): string {
  if (score <= 0) return 'reads well aloud'
  if (score < 25) return 'mostly fine; look at what adds to it'
  if (score < 50) return 'a reader would notice; worth another pass'
  return 'a reader would wince; rewrite before sending'
}
