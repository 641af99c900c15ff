// The open conversation's messages: each with its author, time, states (edited, removed, hidden),
// attachments and media (links, never loaded), hide/unhide on Facebook and Instagram, and its
// tags, which one click corrects; abuse blurred until clicked, a threat never. The office's
// replies not yet sent are drawn by composer.js. Voter text is inserted with textContent only.

import { $, act, state } from "./state.js";
import { refreshOpenConversation } from "./conversation.js";
import { renderPendingReply } from "./composer.js";

const { t, el, when, call } = window.Dialoog;
const SENTIMENTS = ["negative", "neutral", "positive"];

export function renderMessages(detail) {
  const items = [];
  for (const message of detail.messages) {
    const item = el("li", "message " + (message.direction === "in" ? "inbound" : "outbound"));
    item.dataset.id = message.id;
    const meta = el("div", "meta");
    meta.append(el("span", "author", message.author + (message.handle ? " @" + message.handle : "")));
    if (message.language) meta.append(el("span", "tag lang", message.language));
    meta.append(el("time", "when", when(message.sent_at)));
    if (message.edited) meta.append(el("span", "tag note", t("message.edited")));
    if (message.removed_at) meta.append(el("span", "tag removed", t("message.removed")));
    if (message.withdrawn_at) meta.append(el("span", "tag removed", t("message.withdrawn")));
    if (message.hidden_at) meta.append(el("span", "tag hidden", t("message.hidden")));
    item.append(meta, abusive(el("div", "text", message.text), message.tags));
    if (message.attachments) item.append(attachmentList(message));
    if (message.media && message.media.length) item.append(mediaList(message.media));
    if (message.direction === "in" && ["facebook", "instagram"].includes(detail.summary.channel) && !message.removed_at) {
      const hide = el("button", "moderate", message.hidden_at ? t("message.unhide") : t("message.hide"));
      hide.type = "button";
      hide.addEventListener("click", () =>
        act("/api/messages/" + message.id + (message.hidden_at ? "/unhide" : "/hide")).then(refreshOpenConversation));
      item.append(hide);
    }
    if (message.tags) item.append(renderTags(message));
    if (message.direction === "out") item.append(el("div", "reply-state sent", t("reply.state.sent")));
    items.push(item);
  }
  for (const reply of detail.replies) {
    if (reply.state === "sent") continue;
    items.push(renderPendingReply(reply));
  }
  $("message-list").replaceChildren(...items);
}

// Abuse is blurred until someone clicks it (issue 17): the office reads it only when it chooses to.
// A threat is never blurred, even when it is also abusive: it must be read and acted on. Each person
// may turn the blur off on their account page (staff wellbeing: /api/me's blur_abuse).
export function abusive(node, tags) {
  if (!tags || !tags.toxic || tags.threat || state.me?.blur_abuse === false) return node;
  node.classList.add("blurred");
  node.title = t("abuse.click_to_show");
  node.addEventListener("click", (event) => {
    if (!node.classList.contains("blurred")) return;
    event.stopPropagation();
    node.classList.remove("blurred");
    node.title = "";
  });
  return node;
}

// What a voter sent besides text (photos, video, GIFs…), on any channel: links to the provider's copy
// with the voter's alt text; never loaded into the page (remote media can track who looks).
function mediaList(media) {
  const box = el("ul", "media");
  for (const item of media) {
    const label = t("media." + item.kind) + (item.alt_text ? ": " + item.alt_text : "");
    const entry = el("li", "media-item " + item.kind);
    if (item.url) {
      const link = el("a", null, label);
      link.href = item.url;
      link.rel = "noopener noreferrer nofollow";
      link.target = "_blank";
      entry.append(link);
    } else {
      entry.textContent = label;
    }
    box.append(entry);
  }
  return box;
}

function attachmentList(message) {
  const box = el("details", "attachments");
  box.append(el("summary", null, t("message.attachments", { count: message.attachments })));
  box.addEventListener("toggle", async () => {
    if (!box.open || box.dataset.loaded) return;
    box.dataset.loaded = "1";
    const data = await call("GET", "/attachments/message/" + message.id);
    const items = el("ul");
    for (const file of data.attachments) {
      const entry = el("li");
      const label = file.name + " (" + file.type + ", " + Math.ceil(file.size / 1024) + " KB)";
      if (file.url) {
        const link = el("a", null, label);
        link.href = file.url;
        link.setAttribute("download", "");
        entry.append(link);
      } else {
        entry.textContent = label;
      }
      items.append(entry);
    }
    box.append(items);
  });
  return box;
}

// ---- tags, and correcting them ----

function choice(messageId, tag, value, options, corrected) {
  const select = el("select", "tag-choice " + tag + (corrected ? " corrected" : ""));
  select.setAttribute("aria-label", t("filter." + tag)); // the tag's name in the reader's language
  select.dataset.tag = tag;
  for (const [optionValue, label] of options) {
    const option = el("option", null, label);
    option.value = optionValue;
    option.selected = optionValue === String(value);
    select.append(option);
  }
  select.addEventListener("change", () =>
    correct(messageId, tag, select.value === "true" ? true : select.value === "false" ? false : select.value));
  return select;
}

function renderTags(message) {
  const tags = message.tags;
  const bar = el("div", "tags");
  if (tags.state === "pending") {
    bar.append(el("span", "tag pending", t("tag.tagging")));
    return bar;
  }
  if (tags.state === "failed") bar.append(el("span", "tag failed", t("tag.failed") + (tags.error ? " (" + tags.error + ")" : "")));
  if (!tags.corrected) return bar;
  const corrected = new Set(tags.corrected);
  const topicOptions = state.topics.map((topic) => [topic.code, topic.name]);
  if (tags.topic && !topicOptions.some(([code]) => code === tags.topic)) topicOptions.unshift([tags.topic, tags.topic]);
  const topic = choice(message.id, "topic", tags.topic, topicOptions, corrected.has("topic"));
  if (tags.topic_uncertain) {
    // a guess: said in words, the guessed topic muted in the picker until someone chooses
    const guessed = topicOptions.find(([code]) => code === tags.topic);
    topic.classList.add("uncertain");
    topic.title = t("tag.topic_maybe", { topic: guessed ? guessed[1] : tags.topic });
    bar.append(el("span", "tag topic-uncertain", t("tag.topic_uncertain")));
  }
  bar.append(topic);
  if (tags.topic_second) {
    const second = topicOptions.find(([code]) => code === tags.topic_second);
    bar.append(el("span", "tag topic second", second ? second[1] : tags.topic_second));
  }
  bar.append(
    choice(message.id, "sentiment", tags.sentiment, SENTIMENTS.map((s) => [s, t("sentiment." + s)]), corrected.has("sentiment")),
    choice(message.id, "needs_reply", tags.needs_reply, [["true", t("tag.needs_reply")], ["false", t("tag.no_reply")]], corrected.has("needs_reply")),
    choice(message.id, "toxic", tags.toxic, [["false", t("tag.not_toxic")], ["true", t("tag.toxic")]], corrected.has("toxic")),
  );
  if (tags.campaign_id) {
    const badge = el("button", "tag campaign", t("tag.campaign", { id: tags.campaign_id }) + " ✕");
    badge.type = "button";
    badge.title = t("tag.not_campaign");
    badge.addEventListener("click", () => correct(message.id, "campaign", null));
    bar.append(badge);
  }
  if (tags.truncated) bar.append(el("span", "tag note", t("tag.truncated")));
  return bar;
}

async function correct(messageId, tag, value) {
  try {
    await call("POST", "/api/messages/" + messageId + "/tags", { tag: tag, value: value });
  } catch (failure) {
    alert(failure.message);
  }
  await refreshOpenConversation();
}
