// The extension's manifest, Manifest V3, for each browser. They differ only where the
// browsers do: Chromium runs the background as a service worker, Firefox as background
// scripts, and Firefox needs an add-on id.

/** The mail hosts, where the content script always runs; the build gives src/sites.ts the same list. */
export const mailMatches = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*'
]

export function manifestFor(browser, version) {
  const manifest = {
    manifest_version: 3,
    name: 'followup-lint',
    version,
    description: 'Checks a residency follow-up email as you write it in Gmail or Outlook. The draft never leaves your browser.',
    // storage: the profile and settings; scripting and activeTab: the switch that turns the
    // checker on for another site, which asks for that site's permission only when used.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: mailMatches,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_scripts: [{matches: mailMatches, js: ['content.js'], run_at: 'document_idle'}],
    action: {default_title: 'followup-lint', default_popup: 'popup.html'},
    options_ui: {page: 'options.html', open_in_tab: true},
    // Only the extension's own files, and no connection anywhere.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }
  }
  if (browser === 'chromium') {
    manifest.background = {service_worker: 'background.js'}
    manifest.minimum_chrome_version = '120'
  } else {
    manifest.background = {scripts: ['background.js']}
    manifest.browser_specific_settings = {
      gecko: {id: 'followup-lint@followup-lint.dev', strict_min_version: '140.0', data_collection_permissions: {required: ['none']}},
      gecko_android: {strict_min_version: '142.0'}
    }
  }
  return manifest
}
