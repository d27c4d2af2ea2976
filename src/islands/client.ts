import { h, render, type ComponentType } from "preact";

/**
 * The renderer Astro runs for each Preact island, standing in for
 * @astrojs/preact's (aliased in astro.config.mjs). Every island here is
 * client:only, and none passes Preact signals as props, so hydration and the
 * signals loader (with Vite's preload helper) are dead weight: about 1.2 KB
 * gzipped on every worksheet page, under a 20 KB budget.
 */

/** Server-rendered slot HTML, placed as-is and never re-rendered. */
const StaticHtml = ({ value, name }: { value: string; name?: string }) =>
  value ? h("astro-slot", { name, dangerouslySetInnerHTML: { __html: value } }) : null;
StaticHtml.shouldComponentUpdate = () => false;

export default (element: HTMLElement) =>
  (
    Component: ComponentType<Record<string, unknown>>,
    props: Record<string, unknown>,
    { default: children, ...slotted }: Record<string, string>,
  ) => {
    for (const [name, value] of Object.entries(slotted))
      props[name] = h(StaticHtml, { value, name });
    element.innerHTML = "";
    render(h(Component, props, children ? h(StaticHtml, { value: children }) : null), element);
    element.addEventListener("astro:unmount", () => render(null, element), { once: true });
  };
