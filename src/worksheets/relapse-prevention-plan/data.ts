import { useEffect } from "preact/hooks";
import { PAGE_DATA_ID, type PageData } from "./page-data";

/** The parts' words and the screens' words, as the page rendered them (see page-data.ts). */
export const data = JSON.parse(
  document.getElementById(PAGE_DATA_ID)?.textContent ?? "null",
) as PageData;
/** The screens' words. */
export const T = data.text;

/** A text with its "{}" filled in. */
export const fill = (text: string, value: string | number) => text.replace("{}", String(value));

/** While `active`, asks before the page is closed or reloaded: something typed is not saved. */
export function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [active]);
}
