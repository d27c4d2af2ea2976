import { storageKey } from "../storage/keys";

/**
 * The one small inline script a worksheet page (and /worksheets/) runs as the
 * parser reaches it, so nothing jumps and no island is waited for. Every byte
 * counts toward the page's JavaScript budget, hence its terse style; the
 * pages add its hash to the CSP.
 * - `forwardTo`: a homework link (#hw=…) opened on a worksheet goes to its
 *   homework page, before any island loads; a link opened while the page
 *   shows changes only the fragment, so "hashchange" is handled too.
 * - `badges`: every homework badge ([data-hw], HomeworkBadge.astro) shows how many
 *   assignments added from links are still to do, read from the homework
 *   store's keys (goodenough:homework, and one a month). A deleted
 *   assignment's tombstone has no worksheet, so it counts for none. The same
 *   code serves /worksheets/ (a badge per worksheet) and a worksheet's own
 *   page (its one badge, by the lead).
 * - `foldKey`: "How this works" (#ws-how) is folded once the worksheet has
 *   entries, a key goodenough:<worksheet> or goodenough:<worksheet>/<month>.
 * Storage that is blocked or unreadable leaves the page as it was written.
 * (A badge's first child is its link, whose `text` is its text content.)
 */
export function homeworkScript(o: {
  forwardTo?: string;
  foldKey?: string;
  badges?: boolean;
}): string {
  const first = (key: string) => `x.split("/")[0]==${JSON.stringify(key)}`;
  return [
    o.forwardTo &&
      `onhashchange=_=>/[#&]hw=/.test(location.hash)&&location.replace(${JSON.stringify(o.forwardTo)}+location.hash);onhashchange();`,
    `try{var k=Object.keys(localStorage)${o.badges ? ",c={},b,n,f" : ""};`,
    o.badges &&
      `k.map(x=>${first(storageKey("homework"))}&&JSON.parse(localStorage[x]).records.map(r=>r.doneAt||(c[r.worksheet]=-~c[r.worksheet])));` +
        `for(b of(document.querySelectorAll("[data-hw]")))(n=c[b.dataset.hw])&&(f=JSON.parse(b.dataset.words),b.firstChild.text=f[n]??f[0].replace("{count}",n),b.hidden=0);`,
    o.foldKey && `k.some(x=>${first(o.foldKey)})&&(document.getElementById("ws-how").open=0)`,
    `}catch{}`,
  ]
    .filter(Boolean)
    .join("");
}
