// The keyboard: j/k next and previous row, a assign to me, r reply, c close and move on,
// / search, ? the list of keys. Escape leaves a text field; keys typed in a field are text.

import { $, act, state } from "./state.js";
import { openConversation } from "./conversation.js";

const list = $("conversation-list");

function visibleRowIds() {
  return [...list.querySelectorAll(".row[data-id]")].map((node) => Number(node.dataset.id));
}

function step(offset) {
  const ids = visibleRowIds();
  if (!ids.length) return;
  const index = ids.indexOf(state.openId);
  const next = ids[Math.min(Math.max(index + offset, 0), ids.length - 1)];
  if (index === -1) openConversation(ids[0]);
  else if (next !== state.openId) openConversation(next);
}

// After closing, open the conversation below the closed one (or above it, at the end of the list).
async function closeAndMoveOn() {
  const closed = state.openId;
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
  const openId = state.openId;
  const actions = {
    j: () => step(1),
    k: () => step(-1),
    a: () => openId && act("/api/conversations/" + openId + "/assign", { user_id: "me" }),
    r: () => openId && $("reply-text").focus(),
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

export function wireKeyboard() {
  document.addEventListener("keydown", onKey);
}
