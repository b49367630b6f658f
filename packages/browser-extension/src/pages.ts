// What the popup and the options page share.

/** The page's element with this id; the page's own HTML holds every one asked for. */
export function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id)
  if (!found) throw new Error(`the page has no #${id}`)
  return found as T
}
