// The inbox page's entry (loaded as <script type="module"> after common.js): wires the modules
// and starts. The page: the filtered queue on the left, one conversation (or a campaign) on the
// right, everything live over Socket.IO; after a lost connection it reloads what it shows.
// Voter text is always inserted with textContent, never as HTML. Which module owns what:
//   state.js         who is signed in, the topics, the connection, what is open; act()
//   queue.js         the filters (the only place deciding which rows show), loading, live rows, unread
//   queue_rows.js    drawing one queue row (conversation or campaign)
//   conversation.js  opening and drawing the open conversation, its head's actions, notes
//   messages.js      its messages, media, attachments, tags and their correction, abuse blur
//   moderation.js    the "hide comment" suggestion for an abusive Facebook/Instagram comment
//   voter.js         the voter: identities, merge suggestions, history, export and erasure
//   composer.js      replies: length, canned replies, sending, drafts to revise, the suggestions hook
//   presence.js      who views and who types
//   campaign.js      an open campaign and its answer to all its voters
//   live.js          Socket.IO events, reconnect and resync
//   keyboard.js      the keyboard shortcuts

import { state } from "./state.js";
import { applyUrlFilters, fillTopicFilter, wireQueueControls } from "./queue.js";
import { openConversation, wireConversation, wirePane } from "./conversation.js";
import { wireErase } from "./voter.js";
import { loadCanned, updateSendLabel, wireComposer } from "./composer.js";
import { wirePresence } from "./presence.js";
import { wireCampaign } from "./campaign.js";
import { catchUp, wireSocket } from "./live.js";
import { wireKeyboard } from "./keyboard.js";

const { call } = window.Dialoog;

wirePane();
wireCampaign();

window.Dialoog.start(async (connection) => {
  state.socket = connection;
  state.me = await call("GET", "/api/me");
  state.topics = (await call("GET", "/api/topics")).topics;
  fillTopicFilter();
  applyUrlFilters();
  updateSendLabel();
  wireQueueControls();
  wireConversation();
  wireComposer();
  wireKeyboard();
  wirePresence();
  wireErase();
  await loadCanned();
  wireSocket(connection);
  if (connection.connected) await catchUp();
  // A notice in the top bar links here with ?open=<conversation id>.
  const asked = Number(new URLSearchParams(window.location.search).get("open"));
  if (asked) openConversation(asked);
});
