/* Article page: clicking (or pressing Enter on) a row of the roles table marks the
   role's person, title and organisation in the text and scrolls to its sentence.
   Reads only data-* attributes written by the report; never writes HTML. */
(function () {
  "use strict";

  function clear() {
    document.querySelectorAll(".active").forEach(function (element) {
      element.classList.remove("active");
    });
  }

  function activate(row) {
    clear();
    row.classList.add("active");
    (row.getAttribute("data-targets") || "").split(" ").forEach(function (id) {
      if (!id) { return; }
      document.querySelectorAll('[data-mid="' + id + '"]').forEach(function (part) {
        part.classList.add("active");
      });
    });
    var sentenceId = row.getAttribute("data-sentence");
    var sentence = sentenceId ? document.getElementById(sentenceId) : null;
    var target = sentence || document.querySelector(".text .active");
    if (sentence) { sentence.classList.add("active"); }
    if (target) { target.scrollIntoView({ block: "center" }); }
  }

  function start() {
    document.querySelectorAll("#roles tbody tr[data-targets]").forEach(function (row) {
      row.addEventListener("click", function (event) {
        if (event.target.closest("a")) { return; }
        activate(row);
      });
      row.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          activate(row);
        }
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
