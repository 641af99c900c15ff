// The notification centre in the top bar: @mentions and assignments for the signed-in user,
// kept on the server (so they survive a reload and reach the phone), with the unread count
// on the button, a list, and "mark as read". Fed live by the user's "assigned" and
// "mentioned" events. Loaded (deferred) by _nav.html; texts inserted with textContent only.
"use strict";

(function () {
  const toggle = document.getElementById("notices-toggle");
  const list = document.getElementById("notice-list");
  const count = document.getElementById("notice-count");
  if (!toggle || !list || !window.Dialoog) return;
  const { t, el, when, call } = window.Dialoog;
  const style = el("link");
  style.rel = "stylesheet";
  style.href = "/static/notifications.css";
  document.head.append(style);
  let available = true;

  function text(item) {
    return item.kind === "mentioned"
      ? t("notify.mentioned", { author: item.author, voter: item.voter })
      : t("notify.assigned", { by: item.by, voter: item.voter });
  }

  async function markRead(ids) {
    render(await call("POST", "/api/notifications/read", ids ? { conversation_ids: ids } : {}));
  }

  function render(data) {
    count.textContent = data.unread ? String(data.unread) : "";
    toggle.setAttribute("aria-label", t("notices.title") + (data.unread ? " · " + t("notices.unread", { count: data.unread }) : ""));
    if (!data.items.length) {
      list.replaceChildren(el("li", "empty", t("notices.none")));
      return;
    }
    const items = data.items.map((item) => {
      const row = el("li", item.read ? "notice" : "notice unseen");
      row.dataset.kind = item.kind;
      const link = el("a", null, text(item));
      link.href = "/?open=" + encodeURIComponent(item.conversation_id);
      row.append(link);
      if (item.excerpt) row.append(el("span", "excerpt", item.excerpt));
      row.append(el("time", "when", when(item.at)));
      if (!item.read) {
        const read = el("button", "mark-read", t("notices.mark_read"));
        read.type = "button";
        read.addEventListener("click", () => markRead([item.conversation_id]));
        row.append(read);
      }
      return row;
    });
    if (data.unread) {
      const all = el("button", "mark-all-read", t("notices.mark_all_read"));
      all.type = "button";
      all.addEventListener("click", () => markRead(null));
      const head = el("li", "notice-actions");
      head.append(all);
      items.unshift(head);
    }
    list.replaceChildren(...items);
  }

  async function load() {
    if (!available) return;
    try {
      render(await call("GET", "/api/notifications"));
    } catch (failure) {
      if (failure.status === 403) available = false; // a viewer has no voter notifications
    }
  }

  toggle.addEventListener("click", () => {
    list.hidden = !list.hidden;
    toggle.setAttribute("aria-expanded", String(!list.hidden));
    if (!list.hidden) load(); // a conversation opened since reads its notifications
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !list.hidden) {
      list.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    }
  });

  function wire(socket) {
    socket.on("connect", load);
    socket.on("assigned", load);
    socket.on("mentioned", load);
    if (socket.connected) load();
  }
  if (window.Dialoog.socket) wire(window.Dialoog.socket);
  else document.addEventListener("dialoog:started", (event) => wire(event.detail));
})();
