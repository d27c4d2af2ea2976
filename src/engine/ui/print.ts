/**
 * Prints one part of a page. `kind` is set as `data-print` on <html> while the
 * print dialog is open, so print styles can show only that part; `el`, if
 * given, also carries the `print-this` class (one card among many).
 */
export function printPart(kind: string, el?: Element | null) {
  const root = document.documentElement;
  root.dataset.print = kind;
  el?.classList.add("print-this");
  addEventListener(
    "afterprint",
    () => {
      delete root.dataset.print;
      el?.classList.remove("print-this");
    },
    { once: true },
  );
  print();
}
