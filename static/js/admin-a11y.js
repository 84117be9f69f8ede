/* Names for the admin's searchable drop-downs: select2 draws a combobox that only its
   current choice labels (nothing when empty); point it at the field's own label too. */
(function () {
  "use strict";

  function labelFor(select) {
    if (!select.id) { return null; }
    var label = document.querySelector('label[for="' + select.id + '"]');
    if (label && !label.id) { label.id = select.id + "-label"; }
    return label;
  }

  function name(container) {
    var select = container.previousElementSibling;
    if (!select || select.tagName !== "SELECT") { return; }
    var label = labelFor(select);
    var text = label ? label.textContent.replace(/[:\s]+$/, "").trim() : (select.getAttribute("name") || "");
    var box = container.querySelector(".select2-selection");
    if (box) {
      var rendered = box.querySelector(".select2-selection__rendered");
      // The shown choice is part of the combobox's name, not an unnamed "textbox" of its own.
      if (rendered) { rendered.removeAttribute("role"); rendered.removeAttribute("aria-readonly"); }
      var ids = [label && label.id, rendered && rendered.id].filter(Boolean).join(" ");
      if (ids) { box.setAttribute("aria-labelledby", ids); } else { box.setAttribute("aria-label", text); }
    }
    container.querySelectorAll(".select2-search__field").forEach(function (field) {
      field.setAttribute("aria-label", text);
    });
  }

  function nameAll(root) {
    if (!root.querySelectorAll) { return; }
    if (root.classList && root.classList.contains("select2-container")) { name(root); }
    root.querySelectorAll("span.select2-container").forEach(name);
  }

  /* The list's search box: its label is an icon, and the help text under it only describes it. */
  function nameSearch() {
    var box = document.getElementById("searchbar");
    var button = document.querySelector('#changelist-search input[type="submit"]');
    if (box && button && !box.hasAttribute("aria-label")) { box.setAttribute("aria-label", button.value); }
  }

  function start() {
    nameSearch();
    nameAll(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) { change.addedNodes.forEach(nameAll); });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
