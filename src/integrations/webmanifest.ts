import type { APIRoute } from "astro";
import { site } from "../site.config";

/** The site's colours for the browser's own frame, in light and dark (src/styles/tokens.css). */
export const themeColors = { light: "#fbf7f1", dark: "#191613" } as const;

/** The web app manifest, so browsers can install the site (offline.ts adds this route). */
export const manifest = {
  name: site.name,
  short_name: site.name,
  description: site.tagline,
  lang: site.lang,
  id: "/",
  start_url: "/",
  scope: "/",
  display: "standalone",
  background_color: themeColors.light,
  theme_color: themeColors.light,
  icons: [
    { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
};

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(manifest, null, 2), {
    headers: { "Content-Type": "application/manifest+json" },
  });
