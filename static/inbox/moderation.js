// The "hide comment" suggestion (issue 17): an abusive Facebook or Instagram comment that is still
// public gets a banner over the conversation ("This comment is abusive: hide it on Facebook?") with
// one click that hides it through the existing hide action, and a way to dismiss the suggestion.
// The server decides when to suggest (detail.hide_suggestion, services/safety/hide_suggestion.py).
// A threat is evidence: the banner asks for the evidence bundle first and offers "hide" only once
// it was exported. Hiding never deletes Dialoog's copy. Voter text is never inserted here.

import { $, state } from "./state.js";
import { refreshOpenConversation } from "./conversation.js";

const { t, el, call } = window.Dialoog;

// What the last click did, kept while its conversation stays open (the refresh that follows a
// hide no longer has a suggestion, but the person should still read the result).
let result = null; // {conversationId, text, failed}

function banner() {
  let node = $("hide-suggestion");
  if (!node) {
    node = el("div", "hide-suggestion");
    node.id = "hide-suggestion";
    node.setAttribute("role", "status");
    $("message-list").before(node);
  }
  return node;
}

export function renderHideSuggestion(detail) {
  const node = banner();
  const suggestion = detail.hide_suggestion;
  const shown = result && result.conversationId === detail.summary.id ? result : null;
  if (!suggestion) {
    node.hidden = !shown;
    node.className = "hide-suggestion" + (shown && shown.failed ? " failed" : " done");
    node.replaceChildren(...(shown ? [el("span", "result", shown.text)] : []));
    return;
  }
  const channel = t("channel." + suggestion.channel);
  const parts = [];
  if (suggestion.threat && !suggestion.evidence_exported) {
    parts.push(el("span", "question", t("abuse.hide_suggest_threat", { channel: channel })));
    const evidence = el("button", "evidence", t("threat.report_police"));
    evidence.type = "button";
    evidence.addEventListener("click", () => downloadEvidence(suggestion.message_id));
    parts.push(evidence);
  } else {
    parts.push(el("span", "question", t(suggestion.threat ? "abuse.hide_suggest_threat_kept" : "abuse.hide_suggest", { channel: channel })));
    const hide = el("button", "hide", t("abuse.hide_button", { channel: channel }));
    hide.type = "button";
    hide.addEventListener("click", () => hideComment(detail.summary.id, suggestion.message_id, channel, hide));
    parts.push(hide);
  }
  const dismiss = el("button", "dismiss", t("abuse.hide_dismiss"));
  dismiss.type = "button";
  dismiss.addEventListener("click", () => dismissSuggestion(detail.summary.id, suggestion.message_id));
  parts.push(dismiss);
  if (shown && shown.failed) parts.push(el("span", "result failed", shown.text));
  node.hidden = false;
  node.className = "hide-suggestion" + (suggestion.threat ? " threat" : "");
  node.replaceChildren(...parts);
}

async function hideComment(conversationId, messageId, channel, button) {
  button.disabled = true;
  try {
    await call("POST", "/api/messages/" + messageId + "/hide");
    result = { conversationId: conversationId, text: t("abuse.hide_done", { channel: channel }), failed: false };
  } catch (failure) {
    result = { conversationId: conversationId, text: t("abuse.hide_failed", { error: failure.message }), failed: true };
  }
  if (state.openId === conversationId) await refreshOpenConversation();
}

async function dismissSuggestion(conversationId, messageId) {
  try {
    await call("POST", "/api/messages/" + messageId + "/hide-suggestion/dismiss");
    result = null;
  } catch (failure) {
    result = { conversationId: conversationId, text: t("common.error", { error: failure.message }), failed: true };
  }
  if (state.openId === conversationId) await refreshOpenConversation();
}

// The evidence bundle, fetched so the banner learns when it exists (the export is audited on the server).
async function downloadEvidence(messageId) {
  const response = await fetch("/api/messages/" + messageId + "/evidence.zip", { credentials: "same-origin" });
  if (!response.ok) {
    alert(t("common.error", { error: response.status }));
    return;
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
  const link = el("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ? name[1] : "evidence.zip";
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  await refreshOpenConversation();
}
