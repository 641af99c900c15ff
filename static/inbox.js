// The live inbox page: the queue on the left, one conversation on the right.
// Voter text is always inserted with textContent, never as HTML.
"use strict";

(function () {
  const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  const list = document.getElementById("conversation-list");
  const emptyNote = document.getElementById("queue-empty");
  const pane = document.getElementById("conversation");
  const messageList = document.getElementById("message-list");
  const replyForm = document.getElementById("reply-form");
  const replyText = document.getElementById("reply-text");
  const replyError = document.getElementById("reply-error");
  const liveState = document.getElementById("live-state");
  const rows = new Map();
  let openId = null;
  let topicChoices = [];
  const SENTIMENTS = ["negative", "neutral", "positive"];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString(undefined, { timeZone: "Europe/Brussels" }) : "";
  }

  function renderRow(conversation) {
    const item = el("li", "row");
    item.dataset.id = conversation.id;
    item.dataset.activity = conversation.last_activity_at || "";
    if (conversation.id === openId) item.classList.add("open");
    const head = el("div", "row-head");
    head.append(el("span", "name", conversation.contact_name), el("span", "channel", conversation.channel));
    if (conversation.language) head.append(el("span", "tag lang", conversation.language));
    const tags = conversation.tags || {};
    if (tags.topic) head.append(el("span", "tag topic", topicName(tags.topic)));
    if (tags.sentiment) head.append(el("span", "tag sentiment " + tags.sentiment, tags.sentiment));
    if (tags.needs_reply) head.append(el("span", "tag needs-reply", "needs reply"));
    if (tags.toxic) head.append(el("span", "tag toxic", "toxic"));
    if (tags.campaign_id) head.append(el("span", "tag campaign", "campaign #" + tags.campaign_id));
    head.append(el("span", "status", conversation.status));
    item.append(head, el("div", "snippet", conversation.snippet), el("time", "when", when(conversation.last_activity_at)));
    item.addEventListener("click", () => openConversation(conversation.id));
    return item;
  }

  function upsertRow(conversation) {
    const fresh = renderRow(conversation);
    const old = rows.get(conversation.id);
    if (old) old.remove();
    rows.set(conversation.id, fresh);
    const before = [...list.children].find((node) => (node.dataset.activity || "") < fresh.dataset.activity);
    list.insertBefore(fresh, before || null);
    emptyNote.hidden = rows.size > 0;
  }

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(url + " answered " + response.status);
    return response.json();
  }

  async function loadTopics() {
    topicChoices = (await getJSON("/api/topics")).topics;
  }

  async function loadQueue() {
    const data = await getJSON("/api/conversations");
    list.replaceChildren();
    rows.clear();
    data.conversations.forEach(upsertRow);
    emptyNote.hidden = rows.size > 0;
  }

  function renderConversation(detail) {
    document.getElementById("conversation-title").textContent = detail.contact.name;
    messageList.replaceChildren();
    for (const message of detail.messages) {
      const item = el("li", "message " + (message.direction === "in" ? "inbound" : "outbound"));
      item.dataset.id = message.id;
      const meta = el("div", "meta");
      meta.append(el("span", "author", message.author + (message.handle ? " @" + message.handle : "")));
      if (message.language) meta.append(el("span", "tag lang", message.language));
      meta.append(el("time", "when", when(message.sent_at)));
      item.append(meta, el("div", "text", message.text));
      if (message.tags) item.append(renderTags(message));
      if (message.direction === "out") item.append(el("div", "reply-state sent", "sent"));
      messageList.append(item);
    }
    for (const reply of detail.replies) {
      if (reply.state === "sent") continue;
      const item = el("li", "message outbound pending");
      item.dataset.replyId = reply.id;
      item.append(el("div", "text", reply.text), el("div", "reply-state " + reply.state, reply.state + (reply.error ? ": " + reply.error : "")));
      messageList.append(item);
    }
  }

  function topicName(code) {
    const topic = topicChoices.find((t) => t.code === code);
    return topic ? topic.name : code;
  }

  async function correct(messageId, tag, value) {
    const response = await fetch("/api/messages/" + messageId + "/tags", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken },
      body: JSON.stringify({ tag: tag, value: value }),
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      alert(body.error || "The correction was not saved (" + response.status + ").");
    }
    await openConversation(openId);
  }

  function choice(messageId, tag, value, options, corrected) {
    const select = el("select", "tag-choice " + tag + (corrected ? " corrected" : ""));
    select.setAttribute("aria-label", tag);
    select.dataset.tag = tag;
    for (const [optionValue, label] of options) {
      const option = el("option", null, label);
      option.value = optionValue;
      option.selected = optionValue === String(value);
      select.append(option);
    }
    select.addEventListener("change", () => correct(messageId, tag, select.value === "true" ? true : select.value === "false" ? false : select.value));
    return select;
  }

  function renderTags(message) {
    const tags = message.tags;
    const bar = el("div", "tags");
    if (tags.state === "pending") {
      bar.append(el("span", "tag pending", "tagging…"));
      return bar;
    }
    if (tags.state === "failed") {
      bar.append(el("span", "tag failed", "tagging failed; retrying" + (tags.error ? " (" + tags.error + ")" : "")));
    }
    if (!tags.corrected) return bar;
    const corrected = new Set(tags.corrected);
    const topics = topicChoices.map((t) => [t.code, t.name]);
    if (tags.topic && !topics.some(([code]) => code === tags.topic)) topics.unshift([tags.topic, tags.topic]);
    bar.append(
      choice(message.id, "topic", tags.topic, topics, corrected.has("topic")),
      choice(message.id, "sentiment", tags.sentiment, SENTIMENTS.map((s) => [s, s]), corrected.has("sentiment")),
      choice(message.id, "needs_reply", tags.needs_reply, [["true", "needs reply"], ["false", "no reply needed"]], corrected.has("needs_reply")),
      choice(message.id, "toxic", tags.toxic, [["false", "not toxic"], ["true", "toxic"]], corrected.has("toxic")),
    );
    if (tags.campaign_id) {
      const badge = el("button", "tag campaign", "campaign #" + tags.campaign_id + " ✕");
      badge.title = "Not part of this campaign";
      badge.addEventListener("click", () => correct(message.id, "campaign", null));
      bar.append(badge);
    }
    if (tags.truncated) bar.append(el("span", "tag note", "long message: tagged on its beginning"));
    return bar;
  }

  async function openConversation(id) {
    openId = id;
    rows.forEach((row, key) => row.classList.toggle("open", key === id));
    pane.hidden = false;
    renderConversation(await getJSON("/api/conversations/" + id));
  }

  replyForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    replyError.textContent = "";
    const response = await fetch("/api/conversations/" + openId + "/replies", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken },
      body: JSON.stringify({ text: replyText.value }),
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      replyError.textContent = body.error || "The reply could not be queued (" + response.status + ").";
      return;
    }
    replyText.value = "";
    await openConversation(openId);
  });

  const socket = io({ transports: ["websocket", "polling"] });
  socket.on("connect", () => {
    liveState.textContent = "live";
    liveState.dataset.state = "live";
    loadTopics()
      .then(loadQueue)
      .then(() => (openId ? openConversation(openId) : null));
  });
  socket.on("disconnect", () => {
    liveState.textContent = "reconnecting…";
    liveState.dataset.state = "offline";
  });
  for (const name of ["message.created", "message.triaged", "conversation.updated"]) {
    socket.on(name, (payload) => {
      upsertRow(payload.conversation);
      if (payload.conversation.id === openId) openConversation(openId);
    });
  }
  socket.on("reply.updated", (reply) => {
    if (reply.conversation_id === openId) openConversation(openId);
  });
})();
