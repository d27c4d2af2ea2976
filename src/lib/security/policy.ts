/**
 * The site's security policy, in one place. astro.config.mjs feeds the CSP
 * parts to Astro (which adds script and style hashes to each page's <meta>);
 * /search/ adds its own allowances; src/integrations/security.ts writes the
 * response headers for hosts (dist/_headers) and for `astro preview`, and the
 * README's nginx and Caddy snippets copy `headerLines()`.
 */

/** CSP directives every page gets in its <meta>. Everything comes from this origin. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  // The offline worker, /sw.js (src/integrations/offline.ts). /search/ adds blob:.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src sources besides the hashes Astro adds; never 'unsafe-inline'. */
export const scriptResources = ["'self'"] as const;

/**
 * What /search/ alone needs: Pagefind compiles its index reader from
 * WebAssembly ('wasm-unsafe-eval', not 'unsafe-eval') and runs it in a
 * worker made from a blob: URL.
 */
export const searchAllowances = {
  scriptResource: "'wasm-unsafe-eval'",
  directive: "worker-src 'self' blob:",
} as const;

/**
 * The CSP sent as a response header. A <meta> policy cannot carry
 * frame-ancestors, so this one must be a header. It leaves out default-src,
 * script-src, style-src and worker-src on purpose: those depend on each page's
 * script and style hashes, which only its <meta> knows. The browser enforces
 * both policies, so a page gets the stricter of each; every directive here is
 * also in the <meta>, except frame-ancestors.
 */
export const headerCspDirectives = [
  ...cspDirectives.filter((d) => !/^(default-src|worker-src) /.test(d)),
  "frame-ancestors 'none'",
] as const;

/** Browser features the site never uses, all turned off. */
export const disabledFeatures = [
  "accelerometer",
  "autoplay",
  "bluetooth",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

/** Every security response header, by name, for every path. */
export function securityHeaders(): Record<string, string> {
  return {
    "Content-Security-Policy": headerCspDirectives.join("; "),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": disabledFeatures.map((f) => `${f}=()`).join(", "),
  };
}

/** The headers as "Name: value" lines. */
export const headerLines = () =>
  Object.entries(securityHeaders()).map(([name, value]) => `${name}: ${value}`);

/** dist/_headers for Netlify and Cloudflare Pages: one rule, for every path. */
export const headersFile = () =>
  [
    "# Written by src/integrations/security.ts from src/lib/security/policy.ts. Do not edit.",
    "/*",
    ...headerLines().map((line) => `  ${line}`),
    "",
  ].join("\n");
