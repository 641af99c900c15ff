// Shared by every page behind the login: strings, JSON calls with the CSRF token, the live
// connection, the language choice and browser notifications. Voter text is only ever
// inserted with textContent.
"use strict";

window.Dialoog = (function () {
  const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  const language = document.documentElement.lang || "nl";
  const timeZone = document.body.dataset.timezone || "Europe/Brussels";
  let strings = {};

  // The catalogue of the user's language, served from the .po files by /i18n/<language>.json:
  // {key: text}, or for a count {one, other, count} where `count` names the value that decides.
  function t(key, values) {
    const entry = strings[key];
    let text = entry === undefined ? key : entry;
    if (entry && typeof entry === "object") {
      const number = Number((values || {})[entry.count]);
      text = new Intl.PluralRules(language).select(Number.isFinite(number) ? number : 2) === "one" ? entry.one : entry.other;
    }
    for (const [name, value] of Object.entries(values || {})) text = text.split("{" + name + "}").join(String(value));
    return text;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function when(iso) {
    if (!iso) return "";
    return new Date(iso).toLocaleString(language === "en" ? "en-GB" : language + "-BE", {
      timeZone: timeZone, dateStyle: "short", timeStyle: "short",
    });
  }

  async function call(method, url, body) {
    const options = { method: method, headers: { Accept: "application/json" } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.headers["X-CSRFToken"] = csrfToken;
      options.body = JSON.stringify(body);
    } else if (method !== "GET") {
      options.headers["X-CSRFToken"] = csrfToken;
    }
    const response = await fetch(url, options);
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const failure = new Error(data.error || url + " answered " + response.status);
      failure.status = response.status;
      failure.data = data;
      throw failure;
    }
    return data;
  }

  function notify(text) {
    if ("Notification" in window && Notification.permission === "granted" && document.visibilityState !== "visible") {
      new Notification("Dialoog", { body: text });
    }
  }

  function setUpHeader(socket) {
    const bell = document.getElementById("enable-notifications");
    if (bell && "Notification" in window && Notification.permission === "default") {
      bell.hidden = false;
      bell.addEventListener("click", () => Notification.requestPermission().then(() => (bell.hidden = true)));
    }
    const live = document.getElementById("live-state");
    socket.on("connect", () => {
      live.textContent = t("live.live");
      live.dataset.state = "live";
      refreshApprovalCount();
    });
    socket.on("disconnect", () => {
      live.textContent = t("live.offline");
      live.dataset.state = "offline";
    });
    // the notification centre (notifications.js) keeps the list; a hidden tab also gets a browser notification
    socket.on("assigned", (event) => notify(t("notify.assigned", event)));
    socket.on("mentioned", (event) => notify(t("notify.mentioned", event)));
    socket.on("reply.updated", refreshApprovalCount);
  }

  async function refreshApprovalCount() {
    const badge = document.getElementById("approval-count");
    if (!badge) return;
    const data = await call("GET", "/api/approvals").catch(() => ({ replies: [] }));
    badge.textContent = data.replies.length ? String(data.replies.length) : "";
  }

  async function start(onReady) {
    strings = await (await fetch("/i18n/" + encodeURIComponent(language) + ".json")).json();
    const socket = io({ transports: ["websocket", "polling"] });
    api.socket = socket; // the live connection, for the browser tests and the console
    setUpHeader(socket);
    document.dispatchEvent(new CustomEvent("dialoog:started", { detail: socket })); // notifications.js
    onReady(socket);
  }

  // The language choice works as soon as the bar is there, before the page's own scripts have started.
  const choice = document.getElementById("language-choice");
  if (choice) {
    choice.addEventListener("change", async () => {
      await call("PUT", "/api/me/language", { language: choice.value });
      window.location.reload();
    });
  }

  const api = { t: t, el: el, when: when, call: call, notify: notify, start: start, language: language, socket: null };
  return api;
})();
