// The live connection: Socket.IO events keep the queue, the open conversation or campaign and
// the presence current. On the first connection, every reconnection and the server's "resync"
// (its Redis subscription came back, so events may be lost) the page reloads what it shows.

import { state } from "./state.js";
import { loadQueue, loadUnread, renderUnreadCount, unread, upsertRows } from "./queue.js";
import { refreshOpenConversation } from "./conversation.js";
import { refreshOpenCampaign } from "./campaign.js";
import { dropErased } from "./voter.js";
import { announcePresence, notePresence } from "./presence.js";

const { t, notify } = window.Dialoog;

// Reload what the page shows, so nothing that happened while offline is missed, and nothing
// is shown twice (rows are keyed by id).
export async function catchUp() {
  await loadQueue(false);
  await loadUnread();
  if (state.openId) await refreshOpenConversation();
  if (state.openCampaignId) await refreshOpenCampaign();
  announcePresence();
}

export function wireSocket(socket) {
  socket.on("connect", catchUp);
  socket.on("resync", catchUp); // the server's event queue was lost for a moment: reload what is shown
  for (const name of ["message.created", "message.triaged", "conversation.updated"]) {
    // One event carries the rows of every conversation a change touched.
    socket.on(name, (payload) => {
      const batch = payload.conversations;
      for (const row of batch) {
        const isNew = name === "message.created" && row.direction === "in";
        if (row.id === state.openId) {
          refreshOpenConversation();
        } else if (isNew) {
          unread.add(row.id);
          if (row.assignee_id === state.me.id) notify(t("notify.new_message", { voter: row.contact_name }));
        }
      }
      upsertRows(batch);
      renderUnreadCount();
    });
  }
  socket.on("reply.updated", (reply) => {
    if (reply.conversation_id === state.openId) refreshOpenConversation();
    if (state.openCampaignId && reply.campaign_id === state.openCampaignId) refreshOpenCampaign();
  });
  socket.on("conversation.erased", (event) => dropErased(event.conversation_ids));
  socket.on("note.created", (note) => {
    if (note.conversation_id === state.openId) refreshOpenConversation();
  });
  socket.on("presence", notePresence);
}
