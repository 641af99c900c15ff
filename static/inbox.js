// The live inbox: the filtered queue on the left, one conversation (or a campaign) on the right.
// Every change arrives over Socket.IO; after a lost connection the page reloads what it shows.
// Voter text is always inserted with textContent, never as HTML.
"use strict";

(function () {
  const { t, el, when, call, notify } = window.Dialoog;
  const $ = (id) => document.getElementById(id);
  const list = $("conversation-list");
  const filters = $("filters");
  const pane = $("conversation");
  const campaignPane = $("campaign-panel");
  const replyText = $("reply-text");
  const replyError = $("reply-error");
  const SENTIMENTS = ["negative", "neutral", "positive"];
  const PRESENCE_TTL_MS = 25000;

  const rows = new Map(); // conversation id -> queue row
  const unread = new Set();
  const presence = new Map(); // user id -> {name, conversation_id, typing, at}
  let me = null;
  let topics = [];
  let nextCursor = null;
  let openId = null;
  let openDetail = null;
  let openCampaignId = null;
  let seenUntil = null;
  let socket = null;
  let typingTimer = null;
  let typing = false;

  // ---- filters and the queue ----

  function filterParams() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(filters)) {
      if (value && !(name === "assignee" && value === "anyone")) params.set(name, value);
    }
    return params;
  }

  function applyUrlFilters() {
    const params = new URLSearchParams(window.location.search);
    for (const [name, value] of params) {
      const field = filters.elements.namedItem(name);
      if (field) field.value = value;
    }
  }

  function matchesFilters(row) {
    const params = filterParams();
    if (params.has("q")) return rows.has(row.id);
    const status = params.get("status");
    if (status ? row.status !== status : !["open", "pending"].includes(row.status)) return false;
    const assignee = params.get("assignee");
    if (assignee === "mine" && row.assignee_id !== me.id) return false;
    if (assignee === "unassigned" && row.assignee_id) return false;
    const tags = row.tags || {}; // the newest inbound message's
    if (params.get("channel") && row.channel !== params.get("channel")) return false;
    if (params.get("needs_reply") && String(!!tags.needs_reply) !== params.get("needs_reply")) return false;
    if (params.get("threat") && String(!!row.has_threat) !== params.get("threat")) return false;
    return matchesTagFilters(row, params);
  }

  // As the server decides (queue.py): a conversation matches the tag filters when one of its
  // inbound messages carries every requested tag; row.tag_sets lists those messages' tags.
  function matchesTagFilters(row, params) {
    const wanted = [];
    for (const name of ["language", "topic", "sentiment"]) {
      if (params.get(name)) wanted.push((set) => set[name] === params.get(name));
    }
    if (params.get("toxic")) wanted.push((set) => set.toxic === (params.get("toxic") === "true"));
    if (params.get("campaign")) wanted.push((set) => String(set.campaign_id) === params.get("campaign"));
    if (!wanted.length) return true;
    const sets = row.tag_sets || (row.tags ? [row.tags] : []);
    return sets.some((set) => wanted.every((holds) => holds(set)));
  }

  // The server filters the pages of the queue; rows live events bring are kept or dropped by
  // matchesFilters (upsertRows). Nothing else decides what the list shows.
  let loading = 0; // the number of the latest request: an older answer never replaces a newer one
  let arrivedWhileLoading = null; // rows live events brought while the first page was on its way

  async function loadQueue(more) {
    const params = filterParams();
    if (more && nextCursor) params.set("cursor", nextCursor);
    const request = ++loading;
    if (!more) arrivedWhileLoading = new Map();
    let data;
    try {
      data = await call("GET", "/api/queue?" + params.toString());
    } catch (failure) {
      if (request !== loading) return;
      $("queue-empty").replaceChildren(failure.message);
      $("queue-empty").hidden = false;
      return;
    }
    if (request !== loading) return; // the filters changed meanwhile; a newer answer is coming
    const arrived = more ? new Map() : arrivedWhileLoading;
    arrivedWhileLoading = null;
    if (!more) rows.clear();
    data.items.forEach((row) => rows.set(row.id, row));
    nextCursor = data.next_cursor;
    $("load-more").hidden = !nextCursor;
    // A row that changed while this page was loading may be newer than the page.
    upsertRows([...arrived.values()]);
  }

  async function loadUnread() {
    const data = await call("GET", "/api/unread");
    unread.clear();
    data.ids.forEach((id) => unread.add(id));
    if (openId) unread.delete(openId);
    renderUnreadCount();
  }

  function renderUnreadCount() {
    $("unread-count").textContent = unread.size ? t("queue.unread", { count: unread.size }) : "";
    document.title = (unread.size ? "(" + unread.size + ") " : "") + "Dialoog";
  }

  function sortedRows() {
    return [...rows.values()].sort((a, b) => // threats on top (issue 17), then newest activity
      Number(!!b.has_threat) - Number(!!a.has_threat) ||
      (b.last_activity_at || "").localeCompare(a.last_activity_at || "") || b.id - a.id);
  }

  function renderQueue() {
    const seenCampaigns = new Map();
    const items = [];
    for (const row of sortedRows()) {
      const campaignId = row.tags && row.tags.campaign_id;
      if (campaignId && !filterParams().get("campaign")) {
        if (seenCampaigns.has(campaignId)) {
          seenCampaigns.get(campaignId).push(row);
          continue;
        }
        seenCampaigns.set(campaignId, [row]);
      }
      items.push(row);
    }
    list.replaceChildren(
      ...items.map((row) => {
        const campaignId = row.tags && row.tags.campaign_id;
        const group = campaignId ? seenCampaigns.get(campaignId) : null;
        return group && group.length > 1 ? renderCampaignRow(row, group) : renderRow(row);
      }),
    );
    renderEmptyQueue();
  }

  // An empty queue says why, and what to do when a search or filter is the reason.
  function renderEmptyQueue() {
    const empty = $("queue-empty");
    empty.hidden = rows.size > 0;
    if (rows.size) return;
    if (![...filterParams().keys()].length) {
      empty.replaceChildren(t("queue.empty"));
      return;
    }
    const clear = el("button", "clear-filters", t("queue.clear_filters"));
    clear.type = "button";
    clear.addEventListener("click", () => {
      filters.reset();
      window.history.replaceState(null, "", window.location.pathname);
    });
    empty.replaceChildren(t("queue.no_match") + " ", clear);
  }

  function tagBadges(row) {
    const tags = row.tags || {};
    const badges = [];
    const language = tags.language || row.language;
    if (language) {
      const badge = el("span", "tag lang", language);
      badge.title = t("language." + language);
      badges.push(badge);
    }
    if (tags.topic) badges.push(el("span", "tag topic", topicName(tags.topic)));
    if (tags.sentiment) badges.push(el("span", "tag sentiment " + tags.sentiment, t("sentiment." + tags.sentiment)));
    if (tags.needs_reply) badges.push(el("span", "tag needs-reply", t("tag.needs_reply")));
    // safety first: a row shows three tags, and threat and abuse must be among them
    if (tags.toxic) badges.unshift(el("span", "tag toxic", t("tag.toxic")));
    if (row.has_threat || tags.threat) badges.unshift(el("span", "tag threat", t("tag.threat")));
    return badges;
  }

  function renderRow(row) {
    const item = el("li", "row");
    item.dataset.id = row.id;
    item.tabIndex = -1;
    item.classList.toggle("open", row.id === openId);
    item.classList.toggle("unread", unread.has(row.id));
    const head = el("div", "row-head");
    const channel = el("span", "channel", t("channel." + row.channel));
    channel.dataset.channel = row.channel;
    const badges = tagBadges(row);
    const name = el("span", "name", row.contact_name);
    name.title = row.contact_name;
    head.append(name, channel, ...badges);
    // the row shows three tags (CSS); every tag stays readable on hover
    if (badges.length > 3) head.title = badges.map((badge) => badge.textContent).join(" · ");
    if (row.tags && row.tags.campaign_id) head.append(el("span", "tag campaign", t("tag.campaign", { id: row.tags.campaign_id })));
    head.append(el("span", "status", t("status." + row.status)));
    if (row.assignee) head.append(el("span", "assignee", "→ " + row.assignee));
    item.classList.toggle("threat", !!row.has_threat);
    item.append(head, abusive(el("div", "snippet", row.snippet), row.tags), el("time", "when", when(row.last_activity_at)));
    item.addEventListener("click", () => openConversation(row.id));
    return item;
  }

  function renderCampaignRow(row, group) {
    const item = el("li", "row campaign-row");
    item.dataset.campaign = row.tags.campaign_id;
    const size = row.tags.campaign_size || group.length;
    const head = el("div", "row-head");
    head.append(
      el("span", "name", t("tag.campaign", { id: row.tags.campaign_id })),
      el("span", "tag campaign", t("campaign.voters", { count: size })),
      ...tagBadges(row),
    );
    item.append(head, el("div", "snippet", row.snippet), el("time", "when", when(row.last_activity_at)));
    item.addEventListener("click", () => openCampaign(row.tags.campaign_id));
    return item;
  }

  // Rows carry the server time they were made at; events can overtake each other, so keep the latest.
  function newer(known, candidate) {
    return known && (known.generated_at || 0) > (candidate.generated_at || 0) ? known : candidate;
  }

  // Keep the rows that match the filters; the queue is drawn once for the whole batch.
  function upsertRows(batch) {
    for (let row of batch) {
      if (arrivedWhileLoading) arrivedWhileLoading.set(row.id, newer(arrivedWhileLoading.get(row.id), row));
      row = newer(rows.get(row.id), row);
      if (matchesFilters(row)) rows.set(row.id, row);
      else rows.delete(row.id);
    }
    renderQueue();
  }

  function topicName(code) {
    const topic = topics.find((choice) => choice.code === code);
    return topic ? topic.name : code;
  }

  // ---- one conversation ----

  // On a phone the open conversation takes the list's place (CSS); start it at the top,
  // and its back button returns to the list where it was.
  let queueScroll = 0;
  function showConversationPane() {
    if (!window.matchMedia("(max-width: 700px)").matches) return;
    if (pane.hidden && campaignPane.hidden) return;
    queueScroll = window.scrollY;
    window.scrollTo(0, 0);
  }
  document.querySelectorAll("[data-back]").forEach((button) =>
    button.addEventListener("click", () => {
      const wasOpen = openId;
      openId = null;
      openCampaignId = null;
      openDetail = null;
      pane.hidden = true;
      campaignPane.hidden = true;
      list.querySelectorAll(".row.open").forEach((node) => node.classList.remove("open"));
      announcePresence();
      window.scrollTo(0, queueScroll);
      const row = wasOpen && list.querySelector('.row[data-id="' + wasOpen + '"]');
      if (row) row.focus();
    }),
  );

  async function openConversation(id) {
    openId = id;
    openCampaignId = null;
    campaignPane.hidden = true;
    pane.hidden = false;
    unread.delete(id);
    renderUnreadCount();
    showConversationPane();
    list.querySelectorAll(".row").forEach((node) => node.classList.toggle("open", Number(node.dataset.id) === id));
    list.querySelectorAll(".row.open").forEach((node) => node.classList.remove("unread"));
    const detail = await call("GET", "/api/conversations/" + id);
    if (openId !== id) return; // another row was opened meanwhile: its answer is the one to show
    openDetail = detail;
    seenUntil = new Date().toISOString();
    renderConversation(openDetail);
    announcePresence();
  }

  async function refreshOpenConversation() {
    if (!openId) return;
    openDetail = await call("GET", "/api/conversations/" + openId);
    renderConversation(openDetail);
  }

  function renderConversation(detail) {
    const summary = detail.summary;
    $("conversation-title").textContent = detail.contact.name;
    $("conversation-status").textContent = t("status." + summary.status) +
      (summary.snoozed_until ? " → " + when(summary.snoozed_until) : "");
    $("close-conversation").hidden = summary.status === "closed";
    $("reopen-conversation").hidden = summary.status !== "closed";
    renderAssignee(summary);
    renderThreatBanner(detail);
    renderMessages(detail);
    $("message-list").dataset.conversation = detail.summary.id;
    renderNotes(detail.notes || []);
    renderHistory(detail.history || []);
    renderVoter(detail.contact.id);
    renderPresence();
    checkLength();
    showReplyWindow();
    document.dispatchEvent(new CustomEvent("dialoog:conversation", { detail: { id: openId } }));
  }

  function renderAssignee(summary) {
    const choice = $("assignee-choice");
    const options = [el("option", null, t("conv.nobody"))];
    options[0].value = "";
    for (const member of me.members) {
      const option = el("option", null, member.name);
      option.value = member.id;
      options.push(option);
    }
    choice.replaceChildren(...options);
    choice.value = summary.assignee_id ? String(summary.assignee_id) : "";
  }

  function renderMessages(detail) {
    const items = [];
    for (const message of detail.messages) {
      const item = el("li", "message " + (message.direction === "in" ? "inbound" : "outbound"));
      item.dataset.id = message.id;
      const meta = el("div", "meta");
      meta.append(el("span", "author", message.author + (message.handle ? " @" + message.handle : "")));
      if (message.language) meta.append(el("span", "tag lang", message.language));
      meta.append(el("time", "when", when(message.sent_at)));
      if (message.edited) meta.append(el("span", "tag note", t("message.edited")));
      if (message.removed_at) meta.append(el("span", "tag removed", t("message.removed")));
      if (message.withdrawn_at) meta.append(el("span", "tag removed", t("message.withdrawn")));
      if (message.hidden_at) meta.append(el("span", "tag hidden", t("message.hidden")));
      item.append(meta, abusive(el("div", "text", message.text), message.tags));
      if (message.attachments) item.append(attachmentList(message));
      if (message.media && message.media.length) item.append(mediaList(message.media));
      if (message.direction === "in" && ["facebook", "instagram"].includes(detail.summary.channel) && !message.removed_at) {
        const hide = el("button", "moderate", message.hidden_at ? t("message.unhide") : t("message.hide"));
        hide.type = "button";
        hide.addEventListener("click", () =>
          act("/api/messages/" + message.id + (message.hidden_at ? "/unhide" : "/hide")).then(refreshOpenConversation));
        item.append(hide);
      }
      if (message.tags) item.append(renderTags(message));
      if (message.direction === "out") item.append(el("div", "reply-state sent", t("reply.state.sent")));
      items.push(item);
    }
    for (const reply of detail.replies) {
      if (reply.state === "sent") continue;
      items.push(renderPendingReply(reply));
    }
    $("message-list").replaceChildren(...items);
  }

  // Abuse is blurred until someone clicks it (issue 17): the office reads it only when it chooses to.
  // A threat is never blurred, even when it is also abusive: it must be read and acted on.
  function abusive(node, tags) {
    if (!tags || !tags.toxic || tags.threat) return node;
    node.classList.add("blurred");
    node.title = t("abuse.click_to_show");
    node.addEventListener("click", (event) => {
      if (!node.classList.contains("blurred")) return;
      event.stopPropagation();
      node.classList.remove("blurred");
      node.title = "";
    });
    return node;
  }

  // A threat: a red banner over the conversation, the evidence bundle for the police, and (admins only,
  // the button exists only for them) "not a threat". Threats are never blurred, hidden or closed.
  function renderThreatBanner(detail) {
    const banner = $("threat-banner");
    const threat = [...detail.messages].reverse().find((m) => m.tags && m.tags.threat);
    banner.hidden = !threat;
    if (!threat) return;
    $("threat-evidence").href = "/api/messages/" + threat.id + "/evidence.zip";
    const clear = $("threat-clear");
    if (clear) clear.dataset.message = threat.id;
  }

  // What a voter sent besides text (photos, video, GIFs…), on any channel: links to the provider's copy
  // with the voter's alt text; never loaded into the page (remote media can track who looks).
  function mediaList(media) {
    const box = el("ul", "media");
    for (const item of media) {
      const label = t("media." + item.kind) + (item.alt_text ? ": " + item.alt_text : "");
      const entry = el("li", "media-item " + item.kind);
      if (item.url) {
        const link = el("a", null, label);
        link.href = item.url;
        link.rel = "noopener noreferrer nofollow";
        link.target = "_blank";
        entry.append(link);
      } else {
        entry.textContent = label;
      }
      box.append(entry);
    }
    return box;
  }

  function attachmentList(message) {
    const box = el("details", "attachments");
    box.append(el("summary", null, t("message.attachments", { count: message.attachments })));
    box.addEventListener("toggle", async () => {
      if (!box.open || box.dataset.loaded) return;
      box.dataset.loaded = "1";
      const data = await call("GET", "/attachments/message/" + message.id);
      const items = el("ul");
      for (const file of data.attachments) {
        const entry = el("li");
        const label = file.name + " (" + file.type + ", " + Math.ceil(file.size / 1024) + " KB)";
        if (file.url) {
          const link = el("a", null, label);
          link.href = file.url;
          link.setAttribute("download", "");
          entry.append(link);
        } else {
          entry.textContent = label;
        }
        items.append(entry);
      }
      box.append(items);
    });
    return box;
  }

  async function showReplyWindow() {
    const notice = $("reply-window");
    notice.textContent = "";
    if (!openDetail || !["facebook", "instagram"].includes(openDetail.summary.channel)) return;
    const window_ = await call("GET", "/api/conversations/" + openId + "/reply-window").catch(() => null);
    if (!window_) return;
    if (!window_.open) notice.textContent = window_.reason;
    else if (window_.closes_at) notice.textContent = t("reply.window_closes", { when: when(window_.closes_at) });
  }

  function renderPendingReply(reply) {
    const item = el("li", "message outbound pending");
    item.dataset.replyId = reply.id;
    const state = el("div", "reply-state " + reply.state, t("reply.state." + reply.state) + (reply.error ? ": " + reply.error : ""));
    item.append(el("div", "meta", reply.author), el("div", "text", reply.text), state);
    if (reply.state === "failed" && !reply.next_attempt_at) {
      const again = el("button", "retry", t("reply.retry"));
      again.type = "button";
      again.addEventListener("click", () => act("/api/replies/" + reply.id + "/retry").then(refreshOpenConversation));
      item.append(again);
    }
    if (reply.state === "draft" && reply.review_comment) {
      item.append(el("div", "review-comment", reply.review_comment));
      if (reply.author_id === me.id) {
        const revise = el("button", "revise", t("reply.revise"));
        revise.type = "button";
        revise.addEventListener("click", () => {
          replyText.value = reply.text;
          replyText.dataset.resubmit = reply.id;
          replyText.focus();
        });
        item.append(revise);
      }
    }
    return item;
  }

  function renderNotes(notes) {
    $("note-list").replaceChildren(
      ...notes.map((note) => {
        const item = el("li", "note");
        item.append(el("div", "meta", note.author + " · " + when(note.created_at)), el("div", "text", note.body));
        return item;
      }),
    );
  }

  async function renderVoter(contactId) {
    const [card, all] = await Promise.all([
      call("GET", "/api/contacts/" + contactId).catch(() => null),
      call("GET", "/api/contacts/suggestions").catch(() => ({ suggestions: [] })),
    ]);
    if (!card) return;
    wireVoterPrivacy(contactId);
    const identities = card.contact.identities;
    $("voter-identities").replaceChildren(...identities.map((identity) => {
      const item = el("li", "identity", t("channel." + identity.channel) + " · " + (identity.handle || identity.external_id));
      if (identities.length > 1) {
        const split = el("button", "unmerge", t("voter.unmerge"));
        split.type = "button";
        split.addEventListener("click", () =>
          act("/api/contacts/unmerge", { identity_id: identity.id }).then(refreshOpenConversation));
        item.append(" ", split);
      }
      return item;
    }));
    const mine = all.suggestions.filter((s) => s.contacts.some((c) => c.id === contactId));
    $("voter-suggestions").replaceChildren(...mine.map((suggestion) => {
      const other = suggestion.contacts.find((c) => c.id !== contactId);
      const item = el("li", "suggestion", t("voter.maybe_same", { name: other.display_name, reason: t("voter.reason." + suggestion.reason) }));
      const merge = el("button", "merge", t("voter.merge"));
      merge.type = "button";
      merge.addEventListener("click", () =>
        act("/api/contacts/merge", { keep: contactId, merge: other.id }).then(refreshOpenConversation));
      const dismiss = el("button", "dismiss", t("voter.dismiss"));
      dismiss.type = "button";
      dismiss.addEventListener("click", () =>
        act("/api/contacts/suggestions/" + suggestion.id + "/dismiss").then(refreshOpenConversation));
      item.append(" ", merge, " ", dismiss);
      return item;
    }));
  }

  function renderHistory(history) {
    $("history-list").replaceChildren(
      ...history.map((entry) => {
        const item = el("li", "history-item");
        const link = el("a", null, entry.channel + " · " + when(entry.last_activity_at) + " · " + t("status." + entry.status));
        link.href = "#";
        link.addEventListener("click", (event) => {
          event.preventDefault();
          openConversation(entry.id);
        });
        item.append(link, el("div", "snippet", entry.snippet));
        return item;
      }),
    );
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
    select.addEventListener("change", () =>
      correct(messageId, tag, select.value === "true" ? true : select.value === "false" ? false : select.value));
    return select;
  }

  function renderTags(message) {
    const tags = message.tags;
    const bar = el("div", "tags");
    if (tags.state === "pending") {
      bar.append(el("span", "tag pending", t("tag.tagging")));
      return bar;
    }
    if (tags.state === "failed") bar.append(el("span", "tag failed", t("tag.failed") + (tags.error ? " (" + tags.error + ")" : "")));
    if (!tags.corrected) return bar;
    const corrected = new Set(tags.corrected);
    const topicOptions = topics.map((topic) => [topic.code, topic.name]);
    if (tags.topic && !topicOptions.some(([code]) => code === tags.topic)) topicOptions.unshift([tags.topic, tags.topic]);
    bar.append(
      choice(message.id, "topic", tags.topic, topicOptions, corrected.has("topic")),
      choice(message.id, "sentiment", tags.sentiment, SENTIMENTS.map((s) => [s, t("sentiment." + s)]), corrected.has("sentiment")),
      choice(message.id, "needs_reply", tags.needs_reply, [["true", t("tag.needs_reply")], ["false", t("tag.no_reply")]], corrected.has("needs_reply")),
      choice(message.id, "toxic", tags.toxic, [["false", t("tag.not_toxic")], ["true", t("tag.toxic")]], corrected.has("toxic")),
    );
    if (tags.campaign_id) {
      const badge = el("button", "tag campaign", t("tag.campaign", { id: tags.campaign_id }) + " ✕");
      badge.type = "button";
      badge.title = t("tag.not_campaign");
      badge.addEventListener("click", () => correct(message.id, "campaign", null));
      bar.append(badge);
    }
    if (tags.truncated) bar.append(el("span", "tag note", t("tag.truncated")));
    return bar;
  }

  async function correct(messageId, tag, value) {
    try {
      await call("POST", "/api/messages/" + messageId + "/tags", { tag: tag, value: value });
    } catch (failure) {
      alert(failure.message);
    }
    await refreshOpenConversation();
  }

  async function act(url, body) {
    try {
      await call("POST", url, body);
    } catch (failure) {
      alert(t("common.error", { error: failure.message }));
    }
  }

  const threatClear = $("threat-clear");
  if (threatClear) {
    threatClear.addEventListener("click", async () => {
      if (!confirm(t("threat.clear_confirm"))) return;
      await act("/api/messages/" + threatClear.dataset.message + "/not-threat");
      await refreshOpenConversation();
    });
  }

  // ---- privacy: export or erase the open voter (admins and politicians; the buttons exist only for them) ----

  function wireVoterPrivacy(contactId) {
    const link = $("voter-export");
    if (link) link.href = "/api/privacy/voters/" + contactId + "/export";
    const button = $("voter-erase");
    if (button) button.dataset.contact = contactId;
  }

  function dropErased(conversationIds) {
    for (const id of conversationIds) {
      rows.delete(id);
      unread.delete(id);
      if (id === openId) {
        openId = null;
        openDetail = null;
        pane.hidden = true;
      }
    }
    renderQueue();
    renderUnreadCount();
  }

  function wireErase() {
    const dialog = $("erase-dialog");
    if (!dialog) return;
    $("voter-erase").addEventListener("click", () => {
      $("erase-who").textContent = openDetail ? openDetail.contact.name : "";
      $("erase-confirm").value = "";
      $("erase-error").textContent = "";
      dialog.showModal();
      $("erase-confirm").focus();
    });
    $("erase-cancel").addEventListener("click", () => dialog.close());
    $("erase-confirm").addEventListener("input", () => ($("erase-error").textContent = ""));
    $("erase-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const contactId = $("voter-erase").dataset.contact;
      if ($("erase-confirm").value.trim().toUpperCase() !== t("privacy.confirm_word")) {
        $("erase-error").textContent = t("privacy.erase_wrong_word", { word: t("privacy.confirm_word") });
        return;
      }
      try {
        const result = await call("POST", "/api/privacy/voters/" + contactId + "/erase", {
          confirm: $("erase-confirm").value,
          reason: $("erase-reason").value,
        });
        dialog.close();
        dropErased(result.conversation_ids);
      } catch (failure) {
        $("erase-error").textContent = t("common.error", { error: failure.message });
      }
    });
  }

  // ---- presence: who views, who types ----

  function announcePresence() {
    if (socket && socket.connected) socket.emit("presence", { conversation_id: openId, typing: typing });
  }

  function othersOn(conversationId) {
    const now = Date.now();
    const viewing = [];
    const typingNames = [];
    for (const [userId, entry] of presence) {
      if (now - entry.at > PRESENCE_TTL_MS) {
        presence.delete(userId);
        continue;
      }
      if (userId === me.id || entry.conversation_id !== conversationId) continue;
      (entry.typing ? typingNames : viewing).push(entry.name);
    }
    return { viewing: viewing, typing: typingNames };
  }

  function renderPresence() {
    if (!openId) return;
    const others = othersOn(openId);
    const parts = [];
    if (others.typing.length) parts.push(t("conv.typing", { names: others.typing.join(", ") }));
    if (others.viewing.length) parts.push(t("conv.viewing", { names: others.viewing.join(", ") }));
    $("presence").textContent = parts.join(" · ");
    $("presence").classList.toggle("warning", others.typing.length > 0);
  }

  function onTyping() {
    if (!typing) {
      typing = true;
      announcePresence();
    }
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      typing = false;
      announcePresence();
    }, 5000);
    scheduleLengthCheck();
  }

  // ---- the composer ----

  let lengthTimer = null;
  function scheduleLengthCheck() {
    clearTimeout(lengthTimer);
    lengthTimer = setTimeout(checkLength, 250);
  }

  async function checkLength() {
    const counter = $("reply-length");
    if (!openId || !replyText.value) {
      counter.textContent = "";
      $("reply-send").disabled = false;
      return;
    }
    const length = await call("POST", "/api/length", { conversation_id: openId, text: replyText.value }).catch(() => null);
    if (!length || length.limit === null) {
      counter.textContent = "";
      return;
    }
    counter.textContent = t("reply.length", { ...length, unit: t("reply.unit." + length.unit) }) + (length.ok ? "" : " · " + t("reply.too_long"));
    counter.classList.toggle("over", !length.ok);
    $("reply-send").disabled = !length.ok;
  }

  function updateSendLabel() {
    const held = me.office.require_approval && me.role !== "politician";
    $("reply-send").textContent = held ? t("reply.submit_approval") : t("reply.send");
  }

  async function loadCanned() {
    const data = await call("GET", "/api/canned").catch(() => ({ canned: [] }));
    const select = $("canned-choice");
    const first = select.options[0];
    select.replaceChildren(first, ...data.canned.map((canned) => {
      const option = el("option", null, "[" + canned.language + "] " + canned.title);
      option.value = canned.id;
      return option;
    }));
  }

  async function sendReply(force) {
    replyError.textContent = "";
    const resubmitId = replyText.dataset.resubmit;
    try {
      if (resubmitId) {
        await call("POST", "/api/approvals/" + resubmitId + "/resubmit", { text: replyText.value });
      } else {
        await call("POST", "/api/conversations/" + openId + "/replies", {
          text: replyText.value, seen_until: seenUntil, force: force,
        });
      }
    } catch (failure) {
      if (failure.status === 409 && confirm(t("reply.collision", { error: failure.message }))) return sendReply(true);
      replyError.textContent = failure.message || t("reply.failed_queue", { status: failure.status });
      return;
    }
    replyText.value = "";
    delete replyText.dataset.resubmit;
    typing = false;
    announcePresence();
    await refreshOpenConversation();
    seenUntil = new Date().toISOString();
  }

  // ---- campaigns ----

  async function openCampaign(campaignId) {
    openCampaignId = campaignId;
    openId = null;
    pane.hidden = true;
    campaignPane.hidden = false;
    showConversationPane();
    announcePresence();
    const overview = await call("GET", "/api/campaigns/" + campaignId);
    renderCampaign(overview, true);
  }

  function renderCampaign(overview, withForm) {
    $("campaign-title").textContent = t("campaign.title", { size: overview.size });
    document.dispatchEvent(new CustomEvent("dialoog:campaign", { detail: overview })); // campaign_letter.js
    if (withForm) {
      const form = $("campaign-form");
      const fields = overview.languages.map((language) => {
        const label = el("label", null, t("campaign.text_for", { language: t("language." + language) }));
        const area = el("textarea");
        area.name = language;
        area.rows = 3;
        label.append(area);
        return label;
      });
      const submit = el("button", null, t("campaign.answer_all"));
      submit.type = "submit";
      form.replaceChildren(...fields, submit);
    }
    $("campaign-voters").replaceChildren(
      ...overview.voters.map((voter) => {
        const row = el("tr");
        row.dataset.conversation = voter.conversation_id;
        const state = voter.reply_state ? t("reply.state." + voter.reply_state) : "—";
        row.append(
          el("td", null, voter.voter), el("td", null, t("channel." + voter.channel)), el("td", null, voter.language ? t("language." + voter.language) : "?"),
          el("td", "reply-state " + (voter.reply_state || ""), state + (voter.reply_error ? ": " + voter.reply_error : "")),
        );
        return row;
      }),
    );
  }

  $("campaign-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const texts = {};
    for (const [language, text] of new FormData(event.target)) texts[language] = text;
    try {
      renderCampaign(await call("POST", "/api/campaigns/" + openCampaignId + "/reply", { texts: texts }), false);
    } catch (failure) {
      alert(t("common.error", { error: failure.message }));
    }
  });

  // ---- wiring ----

  function visibleRowIds() {
    return [...list.querySelectorAll(".row[data-id]")].map((node) => Number(node.dataset.id));
  }

  function step(offset) {
    const ids = visibleRowIds();
    if (!ids.length) return;
    const index = ids.indexOf(openId);
    const next = ids[Math.min(Math.max(index + offset, 0), ids.length - 1)];
    if (index === -1) openConversation(ids[0]);
    else if (next !== openId) openConversation(next);
  }

  // After closing, open the conversation below the closed one (or above it, at the end of the list).
  async function closeAndMoveOn() {
    const closed = openId;
    const ids = visibleRowIds();
    const index = ids.indexOf(closed);
    const rest = ids.filter((id) => id !== closed);
    await act("/api/conversations/" + closed + "/status", { status: "closed" });
    if (rest.length) openConversation(rest[Math.min(Math.max(index, 0), rest.length - 1)]);
  }

  function onKey(event) {
    const target = event.target;
    const editing = target.closest("input, textarea, select, [contenteditable]");
    if (event.key === "Escape" && editing) {
      target.blur();
      return;
    }
    if (editing || event.ctrlKey || event.metaKey || event.altKey) return;
    const actions = {
      j: () => step(1),
      k: () => step(-1),
      a: () => openId && act("/api/conversations/" + openId + "/assign", { user_id: "me" }),
      r: () => openId && replyText.focus(),
      c: () => openId && closeAndMoveOn(),
      "/": () => $("search").focus(),
      "?": () => $("shortcuts").showModal(),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  function wireControls() {
    let searchTimer = null;
    filters.addEventListener("change", () => loadQueue(false));
    filters.addEventListener("submit", (event) => {
      event.preventDefault();
      loadQueue(false);
    });
    $("search").addEventListener("input", () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => loadQueue(false), 300);
    });
    filters.addEventListener("reset", () => setTimeout(() => loadQueue(false), 0));
    $("load-more").addEventListener("click", () => loadQueue(true));
    $("assign-me").addEventListener("click", () => act("/api/conversations/" + openId + "/assign", { user_id: "me" }));
    $("assignee-choice").addEventListener("change", (event) =>
      act("/api/conversations/" + openId + "/assign", { user_id: event.target.value ? Number(event.target.value) : null }));
    $("close-conversation").addEventListener("click", () => act("/api/conversations/" + openId + "/status", { status: "closed" }));
    $("reopen-conversation").addEventListener("click", () => act("/api/conversations/" + openId + "/status", { status: "open" }));
    $("mark-pending").addEventListener("click", () => act("/api/conversations/" + openId + "/status", { status: "pending" }));
    $("snooze").addEventListener("click", () => {
      const value = $("snooze-until").value;
      if (value) act("/api/conversations/" + openId + "/status", { status: "snoozed", snoozed_until: new Date(value).toISOString() });
    });
    $("reply-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const others = othersOn(openId).typing;
      if (others.length && !confirm(t("reply.someone_typing", { names: others.join(", ") }))) return;
      sendReply(false);
    });
    replyText.addEventListener("input", onTyping);
    $("canned-choice").addEventListener("change", async (event) => {
      if (!event.target.value || !openId) return;
      const filled = await call("GET", "/api/canned/" + event.target.value + "/for/" + openId);
      replyText.value = filled.text;
      event.target.value = "";
      onTyping();
    });
    $("note-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        await call("POST", "/api/conversations/" + openId + "/notes", { body: $("note-text").value });
        $("note-text").value = "";
      } catch (failure) {
        alert(t("common.error", { error: failure.message }));
      }
    });
    document.addEventListener("keydown", onKey);
    setInterval(() => {
      announcePresence();
      renderPresence();
    }, 10000);
  }

  function fillTopicFilter() {
    const select = $("topic-filter");
    const current = select.value || new URLSearchParams(window.location.search).get("topic") || "";
    const first = select.options[0];
    select.replaceChildren(first, ...topics.map((topic) => {
      const option = el("option", null, topic.name);
      option.value = topic.code;
      return option;
    }));
    select.value = current;
  }

  // First connection and every reconnection: reload what the page shows, so nothing that
  // happened while offline is missed, and nothing is shown twice (rows are keyed by id).
  async function catchUp() {
    await loadQueue(false);
    await loadUnread();
    if (openId) await refreshOpenConversation();
    if (openCampaignId) renderCampaign(await call("GET", "/api/campaigns/" + openCampaignId), false);
    announcePresence();
  }

  function wireSocket() {
    socket.on("connect", catchUp);
    socket.on("resync", catchUp); // the server's event queue was lost for a moment: reload what is shown
    for (const name of ["message.created", "message.triaged", "conversation.updated"]) {
      // One event carries the rows of every conversation a change touched.
      socket.on(name, (payload) => {
        const batch = payload.conversations;
        for (const row of batch) {
          const isNew = name === "message.created" && row.direction === "in";
          if (row.id === openId) {
            refreshOpenConversation();
          } else if (isNew) {
            unread.add(row.id);
            if (row.assignee_id === me.id) notify(t("notify.new_message", { voter: row.contact_name }));
          }
        }
        upsertRows(batch);
        renderUnreadCount();
      });
    }
    socket.on("reply.updated", (reply) => {
      if (reply.conversation_id === openId) refreshOpenConversation();
      if (openCampaignId && reply.campaign_id === openCampaignId) {
        call("GET", "/api/campaigns/" + openCampaignId).then((overview) => renderCampaign(overview, false));
      }
    });
    socket.on("conversation.erased", (event) => dropErased(event.conversation_ids));
    socket.on("note.created", (note) => {
      if (note.conversation_id === openId) refreshOpenConversation();
    });
    socket.on("presence", (entry) => {
      presence.set(entry.user_id, { name: entry.name, conversation_id: entry.conversation_id, typing: entry.typing, at: Date.now() });
      renderPresence();
    });
  }

  window.Dialoog.start(async (connection) => {
    socket = connection;
    me = await call("GET", "/api/me");
    topics = (await call("GET", "/api/topics")).topics;
    fillTopicFilter();
    applyUrlFilters();
    updateSendLabel();
    wireControls();
    wireErase();
    await loadCanned();
    wireSocket();
    if (socket.connected) await catchUp();
    // A notice in the top bar links here with ?open=<conversation id>.
    const asked = Number(new URLSearchParams(window.location.search).get("open"));
    if (asked) openConversation(asked);
  });
})();
