// An open campaign (many voters, one letter): its panel with one answer per language for all
// of them and each voter's delivery state. What the voters wrote is drawn by campaign_letter.js
// on the "dialoog:campaign" event.

import { $, state } from "./state.js";
import { showConversationPane } from "./conversation.js";
import { announcePresence } from "./presence.js";

const { t, el, call } = window.Dialoog;

export async function openCampaign(campaignId) {
  state.openCampaignId = campaignId;
  state.openId = null;
  $("conversation").hidden = true;
  $("campaign-panel").hidden = false;
  showConversationPane();
  announcePresence();
  const overview = await call("GET", "/api/campaigns/" + campaignId);
  renderCampaign(overview, true);
}

export function renderCampaign(overview, withForm) {
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
      const delivery = voter.reply_state ? t("reply.state." + voter.reply_state) : "—";
      row.append(
        // one voter per row: the channel their answer goes to first, then the others they wrote on
        el("td", null, voter.voter), el("td", null, [voter.channel, ...(voter.channels || []).filter((c) => c !== voter.channel)].map((c) => t("channel." + c)).join(" + ")), el("td", null, voter.language ? t("language." + voter.language) : "?"),
        el("td", "reply-state " + (voter.reply_state || ""), delivery + (voter.reply_error ? ": " + voter.reply_error : "")),
      );
      return row;
    }),
  );
}

// Reload the open campaign's panel (its voters' delivery states), keeping the answer being typed.
export async function refreshOpenCampaign() {
  renderCampaign(await call("GET", "/api/campaigns/" + state.openCampaignId), false);
}

// At load: answering every voter of the open campaign.
export function wireCampaign() {
  $("campaign-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const texts = {};
    for (const [language, text] of new FormData(event.target)) texts[language] = text;
    try {
      renderCampaign(await call("POST", "/api/campaigns/" + state.openCampaignId + "/reply", { texts: texts }), false);
    } catch (failure) {
      alert(t("common.error", { error: failure.message }));
    }
  });
}
