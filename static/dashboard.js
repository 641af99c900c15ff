// Dashboard: re-show when the period changes, and keep the week-by-week numbers live.
(function () {
  "use strict";
  var form = document.getElementById("period-form");
  var select = document.getElementById("period-select");
  var main = document.querySelector("main.dashboard");
  if (!form || !select || !main) { return; }
  select.addEventListener("change", function () {
    if (select.value !== "custom") { form.submit(); }
  });

  function refresh() {
    fetch(main.dataset.jsonUrl, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        data.weeks.forEach(function (week) {
          var row = main.querySelector('tr[data-week="' + week.week_start + '"]');
          if (!row) { return; }
          row.cells[1].textContent = String(week.voters);
          row.cells[2].textContent = String(week.messages);
          Object.keys(week.topic_voters).forEach(function (code) {
            var cell = main.querySelector('td[data-week="' + week.week_start + '"][data-topic="' + code + '"]');
            if (cell) { cell.textContent = String(week.topic_voters[code]); }
          });
        });
        var stamp = document.getElementById("refreshed");
        if (stamp && window.Dialoog) {
          stamp.textContent = window.Dialoog.t("dashboard.updated", { time: new Date().toLocaleTimeString(window.Dialoog.language) });
        }
      })
      .catch(function () { /* offline: keep the last numbers */ });
  }
  window.setInterval(refresh, 60000);
})();
