/**
 * The Content-Security-Policy every page of dist/ carries in a <meta http-equiv> (webpack.config.js puts it into
 * taskpane.html and preview.html and into the copied HTML of assets/). One policy, opened only where a page needs it:
 *
 * - default-src 'none': nothing is allowed unless named below (no plugins, fonts, media, workers, frames…).
 * - script-src 'self': the page's own bundles, never inline script, eval or `new Function` — and, only on the page
 *   that loads Office.js (taskpane.html), Office.js's own host, from which office.js loads the host's script files
 *   (excel-web-16.00.js, excel-win32-16.01.js, its string tables); a page without scripts gets 'none'.
 * - style-src 'self' and one hash, that of the EMPTY string: Fluent UI v9 styles with Griffel, which at run time
 *   appends empty <style> elements to <head> (one per style bucket; FluentProvider one more for its theme
 *   variables) and fills them only through the CSS object model (`sheet.insertRule`). The browser checks a <style>
 *   element's text against style-src when the element is inserted, and the text is "" — so the hash of "" is exactly
 *   what Griffel needs, while `insertRule` is not subject to the policy. Any <style> element with content (injected
 *   markup) is still refused: no 'unsafe-inline', no nonce (a nonce in a static page would be public, so no
 *   protection). Griffel's own answer for a strict policy is a nonce through createDOMRenderer's
 *   styleElementAttributes (microsoft/griffel#75, #86); for a static page the empty-text hash is the stricter one.
 * - img-src 'self': the icons; connect-src 'self': the dev server's reload socket and the rules' help pages
 *   (dist/rules/*.json, fetched when a user opens one), nothing else (the browser page reads the chosen file
 *   locally).
 * - frame-src: only on the Office.js page, Office.js's host (office.js frames its own trust-error page from there
 *   when Excel on the web does not trust the host); 'none' elsewhere through default-src.
 * - base-uri 'none' and form-action 'none': no <base> or form can redirect the page's URLs.
 * frame-ancestors cannot be given in a <meta> (browsers ignore it there, and Excel frames the task pane anyway).
 *
 * webpack.config.js reads the compiled module (lib/scripts/csp.js): `npm run build` and `npm start` build the
 * scripts first.
 */

/** Office.js's own host (the page loads https://appsforoffice.microsoft.com/lib/1/hosted/office.js). */
export const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";
/** sha256 of the empty string: the text of the empty <style> elements Griffel and FluentProvider insert. */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The policy of one page. `officeJs`: the page loads Office.js; `scripts`: the page runs script at all (false for
 * a static page such as assets/support.html, which also needs no run-time styles).
 */
export function contentSecurityPolicy({
  officeJs = false,
  scripts = true,
}: { officeJs?: boolean; scripts?: boolean } = {}): string {
  const script = scripts ? ["'self'", ...(officeJs ? [OFFICE_JS_HOST] : [])] : ["'none'"];
  const style = scripts ? ["'self'", EMPTY_STYLE_HASH] : ["'self'"];
  type Directive = [name: string, values: string[]];
  const directives: Directive[] = [
    ["default-src", ["'none'"]],
    ["script-src", script],
    ["style-src", style],
    ["img-src", ["'self'"]],
    ...(scripts ? [["connect-src", ["'self'"]] satisfies Directive] : []),
    ...(officeJs ? [["frame-src", [OFFICE_JS_HOST]] satisfies Directive] : []),
    ["base-uri", ["'none'"]],
    ["form-action", ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(" ")}`).join("; ");
}

/** The <meta> element carrying `policy` (the policy has no `"`, `<` or `&` to escape). */
export function cspMeta(policy: string): string {
  if (/["<>&]/.test(policy)) throw new Error(`Content-Security-Policy with markup characters: ${policy}`);
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}
