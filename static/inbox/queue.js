// The queue: the filters (the one place that decides which rows the list shows), loading its
// pages, keeping the rows live events bring, the unread marks and count, and drawing the list
// (one row each: queue_rows.js). The server filters the pages; matchesFilters keeps or drops
// the rows live events bring (upsertRows), as the server would. Nothing else decides what the list shows.

import { $, state } from "./state.js";
import { renderCampaignRow, renderRow } from "./queue_rows.js";

const { t, el, call } = window.Dialoog;
const list = $("conversation-list");
const filters = $("filters");

export const rows = new Map(); // conversation id -> queue row
export const unread = new Set();
let nextCursor = null;

// ---- the filters ----

export function filterParams() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(filters)) {
    if (value && !(name === "assignee" && value === "anyone")) params.set(name, value);
  }
  return params;
}

export function applyUrlFilters() {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of params) {
    const field = filters.elements.namedItem(name);
    if (field) field.value = value;
  }
}

export function fillTopicFilter() {
  const select = $("topic-filter");
  const current = select.value || new URLSearchParams(window.location.search).get("topic") || "";
  const first = select.options[0];
  const uncertain = el("option", null, t("tag.topic_uncertain"));
  uncertain.value = "uncertain";
  select.replaceChildren(first, ...state.topics.map((topic) => {
    const option = el("option", null, topic.name);
    option.value = topic.code;
    return option;
  }), uncertain);
  select.value = current;
}

function matchesFilters(row) {
  const params = filterParams();
  if (params.has("q")) return rows.has(row.id);
  const status = params.get("status");
  if (status ? row.status !== status : !["open", "pending"].includes(row.status)) return false;
  const assignee = params.get("assignee");
  if (assignee === "mine" && row.assignee_id !== state.me.id) return false;
  if (assignee === "unassigned" && row.assignee_id) return false;
  const tags = row.tags || {}; // the newest inbound message's
  if (params.get("channel") && row.channel !== params.get("channel")) return false;
  if (params.get("needs_reply") && String(!!tags.needs_reply) !== params.get("needs_reply")) return false;
  if (params.get("threat") && String(!!row.has_threat) !== params.get("threat")) return false;
  return matchesTagFilters(row, params);
}

// As queue.py's topic_condition: "uncertain" is a top topic the model was unsure of; a code
// matches a clear top topic or a second topic, never an uncertain guess.
function topicMatches(set, topic) {
  if (topic === "uncertain") return set.topic_uncertain === true;
  return (set.topic === topic && set.topic_uncertain !== true) || set.topic_second === topic;
}

// As the server decides (queue.py): a conversation matches the tag filters when one of its
// inbound messages carries every requested tag; row.tag_sets lists those messages' tags.
function matchesTagFilters(row, params) {
  const wanted = [];
  for (const name of ["language", "sentiment"]) {
    if (params.get(name)) wanted.push((set) => set[name] === params.get(name));
  }
  if (params.get("topic")) wanted.push((set) => topicMatches(set, params.get("topic")));
  if (params.get("toxic")) wanted.push((set) => set.toxic === (params.get("toxic") === "true"));
  if (params.get("campaign")) wanted.push((set) => String(set.campaign_id) === params.get("campaign"));
  if (!wanted.length) return true;
  const sets = row.tag_sets || (row.tags ? [row.tags] : []);
  return sets.some((set) => wanted.every((holds) => holds(set)));
}

// ---- loading ----

let loading = 0; // the number of the latest request: an older answer never replaces a newer one
let arrivedWhileLoading = null; // rows live events brought while the first page was on its way

export async function loadQueue(more) {
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

export async function loadUnread() {
  const data = await call("GET", "/api/unread");
  unread.clear();
  data.ids.forEach((id) => unread.add(id));
  if (state.openId) unread.delete(state.openId);
  renderUnreadCount();
}

export function renderUnreadCount() {
  $("unread-count").textContent = unread.size ? t("queue.unread", { count: unread.size }) : "";
  document.title = (unread.size ? "(" + unread.size + ") " : "") + "Dialoog";
}

// ---- the rows live events bring ----

// Rows carry the server time they were made at; events can overtake each other, so keep the latest.
function newer(known, candidate) {
  return known && (known.generated_at || 0) > (candidate.generated_at || 0) ? known : candidate;
}

// Keep the rows that match the filters; the queue is drawn once for the whole batch.
export function upsertRows(batch) {
  for (let row of batch) {
    if (arrivedWhileLoading) arrivedWhileLoading.set(row.id, newer(arrivedWhileLoading.get(row.id), row));
    row = newer(rows.get(row.id), row);
    if (matchesFilters(row)) rows.set(row.id, row);
    else rows.delete(row.id);
  }
  renderQueue();
}

// ---- drawing the list ----

function sortedRows() {
  return [...rows.values()].sort((a, b) => // threats on top (issue 17), then newest activity
    Number(!!b.has_threat) - Number(!!a.has_threat) ||
    (b.last_activity_at || "").localeCompare(a.last_activity_at || "") || b.id - a.id);
}

export function renderQueue() {
  const seenCampaigns = new Map();
  const items = [];
  for (const row of sortedRows()) {
    const campaignId = row.tags && row.tags.campaign_id;
    // one voter repeating a letter is no campaign: its rows stay apart (campaign_coordinated)
    if (campaignId && row.tags.campaign_coordinated !== false && !filterParams().get("campaign")) {
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

// ---- the controls above the list ----

export function wireQueueControls() {
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
}
