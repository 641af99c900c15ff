// The composer: writing a reply (typed, or a canned reply filled in for the voter), its length
// counted the channel's way, the send button's label (submit for approval or send), sending
// (with the 409 "a colleague answered meanwhile" question), Meta's reply window, and the office's
// replies not yet sent in the message list (delivery state, "send again", a draft sent back to
// revise). The hook for "Answered before" (suggestions.js): each conversation shown is announced
// with the "dialoog:conversation" event, and its "Use" fills the text and fires "input" here.

import { $, act, state } from "./state.js";
import { refreshOpenConversation } from "./conversation.js";
import { othersOn, stoppedTyping, typed } from "./presence.js";

const { t, el, when, call } = window.Dialoog;
const replyText = $("reply-text");
const replyError = $("reply-error");

// The open conversation was drawn: refresh what the composer shows for it, and tell suggestions.js.
export function composerShows() {
  checkLength();
  showReplyWindow();
  document.dispatchEvent(new CustomEvent("dialoog:conversation", { detail: { id: state.openId } }));
}

function onTyping() {
  typed();
  scheduleLengthCheck();
}

let lengthTimer = null;
function scheduleLengthCheck() {
  clearTimeout(lengthTimer);
  lengthTimer = setTimeout(checkLength, 250);
}

async function checkLength() {
  const counter = $("reply-length");
  if (!state.openId || !replyText.value) {
    counter.textContent = "";
    $("reply-send").disabled = false;
    return;
  }
  const length = await call("POST", "/api/length", { conversation_id: state.openId, text: replyText.value }).catch(() => null);
  if (!length || length.limit === null) {
    counter.textContent = "";
    return;
  }
  counter.textContent = t("reply.length", { ...length, unit: t("reply.unit." + length.unit) }) + (length.ok ? "" : " · " + t("reply.too_long"));
  counter.classList.toggle("over", !length.ok);
  $("reply-send").disabled = !length.ok;
}

export function updateSendLabel() {
  const held = state.me.office.require_approval && state.me.role !== "politician";
  $("reply-send").textContent = held ? t("reply.submit_approval") : t("reply.send");
}

export async function loadCanned() {
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
      await call("POST", "/api/conversations/" + state.openId + "/replies", {
        text: replyText.value, seen_until: state.seenUntil, force: force,
      });
    }
  } catch (failure) {
    if (failure.status === 409 && confirm(t("reply.collision", { error: failure.message }))) return sendReply(true);
    replyError.textContent = failure.message || t("reply.failed_queue", { status: failure.status });
    return;
  }
  replyText.value = "";
  delete replyText.dataset.resubmit;
  stoppedTyping();
  await refreshOpenConversation();
  state.seenUntil = new Date().toISOString();
}

async function showReplyWindow() {
  const notice = $("reply-window");
  notice.textContent = "";
  if (!state.openDetail || !["facebook", "instagram"].includes(state.openDetail.summary.channel)) return;
  const window_ = await call("GET", "/api/conversations/" + state.openId + "/reply-window").catch(() => null);
  if (!window_) return;
  if (!window_.open) notice.textContent = window_.reason;
  else if (window_.closes_at) notice.textContent = t("reply.window_closes", { when: when(window_.closes_at) });
}

// A reply of the office not yet sent, in the message list: its state, "send again" after a
// failure nobody retries, and a draft the politician sent back, with "revise" for its author.
export function renderPendingReply(reply) {
  const item = el("li", "message outbound pending");
  item.dataset.replyId = reply.id;
  const status = el("div", "reply-state " + reply.state, t("reply.state." + reply.state) + (reply.error ? ": " + reply.error : ""));
  item.append(el("div", "meta", reply.author), el("div", "text", reply.text), status);
  if (reply.state === "failed" && !reply.next_attempt_at) {
    const again = el("button", "retry", t("reply.retry"));
    again.type = "button";
    again.addEventListener("click", () => act("/api/replies/" + reply.id + "/retry").then(refreshOpenConversation));
    item.append(again);
  }
  if (reply.state === "draft" && reply.review_comment) {
    item.append(el("div", "review-comment", reply.review_comment));
    if (reply.author_id === state.me.id) {
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

export function wireComposer() {
  $("reply-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const others = othersOn(state.openId).typing;
    if (others.length && !confirm(t("reply.someone_typing", { names: others.join(", ") }))) return;
    sendReply(false);
  });
  replyText.addEventListener("input", onTyping);
  $("canned-choice").addEventListener("change", async (event) => {
    if (!event.target.value || !state.openId) return;
    const filled = await call("GET", "/api/canned/" + event.target.value + "/for/" + state.openId);
    replyText.value = filled.text;
    event.target.value = "";
    onTyping();
  });
}
