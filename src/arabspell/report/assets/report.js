// arabspell's HTML report (report/html.py): the filter by rule and severity, a tap that opens a
// finding's tip, and #filter=PREFIX,... in the address (rule-id prefixes and severities). The page
// reads the same without it: every finding is shown.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  var data = JSON.parse(document.getElementById("arabspell-data").textContent);
  var severities = ["error", "warning", "info"];

  function checked(name) {
    var values = {};
    form.querySelectorAll("input[name=" + name + "]").forEach(function (box) {
      if (box.checked) values[box.value] = true;
    });
    return values;
  }

  function apply() {
    var rules = checked("rule"), levels = checked("severity"), shown = 0;
    document.querySelectorAll("[data-rule][data-severity]").forEach(function (el) {
      var on = rules[el.getAttribute("data-rule")] && levels[el.getAttribute("data-severity")];
      if (el.tagName === "MARK") {
        el.classList.toggle("off", !on);
        if (on) shown += 1;
      } else {
        el.classList.toggle("hidden", !on);
      }
    });
    document.getElementById("shown").textContent = shown + " / " + data.summary.findings;
    document.body.setAttribute("data-shown", String(shown));
  }

  function fromAddress() {
    var match = /^#filter=(.*)$/.exec(location.hash);
    if (!match) return false;
    var items = decodeURIComponent(match[1]).split(",").filter(function (item) { return item; });
    var levels = items.filter(function (item) { return severities.indexOf(item) >= 0; });
    var prefixes = items.filter(function (item) { return severities.indexOf(item) < 0; });
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      var wanted = box.name === "severity" ? levels : prefixes;
      box.checked = !wanted.length || wanted.some(function (item) {
        return box.name === "severity" ? box.value === item : box.value.indexOf(item) === 0;
      });
    });
    return true;
  }

  function closeTips(except) {
    document.querySelectorAll("mark.f.open").forEach(function (mark) {
      if (mark !== except) mark.classList.remove("open");
    });
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.f") : null;
    closeTips(mark);
    if (mark && !event.target.closest(".tip")) mark.classList.toggle("open");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeTips(null);
  });
  if (!form) return;
  form.hidden = false;
  form.addEventListener("change", apply);
  window.addEventListener("hashchange", function () { if (fromAddress()) apply(); });
  fromAddress();
  apply();
})();
