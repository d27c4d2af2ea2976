/**
 * Small fixes Astro's output needs after the build, as pure string functions
 * (src/integrations/security.ts applies them to every built page).
 */

const cspMeta = /<meta http-equiv="content-security-policy"[^>]*>/i;
const charsetMeta = /<meta charset="[^"]*">/i;

/**
 * Moves the CSP <meta> to just after <meta charset>. Astro writes it at the end
 * of <head>, after the page's own head elements, and a <meta> policy covers
 * only what follows it. (The charset must stay within the first 1,024 bytes,
 * and the policy is longer than that, so the charset comes first.)
 */
export function cspFirst(html: string): string {
  const csp = html.match(cspMeta)?.[0];
  const charset = html.match(charsetMeta);
  if (!csp || !charset) return html;
  const without = html.replace(csp, "");
  const at = without.indexOf(charset[0]) + charset[0].length;
  return without.slice(0, at) + csp + without.slice(at);
}

/**
 * Moves <style> elements out of <body> into the end of <head>. Astro writes
 * its island style (`astro-island{display:contents}`) next to the first
 * island, and a <style> there is invalid HTML. The CSP hash still matches,
 * because the text is unchanged.
 */
export function stylesToHead(html: string): string {
  const bodyAt = html.search(/<body[\s>]/i);
  const headEnd = html.indexOf("</head>");
  if (bodyAt < 0 || headEnd < 0 || headEnd > bodyAt) return html;
  const styles: string[] = [];
  const body = html.slice(bodyAt).replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, (s) => {
    if (!styles.includes(s)) styles.push(s);
    return "";
  });
  if (styles.length === 0) return html;
  return html.slice(0, headEnd) + styles.join("") + html.slice(headEnd, bodyAt) + body;
}
