// Readers' tools: a flowchart becomes a guide that asks one question at a time, and the full
// comparison table shows the subjects and groups a reader chooses. Both keep their state in
// the query string (the `#` part stays for headings and rows), so a link shares it, Back steps
// back through it and the language switcher carries it over.
//
// This file holds no words: every text shown comes from the page, written by the generator in
// the page's language (hooks/comparison/guide.py, flowchart.py, tables.py).
(() => {
  "use strict";
  const doc = document;
  const query = () => new URLSearchParams(location.search);
  const make = (tag, className, text) => {
    const element = doc.createElement(tag);
    if (className) element.className = className;
    if (text != null) element.textContent = text;
    return element;
  };
  const button = (text, action) => {
    const element = make("button", "guide__button", text);
    element.type = "button";
    element.addEventListener("click", action);
    return element;
  };
  const fill = (template, fields) => template.replace(/\{(\w+)\}/g, (_, key) => fields[key]);
  const dataOf = (host) => JSON.parse(host.querySelector(":scope > script.reader-data").textContent);
  const ids = (value) => (value || "").split(",").filter(Boolean);

  // The query string of `params`, its ids and commas readable.
  const searchOf = (params) => {
    const search = params
      .map(([k, v]) => encodeURIComponent(k) + "=" + encodeURIComponent(v).replace(/%2C/g, ","))
      .join("&");
    return search ? "?" + search : "";
  };

  // Writes `key=value` (or removes `key`) into the address, keeping the rest. The language
  // switcher's links follow, so switching keeps the state.
  const remember = (key, value, push) => {
    const params = query();
    if (value) params.set(key, value);
    else params.delete(key);
    const url = location.pathname + searchOf([...params]) + location.hash;
    if (!push) history.replaceState(history.state, "", url);
    else if (url !== location.pathname + location.search + location.hash) history.pushState(null, "", url);
    carryOver();
  };
  // The language switcher's links take this script's state along (not the rest of the query,
  // such as the search's highlighting): after every change, after Back, and for a page opened
  // from a shared link.
  const owned = new Set();
  const carryOver = () => {
    const search = searchOf([...query()].filter(([key]) => owned.has(key)));
    for (const link of doc.querySelectorAll("a.md-select__link[hreflang]")) {
      const target = new URL(link.href);
      target.search = search;
      link.href = target.href;
    }
  };

  const onBack = [];
  addEventListener("popstate", () => {
    onBack.forEach((update) => update());
    carryOver();
  });

  // ---- The guide through a flowchart ---------------------------------------------------------

  const seen = {};
  for (const figure of doc.querySelectorAll("figure.flowchart")) {
    const guide = figure.querySelector(":scope > .guide");
    const data = dataOf(guide);
    const words = data.words;
    const tree = figure.dataset.tree;
    // A page may show the same tree twice: the second keeps its state under `tree-2`.
    seen[tree] = (seen[tree] || 0) + 1;
    const key = seen[tree] > 1 ? tree + "-" + seen[tree] : tree;
    owned.add(key);
    const whole = figure.querySelector(":scope > ol");
    const node = (id) => figure.querySelector(`[data-node="${id}"]`);

    // The answers in the address, checked against the tree: null when they no longer fit it.
    const read = () => {
      const path = [];
      let at = data.start;
      for (const step of ids(query().get(key))) {
        const [question, answer] = step.split(".");
        const next = data.questions[at];
        if (!next || question !== at || !(answer in { yes: 0, no: 1 })) return null;
        path.push([question, answer]);
        at = next[answer === "yes" ? 0 : 1];
      }
      return path;
    };
    const write = (path) => remember(key, path.map((step) => step.join(".")).join(","), true);

    // The page shows the guide at its first question (hooks/comparison/guide.py); from here
    // on, this script draws it.
    const [trailTitle, trail, current, controls, live] = guide.children;
    const [back, restart, toggle] = controls.children;
    const first = current.querySelector(".guide__question").cloneNode(true);
    const asked = (id) => (id === data.start ? first : node(id).querySelector(".flowchart__text")).cloneNode(true);
    trailTitle.id = "guide-" + key + "-answers";
    trail.setAttribute("aria-labelledby", trailTitle.id);
    whole.id = "guide-" + key + "-whole";
    toggle.setAttribute("aria-controls", whole.id);
    back.addEventListener("click", () => go(path.slice(0, -1)));
    restart.addEventListener("click", () => go([]));
    toggle.addEventListener("click", () => {
      whole.hidden = !whole.hidden;
      toggle.textContent = whole.hidden ? words.guide_show_all : words.guide_hide_all;
      toggle.setAttribute("aria-expanded", !whole.hidden);
    });
    whole.hidden = true;
    figure.classList.add("flowchart--guided");

    let path = [];
    let shown; // the state last shown, to tell a step back from the first showing
    const go = (next) => {
      write(next);
      show(next, true);
    };
    const show = (next, moveFocus) => {
      const drawn = shown === undefined && !next.length; // the page's own first question
      path = next;
      shown = query().get(key) || "";
      const at = path.reduce((id, [question, answer]) => data.questions[id][answer === "yes" ? 0 : 1], data.start);
      trail.replaceChildren(
        ...path.map(([question, answer], index) => {
          const item = make("li", "guide__answered");
          const text = asked(question);
          text.className = "guide__asked";
          text.id = "guide-" + key + "-asked-" + index;
          const change = button(words.guide_change, () => go(path.slice(0, index)));
          change.setAttribute("aria-describedby", text.id);
          item.append(text, make("strong", "guide__answer", words[answer]), change);
          return item;
        }),
      );
      trailTitle.hidden = trail.hidden = back.hidden = restart.hidden = !path.length;
      let heading;
      let content;
      if (drawn) {
        // Kept as the page drew it, so the browser paints nothing twice.
        content = current.querySelector(".guide__question");
        current.querySelectorAll("button").forEach((answer, index) =>
          answer.addEventListener("click", () => go([[at, index ? "no" : "yes"]])),
        );
      } else if (at in data.questions) {
        heading = fill(words.guide_step, { n: path.length + 1 });
        content = asked(at);
        content.className = "guide__question";
        const answers = make("div", "guide__answers");
        for (const answer of ["yes", "no"]) {
          answers.append(button(words[answer], () => go([...path, [at, answer]])));
        }
        current.replaceChildren(make("p", "guide__step", heading), content, answers);
      } else {
        heading = words.guide_outcome;
        content = node(at).cloneNode(true);
        content.className = "guide__outcome flowchart__outcome";
        content.removeAttribute("data-node");
        content.dataset.outcome = at;
        // A link to a heading of this page keeps the answers in the address.
        const link = content.querySelector("a");
        if (link && link.pathname === location.pathname) link.setAttribute("href", link.hash);
        current.replaceChildren(make("p", "guide__step", heading), content);
      }
      content.tabIndex = -1;
      if (moveFocus) {
        content.focus();
        live.textContent = fill(words.guide_announce, { step: heading, text: content.textContent.trim() });
      }
    };

    const start = () => {
      const before = shown;
      const stored = read();
      if (stored === null) remember(key, "", false); // a link from an older tree: start over
      show(stored || [], before !== undefined && before !== (query().get(key) || ""));
    };
    onBack.push(start);
    start();
  }

  // ---- What the full comparison table shows --------------------------------------------------

  // The page shows the choices, every box ticked, just before the table they shape.
  for (const form of doc.querySelectorAll(".comparison-filter")) {
    const data = dataOf(form);
    const words = data.words;
    const table = form.nextElementSibling.querySelector("table");
    const caption = table.querySelector(".comparison-table__caption");
    const everything = caption.textContent;
    const choices = [...form.querySelectorAll("fieldset[data-choice]")].map((fieldset) => {
      const name = fieldset.dataset.choice;
      owned.add(name);
      const fewest = +fieldset.dataset.fewest;
      const boxes = [...fieldset.querySelectorAll("input")];
      const options = boxes.map((box) => [box.value, box.parentNode.textContent.trim()]);
      // A box that may not be unticked stays ticked (see `apply`).
      const change = (box) => (box.getAttribute("aria-disabled") === "true" ? (box.checked = true) : apply(true));
      for (const box of boxes) box.addEventListener("change", () => change(box));
      // The ids in the address that this table knows; every option when too few are left.
      const read = () => {
        const known = ids(query().get(name)).filter((id) => options.some(([option]) => option === id));
        return known.length >= fewest ? known : options.map(([id]) => id);
      };
      return { name, fewest, options, boxes, read };
    });
    const [subjects, groups] = choices;

    const apply = (fromBoxes) => {
      for (const choice of choices) {
        const chosen = fromBoxes
          ? choice.boxes.filter((box) => box.checked).map((box) => box.value)
          : choice.read();
        choice.chosen = chosen;
        for (const box of choice.boxes) {
          box.checked = chosen.includes(box.value);
          // Fewer than two subjects, or no group at all, would be no comparison. Such a box is
          // marked unavailable, not disabled: it keeps its look and its place in the tab order,
          // and a screen reader says why it cannot change.
          if (box.checked && chosen.length <= choice.fewest) box.setAttribute("aria-disabled", "true");
          else box.removeAttribute("aria-disabled");
        }
        const all = chosen.length === choice.options.length;
        remember(choice.name, all ? "" : chosen.join(","), false);
      }
      for (const cell of table.querySelectorAll("[data-subject]")) {
        cell.hidden = !subjects.chosen.includes(cell.dataset.subject);
      }
      for (const body of table.querySelectorAll("tbody[data-group]")) {
        body.hidden = !groups.chosen.includes(body.dataset.group);
      }
      for (const cell of table.querySelectorAll("[colspan]")) cell.colSpan = subjects.chosen.length + 1;
      const names = subjects.options.filter(([id]) => subjects.chosen.includes(id)).map(([, name]) => name);
      const [pair, many] = data.joiners;
      const chosenCaption = fill(words.caption_chosen, { subjects: names.join(names.length === 2 ? pair : many) });
      caption.textContent =
        names.length === subjects.options.length && groups.chosen.length === groups.options.length
          ? everything
          : data.spacing ? chosenCaption.replace(new RegExp(data.spacing, "gu"), " ") : chosenCaption;
    };

    // A link to a row (#attr-…) shows that row's group, whatever was chosen.
    const reveal = () => {
      const row = location.hash.length > 1 && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
      const body = row && table.contains(row) && row.closest("tbody[data-group]");
      if (body && body.hidden) {
        groups.boxes.find((box) => box.value === body.dataset.group).checked = true;
        apply(true);
        row.scrollIntoView();
      }
    };
    onBack.push(() => apply(false));
    addEventListener("hashchange", reveal);
    apply(false);
    reveal();
  }
  carryOver();
})();
