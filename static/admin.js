// The admin page: people and roles, the approval rule, canned replies, topics, channel accounts.
"use strict";

(function () {
  const { t, el, call } = window.Dialoog;
  const $ = (id) => document.getElementById(id);
  const status = $("admin-status");

  // A success reads in the success colour, a failure in the error colour.
  function say(text, outcome) {
    status.textContent = text;
    status.className = outcome === "error" ? "error" : "success";
  }

  async function attempt(action, after) {
    try {
      const result = await action();
      say(t("admin.saved"));
      if (after) await after(result);
    } catch (failure) {
      say(t("common.error", { error: failure.message }), "error");
    }
  }

  async function loadUsers() {
    const data = await call("GET", "/api/admin/users");
    $("user-rows").replaceChildren(...data.users.map((user) => {
      const row = el("tr");
      const role = el("select");
      role.setAttribute("aria-label", t("admin.role") + " " + user.name);
      for (const value of ["staff", "politician", "admin", "viewer"]) {
        const option = el("option", null, t("role." + value));
        option.value = value;
        option.selected = value === user.role;
        role.append(option);
      }
      role.addEventListener("change", () => attempt(() => call("PUT", "/api/admin/users/" + user.id + "/role", { role: role.value }), loadUsers));
      const remove = el("button", null, t("admin.remove"));
      remove.addEventListener("click", () => attempt(() => call("DELETE", "/api/admin/users/" + user.id), loadUsers));
      const roleCell = el("td");
      roleCell.append(role);
      const removeCell = el("td");
      removeCell.append(remove);
      row.append(el("td", null, user.name), el("td", null, user.email), roleCell, removeCell);
      return row;
    }), ...data.invitations.map((invitation) => {
      const row = el("tr");
      row.className = "invited";
      row.append(el("td", null, invitation.name), el("td", null, invitation.email),
        el("td", null, t("role." + invitation.role)), el("td", null, t("admin.invitation_pending")));
      return row;
    }));
  }

  async function loadCanned() {
    const data = await call("GET", "/api/admin/canned");
    $("canned-rows").replaceChildren(...data.canned.map((canned) => {
      const item = el("li");
      const remove = el("button", null, t("admin.delete"));
      remove.addEventListener("click", () => attempt(() => call("DELETE", "/api/admin/canned/" + canned.id), loadCanned));
      item.append(el("strong", null, "[" + canned.language + "] " + canned.title), el("p", null, canned.body), remove);
      return item;
    }));
  }

  let topicsRefresh = null;

  async function loadTopics() {
    const data = await call("GET", "/api/topics");
    $("topic-rows").replaceChildren(...data.topics.map((topic) => {
      const training = topic.training ? " — " + t("admin.topic_training") : "";
      return el("li", null, topic.name + " (" + topic.code + ")" + training);
    }));
    // A new topic is learned in the background: look again until none is training.
    clearTimeout(topicsRefresh);
    if (data.topics.some((topic) => topic.training)) topicsRefresh = setTimeout(loadTopics, 5000);
  }

  async function loadChannels() {
    const data = await call("GET", "/api/admin/channels").catch(() => null);
    if (!data) return;
    $("channel-rows").replaceChildren(...data.channels.flatMap((account) => {
      const row = el("tr");
      row.dataset.account = account.id;
      const budget = account.budget && account.budget.daily_requests;
      row.append(
        el("td", null, t("channel." + account.kind)), el("td", null, account.handle),
        healthCell(account),
        el("td", null, t("admin.requests_today") + ": " + (account.requests_today ?? "—")),
        el("td", null, t("admin.budget") + ": " + (budget ?? "—")),
      );
      row.append(channelActions(account));
      if (!account.x_usage) return [row];
      const panelRow = el("tr", "usage-row");
      const cell = el("td");
      cell.colSpan = 6;
      cell.append(usagePanel(account));
      panelRow.append(cell);
      return [row, panelRow];
    }));
  }

  const locale = () => (window.Dialoog.language === "en" ? "en-GB" : window.Dialoog.language + "-BE");
  const dollars = (amount) =>
    new Intl.NumberFormat(locale(), { style: "currency", currency: "USD", maximumFractionDigits: 3 }).format(amount);
  const dayName = (iso) =>
    new Date(iso + "T12:00:00Z").toLocaleDateString(locale(), { timeZone: "UTC", weekday: "short", day: "numeric", month: "numeric" });
  const usageView = {};  // per account, kept across reloads of the list: {open, days}

  // An X account's requests per day (reads, posts), estimated cost, month to date and budget warning.
  function usagePanel(account) {
    const usage = account.x_usage;
    const today = usage.by_day[usage.by_day.length - 1];
    const panel = el("div", "usage-panel");
    panel.setAttribute("aria-label", t("admin.usage.title", { account: account.handle }));
    const warning = usage.budget_warning;
    if (warning) {
      const key = warning.level === "reached" ? "admin.usage.budget_reached" : "admin.usage.near_budget";
      const line = el("p", "error budget-warning", t(key, {
        used: warning.used, budget: warning.budget, share: Math.round(warning.share * 100),
      }));
      line.setAttribute("role", "alert");
      panel.append(line);
    }
    const view = usageView[account.id] || (usageView[account.id] = { open: false, days: 7 });
    const details = el("details");
    details.open = view.open;
    details.append(el("summary", null, t("admin.usage.summary", {
      requests: today.requests, cost: dollars(today.estimated_cost_usd),
      month_requests: usage.month_to_date.requests, month_cost: dollars(usage.month_to_date.estimated_cost_usd),
    })));
    const choice = el("select");
    choice.setAttribute("aria-label", t("admin.usage.period"));
    for (const count of [7, 14, 30]) {
      const option = el("option", null, t("admin.usage.last_days", { days: count }));
      option.value = String(count);
      option.selected = count === view.days;
      choice.append(option);
    }
    const table = el("table", "usage-days");
    const fill = () => {
      const count = Number(choice.value);
      view.days = count;
      const head = el("tr");
      for (const key of ["admin.usage.day", "admin.usage.reads", "admin.usage.posts", "admin.usage.cost"]) head.append(el("th", null, t(key)));
      const rows = usage.by_day.slice(-count).reverse().map((day) => {
        const line = el("tr");
        line.append(el("td", null, dayName(day.day)), el("td", null, String(day.reads)),
          el("td", null, String(day.posts)), el("td", null, dollars(day.estimated_cost_usd)));
        return line;
      });
      table.replaceChildren(head, ...rows);
    };
    choice.addEventListener("change", fill);
    fill();
    details.addEventListener("toggle", () => { view.open = details.open; });
    const price = usage.prices_usd;
    const prices = el("p", null, t("admin.usage.prices", {
      post_read: dollars(price.post_read), dm_read: dollars(price.dm_read), post_create: dollars(price.post_create),
    }));
    details.append(choice, table, prices, budgetForm(account));
    panel.append(details);
    return panel;
  }

  // The daily request budget of an X account: a whole number, or empty for no limit.
  function budgetForm(account) {
    const form = el("form", "budget-form");
    const input = el("input");
    input.type = "number";
    input.min = "1";
    input.name = "daily_requests";
    input.value = account.budget.daily_requests ?? "";
    input.setAttribute("aria-label", t("admin.usage.budget_label"));
    input.placeholder = t("admin.usage.budget_label");
    const save = el("button", null, t("admin.save"));
    save.type = "submit";
    form.append(input, save);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = input.value.trim() === "" ? null : Number(input.value);
      attempt(() => call("PUT", "/api/admin/channels/" + account.id + "/budget", { daily_requests: value }), loadChannels);
    });
    return form;
  }

  // Disconnect a working account; reconnect, edit or forget the secrets of one that is not.
  function channelActions(account) {
    const actions = el("td", "channel-actions");
    const name = { channel: t("channel." + account.kind), account: account.handle };
    const button = (key, onClick) => {
      const made = el("button", null, t(key));
      made.type = "button";
      made.addEventListener("click", onClick);
      actions.append(made);
    };
    if ((account.disconnected || account.health !== "ok") && account.reconnectable) {
      button("admin.reconnect", () => attempt(() => call("POST", "/api/admin/channels/" + account.id + "/reconnect", {}), async () => {
        say(t("admin.reconnected", name));
        await loadChannels();
      }));
    }
    button("admin.edit", () => editChannel(account));
    if (!account.disconnected) {
      button("admin.disconnect", () => {
        if (confirm(t("admin.disconnect_confirm", name))) attempt(() => call("DELETE", "/api/admin/channels/" + account.id), loadChannels);
      });
    } else if (account.fields.some((field) => field.secret && field.stored)) {
      button("admin.forget_secrets", () => {
        if (confirm(t("admin.forget_confirm", name))) attempt(() => call("DELETE", "/api/admin/channels/" + account.id + "?forget=1"), loadChannels);
      });
    }
    return actions;
  }

  // The connect form, filled with an account's stored settings: secrets show as stored, never their values.
  let editing = null;
  function editChannel(account) {
    editing = account;
    $("channel-kind").value = account.kind;
    $("channel-kind").disabled = true;
    const handle = $("connect-channel").elements.handle;
    handle.value = account.handle;
    handle.readOnly = true;
    $("channel-editing").textContent = t("admin.editing", { channel: t("channel." + account.kind), account: account.handle });
    $("channel-editing").hidden = false;
    $("cancel-edit").hidden = false;
    $("connect-submit").textContent = t("admin.save_and_connect");
    renderChannelFields();
    $("connect-channel").scrollIntoView({ block: "nearest" });
  }

  function stopEditing() {
    editing = null;
    $("connect-channel").reset();
    $("channel-kind").disabled = false;
    $("connect-channel").elements.handle.readOnly = false;
    $("channel-editing").hidden = true;
    $("cancel-edit").hidden = true;
    $("connect-submit").textContent = t("admin.connect");
    renderChannelFields();
  }

  // A channel's state in the reader's words (with what to do); the provider's or the channel client's
  // own explanation follows as it was written, in English, marked so (lang="en").
  function healthCell(account) {
    const cell = el("td", "health " + account.health);
    if (account.disconnected) {
      cell.textContent = t("admin.health.disconnected");
      return cell;
    }
    cell.textContent = t("admin.health." + account.health);
    if (account.health !== "ok" && account.health_detail) {
      const detail = el("small", "provider-detail", account.health_detail);
      detail.lang = "en";
      cell.append(" ", detail);
    }
    return cell;
  }

  let channelKinds = [];
  async function loadChannelKinds() {
    channelKinds = (await call("GET", "/api/admin/channels/kinds")).kinds;
    $("channel-kind").replaceChildren(...channelKinds.map((entry) => {
      const option = el("option", null, t("channel." + entry.kind));
      option.value = entry.kind;
      return option;
    }));
    renderChannelFields();
  }

  function renderChannelFields() {
    const entry = channelKinds.find((candidate) => candidate.kind === $("channel-kind").value);
    const fields = editing ? editing.fields : (entry ? entry.fields : []);
    $("channel-fields").replaceChildren(...fields.map((field) => {
      const input = el("input");
      input.name = field.name;
      const label = t("admin.field." + field.name) === "admin.field." + field.name ? field.name : t("admin.field." + field.name);
      input.placeholder = label + (field.required ? "" : " (" + t("admin.optional") + ")");
      input.setAttribute("aria-label", label);
      input.required = field.required && !field.stored;
      if (field.secret) input.type = "password";
      if (field.stored && field.secret) {
        input.placeholder = t("admin.secret_stored", { field: label });
        input.classList.add("stored");
      } else if (field.stored) {
        input.value = field.value;
      }
      return input;
    }));
  }

  $("channel-kind").addEventListener("change", renderChannelFields);
  $("cancel-edit").addEventListener("click", stopEditing);
  $("connect-channel").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.target));
    const { kind, handle, ...values } = form;
    const request = editing
      ? () => call("POST", "/api/admin/channels/" + editing.id + "/reconnect", { values: values })
      : () => call("POST", "/api/admin/channels", { kind: kind, handle: handle, values: values });
    attempt(request, async () => {
      stopEditing();
      await loadChannels();
    });
  });

  $("add-user").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.target));
    attempt(() => call("POST", "/api/admin/users", form), async (created) => {
      say(created.mailed
        ? t("admin.invited", { email: created.email })
        : t("admin.invite_not_mailed", { email: created.email }));
      event.target.reset();
      await loadUsers();
    });
  });
  $("approval-rule").addEventListener("change", (event) =>
    attempt(() => call("PUT", "/api/admin/approval-rule", { require_approval: event.target.checked })));
  $("add-canned").addEventListener("submit", (event) => {
    event.preventDefault();
    attempt(() => call("POST", "/api/admin/canned", Object.fromEntries(new FormData(event.target))), async () => {
      event.target.reset();
      await loadCanned();
    });
  });
  $("add-topic").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.target));
    const language = window.Dialoog.language;
    const body = {
      code: form.code,
      names: { [language]: form.name },
      descriptions: { [language]: form.description },
      examples: form.examples.split("\n").filter((line) => line.trim()),
    };
    attempt(() => call("POST", "/api/admin/topics", body), async () => {
      event.target.reset();
      await loadTopics();
    });
  });

  window.Dialoog.start(() => {
    loadUsers();
    loadCanned();
    loadTopics();
    loadChannels();
    loadChannelKinds();
  });
})();
