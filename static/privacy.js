// The privacy page (admins): the retention period, the dry-run report, the erasure log and
// the end-of-mandate handover. Strings come from the catalogue (Dialoog.t); nothing is inserted as HTML.
"use strict";

(function () {
  const { t, el, call, when } = window.Dialoog;
  const $ = (id) => document.getElementById(id);
  const status = $("privacy-status");

  function say(text) {
    status.textContent = text;
  }

  function renderReport(report) {
    $("retention-summary").textContent = t("privacy.report_summary", {
      voters: report.voters,
      conversations: report.conversations,
      messages: report.messages,
      cutoff: when(report.cutoff),
      oldest: report.oldest_last_contact ? when(report.oldest_last_contact) : "—",
    });
    $("retention-channels").replaceChildren(...Object.entries(report.per_channel).map(([kind, counts]) => {
      const row = el("tr");
      row.append(
        el("td", null, kind),
        el("td", null, t("privacy.conversations", { count: counts.conversations })),
        el("td", null, t("privacy.messages", { count: counts.messages })),
      );
      return row;
    }));
  }

  function describe(entry) {
    const counts = entry.counts || {};
    if (entry.action === "retention.changed") return counts.from + " → " + counts.to;
    if (entry.action === "office.handover_exported") {
      return t("privacy.rows", { count: Object.values(counts).reduce((sum, value) => sum + value, 0) });
    }
    return t("privacy.log_counts", {
      voters: counts.voters ?? counts.contacts ?? 0,
      conversations: counts.conversations ?? 0,
      messages: counts.messages ?? 0,
    });
  }

  function renderLog(log) {
    $("erasure-log").replaceChildren(...log.map((entry) => {
      const row = el("tr");
      row.dataset.action = entry.action;
      row.append(el("td", null, when(entry.at)), el("td", null, t("privacy.action." + entry.action)), el("td", null, describe(entry)));
      return row;
    }));
    $("erasure-log-empty").hidden = log.length > 0;
  }

  async function load() {
    const data = await call("GET", "/api/privacy/overview");
    $("retention-months").value = data.retention_months;
    renderReport(data.report);
    renderLog(data.log);
  }

  $("retention-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const data = await call("PUT", "/api/privacy/retention", { retention_months: Number($("retention-months").value) });
      renderReport(data.report);
      say(t("admin.saved"));
      await load();
    } catch (failure) {
      say(t("common.error", { error: failure.message }));
    }
  });

  $("handover-download").addEventListener("click", () => {
    say(t("privacy.handover_downloading"));
    setTimeout(load, 3000);
  });

  $("handover-erase").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await call("POST", "/api/privacy/handover/erase", { office_name: $("handover-name").value });
      window.location.assign("/login");
    } catch (failure) {
      say(t("common.error", { error: failure.message }));
    }
  });

  window.Dialoog.start(load);
})();
