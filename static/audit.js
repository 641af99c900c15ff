// The audit page: filter the office's audit trail, page through it ("load more") and
// download it. Everything from the server is inserted with textContent.
"use strict";

(function () {
  const { t, el, call } = window.Dialoog;
  const $ = (id) => document.getElementById(id);
  const filters = $("audit-filters");
  let cursor = null;
  let shown = 0;

  function say(text) {
    $("audit-status").textContent = text;
  }

  function query() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(filters)) {
      if (String(value).trim()) params.set(name, String(value).trim());
    }
    return params;
  }

  function detailText(detail) {
    return Object.entries(detail || {})
      .map(([key, value]) => key + ": " + (typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)))
      .join("\n");
  }

  function row(event) {
    const tr = el("tr");
    tr.dataset.id = String(event.id);
    tr.dataset.action = event.action;
    const when = el("td", "when", event.local_time);
    when.title = event.at;
    const who = event.actor_id === null ? t("audit.system") : event.actor || t("audit.removed_user", { id: event.actor_id });
    const target = event.target_type ? event.target_type + (event.target_id ? " #" + event.target_id : "") : "";
    tr.append(when, el("td", "who", who), el("td", "what", event.action), el("td", "target", target), el("td", "detail", detailText(event.detail)));
    return tr;
  }

  async function load(more) {
    const params = query();
    if (more && cursor) params.set("cursor", cursor);
    try {
      const data = await call("GET", "/api/admin/audit?" + params.toString());
      const rows = data.events.map(row);
      if (more) $("audit-rows").append(...rows);
      else $("audit-rows").replaceChildren(...rows);
      shown = (more ? shown : 0) + rows.length;
      cursor = data.next_cursor;
      $("audit-more").hidden = !cursor;
      $("audit-count").textContent = t("audit.count", { count: shown });
      say(shown ? "" : t("audit.none"));
    } catch (failure) {
      say(t("common.error", { error: failure.message }));
    }
  }

  async function loadActors() {
    const data = await call("GET", "/api/admin/users").catch(() => ({ users: [] }));
    for (const user of data.users) {
      const option = el("option", null, user.name + " (" + user.role + ")");
      option.value = String(user.id);
      $("audit-actor").append(option);
    }
  }

  filters.addEventListener("submit", (event) => {
    event.preventDefault();
    load(false);
  });
  $("audit-more").addEventListener("click", () => load(true));
  // The download carries the filters shown on the page.
  $("audit-export").addEventListener("submit", (event) => {
    const params = query();
    for (const input of event.target.querySelectorAll("input[type=hidden]")) {
      if (input.name !== "csrf_token") input.value = params.get(input.name) || "";
    }
  });

  window.Dialoog.start(() => {
    loadActors();
    load(false);
  });
})();
