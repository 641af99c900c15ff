// Presence: who views and who types in which conversation. This page tells the others what it
// shows and whether its user is typing (on every change and every 10 s); the others' entries
// arrive as "presence" events and count for 25 s. Shown over the open conversation.

import { $, state } from "./state.js";

const { t } = window.Dialoog;
const PRESENCE_TTL_MS = 25000;
const presence = new Map(); // user id -> {name, conversation_id, typing, at}
let typing = false;
let typingTimer = null;

export function announcePresence() {
  const socket = state.socket;
  if (socket && socket.connected) socket.emit("presence", { conversation_id: state.openId, typing: typing });
}

// A colleague's "presence" event.
export function notePresence(entry) {
  presence.set(entry.user_id, { name: entry.name, conversation_id: entry.conversation_id, typing: entry.typing, at: Date.now() });
  renderPresence();
}

export function othersOn(conversationId) {
  const now = Date.now();
  const viewing = [];
  const typingNames = [];
  for (const [userId, entry] of presence) {
    if (now - entry.at > PRESENCE_TTL_MS) {
      presence.delete(userId);
      continue;
    }
    if (userId === state.me.id || entry.conversation_id !== conversationId) continue;
    (entry.typing ? typingNames : viewing).push(entry.name);
  }
  return { viewing: viewing, typing: typingNames };
}

export function renderPresence() {
  if (!state.openId) return;
  const others = othersOn(state.openId);
  const parts = [];
  if (others.typing.length) parts.push(t("conv.typing", { names: others.typing.join(", ") }));
  if (others.viewing.length) parts.push(t("conv.viewing", { names: others.viewing.join(", ") }));
  $("presence").textContent = parts.join(" · ");
  $("presence").classList.toggle("warning", others.typing.length > 0);
}

// The user typed in the composer: say so, and stop saying so after 5 s without typing.
export function typed() {
  if (!typing) {
    typing = true;
    announcePresence();
  }
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    typing = false;
    announcePresence();
  }, 5000);
}

// The reply went out: no longer typing.
export function stoppedTyping() {
  typing = false;
  announcePresence();
}

export function wirePresence() {
  setInterval(() => {
    announcePresence();
    renderPresence();
  }, 10000);
}
