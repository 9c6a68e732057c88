// The language switcher's links keep the reader's place: the `#` part of the address (a
// heading, a table row, a glossary term) goes along, as sections have the same ids in both
// languages. Without this script the links open the other language's page at its top.
// The readers' script (readers.js) carries its own state in the query string, on the same links.
(() => {
  "use strict";
  const follow = () => {
    for (const link of document.querySelectorAll("a.md-select__link[hreflang]")) {
      const target = new URL(link.href);
      target.hash = location.hash;
      link.href = target.href;
    }
  };
  addEventListener("hashchange", follow);
  follow();
})();
