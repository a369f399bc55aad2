// The form editor's JSON box: Tab indents by two spaces (Shift+Tab takes them back) instead of
// leaving the box. Escape first lets the next Tab leave as usual, so the keyboard is never trapped
// (WCAG 2.1.2); the hint under the label says so. Without this script the box is a plain textarea.
(function () {
  "use strict";
  var INDENT = "  ";

  function lineStart(text, position) {
    return text.lastIndexOf("\n", position - 1) + 1;
  }

  function enhance(box) {
    var leaving = false;
    box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        leaving = true;
        return;
      }
      if (event.key !== "Tab" || leaving || event.altKey || event.ctrlKey || event.metaKey) {
        leaving = false;
        return;
      }
      event.preventDefault();
      var text = box.value;
      var start = box.selectionStart;
      var end = box.selectionEnd;
      if (event.shiftKey) {
        var from = lineStart(text, start);
        if (text.substr(from, INDENT.length) === INDENT) {
          box.setRangeText("", from, from + INDENT.length, "preserve");
          box.setSelectionRange(Math.max(from, start - INDENT.length), Math.max(from, end - INDENT.length));
        }
      } else {
        box.setRangeText(INDENT, start, end, "end");
      }
      // htmx listens for input to refresh the preview
      box.dispatchEvent(new Event("input", { bubbles: true }));
    });
    box.addEventListener("blur", function () {
      leaving = false;
    });
  }

  document.querySelectorAll("textarea[data-rh-json-editor]").forEach(enhance);
})();
