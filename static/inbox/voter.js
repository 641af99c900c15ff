// The open conversation's voter: their identities on each channel (unmerge), suggested duplicates
// (merge, dismiss), their other conversations, and for admins and politicians (the buttons exist
// only for them) the export and erasure of the voter, which drops their conversations from the page.

import { $, act, state } from "./state.js";
import { renderQueue, renderUnreadCount, rows, unread } from "./queue.js";
import { closePane, openConversation, refreshOpenConversation } from "./conversation.js";

const { t, el, when, call } = window.Dialoog;

export async function renderVoter(contactId) {
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

export function renderHistory(history) {
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

// ---- privacy: export or erase the open voter (admins and politicians; the buttons exist only for them) ----

function wireVoterPrivacy(contactId) {
  const link = $("voter-export");
  if (link) link.href = "/api/privacy/voters/" + contactId + "/export";
  const button = $("voter-erase");
  if (button) button.dataset.contact = contactId;
}

export function dropErased(conversationIds) {
  for (const id of conversationIds) {
    rows.delete(id);
    unread.delete(id);
    if (id === state.openId) closePane();
  }
  renderQueue();
  renderUnreadCount();
}

export function wireErase() {
  const dialog = $("erase-dialog");
  if (!dialog) return;
  $("voter-erase").addEventListener("click", () => {
    $("erase-who").textContent = state.openDetail ? state.openDetail.contact.name : "";
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
