// The open conversation: opening one (and the phone's one-pane view with its back button),
// reloading it, drawing its head (title, status, assignee, threat banner) and the parts the
// other modules draw (messages, notes, voter, history, presence, composer), and the head's
// actions: assign, pending, snooze, close, reopen, "not a threat", and internal notes.

import { $, act, state } from "./state.js";
import { renderUnreadCount, unread } from "./queue.js";
import { renderMessages } from "./messages.js";
import { renderHistory, renderVoter } from "./voter.js";
import { announcePresence, renderPresence } from "./presence.js";
import { composerShows } from "./composer.js";
import { renderHideSuggestion } from "./moderation.js";

const { t, el, when, call } = window.Dialoog;
const list = $("conversation-list");
const pane = $("conversation");
const campaignPane = $("campaign-panel");

// On a phone the open conversation takes the list's place (CSS); start it at the top,
// and its back button returns to the list where it was.
let queueScroll = 0;
export function showConversationPane() {
  if (!window.matchMedia("(max-width: 700px)").matches) return;
  if (pane.hidden && campaignPane.hidden) return;
  queueScroll = window.scrollY;
  window.scrollTo(0, 0);
}

// At load: the back buttons and "not a threat" (as soon as the page shows them).
export function wirePane() {
  document.querySelectorAll("[data-back]").forEach((button) =>
    button.addEventListener("click", () => {
      const wasOpen = state.openId;
      state.openId = null;
      state.openCampaignId = null;
      state.openDetail = null;
      pane.hidden = true;
      campaignPane.hidden = true;
      list.querySelectorAll(".row.open").forEach((node) => node.classList.remove("open"));
      announcePresence();
      window.scrollTo(0, queueScroll);
      const row = wasOpen && list.querySelector('.row[data-id="' + wasOpen + '"]');
      if (row) row.focus();
    }),
  );
  const threatClear = $("threat-clear");
  if (threatClear) {
    threatClear.addEventListener("click", async () => {
      if (!confirm(t("threat.clear_confirm"))) return;
      await act("/api/messages/" + threatClear.dataset.message + "/not-threat");
      await refreshOpenConversation();
    });
  }
}

export async function openConversation(id) {
  state.openId = id;
  state.openCampaignId = null;
  campaignPane.hidden = true;
  pane.hidden = false;
  unread.delete(id);
  renderUnreadCount();
  showConversationPane();
  list.querySelectorAll(".row").forEach((node) => node.classList.toggle("open", Number(node.dataset.id) === id));
  list.querySelectorAll(".row.open").forEach((node) => node.classList.remove("unread"));
  const detail = await call("GET", "/api/conversations/" + id);
  if (state.openId !== id) return; // another row was opened meanwhile: its answer is the one to show
  state.openDetail = detail;
  state.seenUntil = new Date().toISOString();
  renderConversation(state.openDetail);
  announcePresence();
}

export async function refreshOpenConversation() {
  const id = state.openId;
  if (!id) return;
  const detail = await call("GET", "/api/conversations/" + id);
  if (state.openId !== id) return; // another conversation was opened meanwhile: this answer is stale
  state.openDetail = detail;
  renderConversation(detail);
}

// The open conversation is gone (its voter was erased): show none.
export function closePane() {
  state.openId = null;
  state.openDetail = null;
  pane.hidden = true;
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
  renderHideSuggestion(detail);
  renderMessages(detail);
  $("message-list").dataset.conversation = detail.summary.id;
  renderNotes(detail.notes || []);
  renderHistory(detail.history || []);
  renderVoter(detail.contact.id);
  renderPresence();
  composerShows();
}

function renderAssignee(summary) {
  const choice = $("assignee-choice");
  const options = [el("option", null, t("conv.nobody"))];
  options[0].value = "";
  for (const member of state.me.members) {
    const option = el("option", null, member.name);
    option.value = member.id;
    options.push(option);
  }
  choice.replaceChildren(...options);
  choice.value = summary.assignee_id ? String(summary.assignee_id) : "";
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

function renderNotes(notes) {
  $("note-list").replaceChildren(
    ...notes.map((note) => {
      const item = el("li", "note");
      item.append(el("div", "meta", note.author + " · " + when(note.created_at)), el("div", "text", note.body));
      return item;
    }),
  );
}

// Once the user is known: the head's actions and the notes.
export function wireConversation() {
  const path = () => "/api/conversations/" + state.openId;
  $("assign-me").addEventListener("click", () => act(path() + "/assign", { user_id: "me" }));
  $("assignee-choice").addEventListener("change", (event) =>
    act(path() + "/assign", { user_id: event.target.value ? Number(event.target.value) : null }));
  $("close-conversation").addEventListener("click", () => act(path() + "/status", { status: "closed" }));
  $("reopen-conversation").addEventListener("click", () => act(path() + "/status", { status: "open" }));
  $("mark-pending").addEventListener("click", () => act(path() + "/status", { status: "pending" }));
  $("snooze").addEventListener("click", () => {
    const value = $("snooze-until").value;
    if (value) act(path() + "/status", { status: "snoozed", snoozed_until: new Date(value).toISOString() });
  });
  $("note-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      await call("POST", path() + "/notes", { body: $("note-text").value });
      $("note-text").value = "";
    } catch (failure) {
      alert(t("common.error", { error: failure.message }));
    }
  });
}
