// One row of the queue: a conversation (name, channel, at most three tags with threat and abuse
// first, status, assignee, snippet, age) or a campaign (its voters in one row). A click opens it.
// Voter text is inserted with textContent only; an abusive snippet is blurred (messages.js).

import { state } from "./state.js";
import { unread } from "./queue.js";
import { abusive } from "./messages.js";
import { openConversation } from "./conversation.js";
import { openCampaign } from "./campaign.js";

const { t, el, when } = window.Dialoog;

function topicName(code) {
  const topic = state.topics.find((choice) => choice.code === code);
  return topic ? topic.name : code;
}

// A top topic the model was unsure of reads "uncertain (maybe Energy)", muted (issue 16).
function topicBadge(tags) {
  if (!tags.topic_uncertain) return el("span", "tag topic", topicName(tags.topic));
  const badge = el("span", "tag topic uncertain", t("tag.topic_maybe", { topic: topicName(tags.topic) }));
  badge.title = t("tag.topic_uncertain");
  return badge;
}

function tagBadges(row) {
  const tags = row.tags || {};
  const badges = [];
  const language = tags.language || row.language;
  if (language) {
    const badge = el("span", "tag lang", language);
    badge.title = t("language." + language);
    badges.push(badge);
  }
  if (tags.topic) badges.push(topicBadge(tags));
  if (tags.topic_second) badges.push(el("span", "tag topic second", topicName(tags.topic_second)));
  if (tags.sentiment) badges.push(el("span", "tag sentiment " + tags.sentiment, t("sentiment." + tags.sentiment)));
  if (tags.needs_reply) badges.push(el("span", "tag needs-reply", t("tag.needs_reply")));
  // safety first: a row shows three tags, and threat and abuse must be among them
  if (tags.toxic) badges.unshift(el("span", "tag toxic", t("tag.toxic")));
  if (row.has_threat || tags.threat) badges.unshift(el("span", "tag threat", t("tag.threat")));
  return badges;
}

export function renderRow(row) {
  const item = el("li", "row");
  item.dataset.id = row.id;
  item.tabIndex = -1;
  item.classList.toggle("open", row.id === state.openId);
  item.classList.toggle("unread", unread.has(row.id));
  const head = el("div", "row-head");
  const channel = el("span", "channel", t("channel." + row.channel));
  channel.dataset.channel = row.channel;
  const badges = tagBadges(row);
  const name = el("span", "name", row.contact_name);
  name.title = row.contact_name;
  head.append(name, channel, ...badges);
  // the row shows three tags (CSS); every tag stays readable on hover
  if (badges.length > 3) head.title = badges.map((badge) => badge.textContent).join(" · ");
  if (row.tags && row.tags.campaign_id) head.append(el("span", "tag campaign", t("tag.campaign", { id: row.tags.campaign_id })));
  head.append(el("span", "status", t("status." + row.status)));
  if (row.assignee) head.append(el("span", "assignee", "→ " + row.assignee));
  item.classList.toggle("threat", !!row.has_threat);
  item.append(head, abusive(el("div", "snippet", row.snippet), row.tags), el("time", "when", when(row.last_activity_at)));
  item.addEventListener("click", () => openConversation(row.id));
  return item;
}

export function renderCampaignRow(row, group) {
  const item = el("li", "row campaign-row");
  item.dataset.campaign = row.tags.campaign_id;
  const size = row.tags.campaign_size || group.length;
  const head = el("div", "row-head");
  head.append(
    el("span", "name", t("tag.campaign", { id: row.tags.campaign_id })),
    el("span", "tag campaign", t("campaign.voters", { count: size })),
    ...tagBadges(row),
  );
  item.append(head, el("div", "snippet", row.snippet), el("time", "when", when(row.last_activity_at)));
  item.addEventListener("click", () => openCampaign(row.tags.campaign_id));
  return item;
}
