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

  // A field's name and value in words where the catalogue has them (roles, states, channels, yes/no).
  function fieldName(key) {
    const label = t("audit.field." + key);
    return label === "audit.field." + key ? key : label;
  }

  function valueText(event, key, value) {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "boolean") return t(value ? "filter.yes" : "filter.no");
    if (Array.isArray(value)) return value.map((item) => valueText(event, key, item)).join(", ");
    if (typeof value === "object") return Object.entries(value).map(([k, v]) => fieldName(k) + " " + valueText(event, k, v)).join(", ");
    const text = String(value);
    const roles = key === "role" || (event.action === "user.role_changed" && (key === "from" || key === "to"));
    if (roles) return t("role." + text);
    if (event.action === "conversation.status" && (key === "from" || key === "to")) return t("status." + text);
    if (key === "channel" && t("channel." + text) !== "channel." + text) return t("channel." + text);
    return text;
  }

  function detailText(event) {
    return Object.entries(event.detail || {})
      .map(([key, value]) => fieldName(key) + ": " + valueText(event, key, value))
      .join("\n");
  }

  function actorName(event) {
    return event.actor_id === null ? t("audit.system") : event.actor || t("audit.removed_user", { id: event.actor_id });
  }

  // What the event points at, in words: a person's or a voter's name, a channel and its handle.
  function targetName(event) {
    const label = event.target_label;
    if (event.target_type === "channel_account" && label) {
      const [kind, handle] = label.split(/:(.*)/s);
      return t("channel." + kind) + " @" + handle;
    }
    if (label) return label;
    if (event.target_type === "user") return t("audit.removed_user", { id: event.target_id });
    return event.target_id ? t("audit.gone", { id: event.target_id }) : "";
  }

  function userName(event, id) {
    if (id === null || id === undefined) return t("conv.nobody");
    return (event.names || {})[String(id)] || t("audit.removed_user", { id: id });
  }

  // One readable, translated line per event: "Anna added Pieter as staff".
  function sentence(event) {
    const detail = event.detail || {};
    const values = { actor: actorName(event), target: targetName(event), action: event.action, email: detail.email || "" };
    let key = "audit.line." + event.action;
    if (detail.role) values.role = t("role." + detail.role);
    if (event.action === "user.added" && detail.invitation) key = "audit.line.user.joined";
    if (event.action === "user.role_changed") {
      values.from = t("role." + detail.from);
      values.to = t("role." + detail.to);
    }
    if (event.action === "conversation.status") values.to = t("status." + detail.to);
    if (event.action === "conversation.assigned") {
      if (detail.to === null || detail.to === undefined) key = "audit.line.conversation.unassigned";
      values.to = userName(event, detail.to);
    }
    if (event.action === "office.approval_rule") key = "audit.line.office." + (detail.require_approval ? "approval_on" : "approval_off");
    if (event.action === "channel.budget") values.budget = detail.daily_requests;
    if (event.action === "retention.changed") values.to = detail.to;
    if (event.action === "tag.corrected") {
      values.from = detail.from === null || detail.from === undefined ? "—" : String(detail.from);
      values.to = String(detail.to);
    }
    return t(key) === key ? t("audit.line.other", values) : t(key, values);
  }

  function row(event) {
    const tr = el("tr");
    tr.dataset.id = String(event.id);
    tr.dataset.action = event.action;
    const when = el("td", "when", event.local_time);
    when.title = event.at;
    const what = el("td", "what", sentence(event)); // the action's code stays in data-action and the downloads
    tr.append(when, el("td", "who", actorName(event)), what, el("td", "detail", detailText(event)));
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
      const option = el("option", null, user.name + " (" + t("role." + user.role) + ")");
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
