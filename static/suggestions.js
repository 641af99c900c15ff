// "Answered before" (issue 20): for the open conversation, the office's three best earlier answers
// (the question each answered, date, author, channel, similarity) and its best canned replies.
// "Use" fills the composer; "Not relevant" hides one here; "Outdated" hides an answer for good.
// The inbox (static/inbox/composer.js) announces each conversation it shows with the "dialoog:conversation" event.
// Voter text is always inserted with textContent, never as HTML.
"use strict";

(function () {
  const { t, el, when, call } = window.Dialoog;
  const $ = (id) => document.getElementById(id);
  const panel = $("answered-before");
  if (!panel) return;
  const list = $("answered-before-list");
  const cannedList = $("answered-before-canned");
  const status = $("answered-before-status");
  const replyText = $("reply-text");
  let conversationId = null;
  let request = 0;

  function fillComposer(text) {
    replyText.value = text;
    replyText.dispatchEvent(new Event("input", { bubbles: true })); // the length check and "typing"
    replyText.focus();
  }

  async function act(url, then) {
    try {
      const answer = await call("POST", url);
      if (then) then(answer);
    } catch (failure) {
      status.textContent = t("common.error", { error: failure.message });
    }
  }

  function button(label, className, onClick) {
    const node = el("button", className, label);
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  function languageNote(item, voterLanguage) {
    if (!item.other_language) return null;
    return el("span", "tag lang other-language", t("answers.other_language", {
      language: t("language." + item.language), voter: t("language." + voterLanguage),
    }));
  }

  function renderAnswer(item, voterLanguage) {
    const entry = el("li", "answer-suggestion");
    entry.dataset.id = item.id;
    const meta = el("div", "meta");
    meta.append(
      el("span", "similarity", t("answers.similarity", { percent: Math.round(item.similarity * 100) })),
      el("span", "channel", t("channel." + item.channel)),
      el("span", "author", item.author || "—"),
      el("time", "when", when(item.answered_at)),
    );
    if (item.approved) meta.append(el("span", "tag approved", t("answers.approved")));
    const note = languageNote(item, voterLanguage);
    if (note) meta.append(note);
    const question = el("div", "question");
    question.append(el("span", "label", t("answers.question") + " "), el("q", null, item.question));
    entry.append(meta, question);
    if (item.question_only) {
      entry.append(el("p", "personal", t("answers.personal_data")));
    } else {
      entry.append(el("div", "text", item.text));
    }
    const actions = el("div", "actions");
    if (!item.question_only) {
      actions.append(button(t("answers.use"), "use", () =>
        act("/api/conversations/" + conversationId + "/suggestions/" + item.id + "/use", (answer) => fillComposer(answer.text))));
    }
    actions.append(
      button(t("answers.not_relevant"), "not-relevant", () =>
        act("/api/conversations/" + conversationId + "/suggestions/" + item.id + "/not-relevant", load)),
      button(t("answers.outdated"), "outdated", () => {
        if (confirm(t("answers.outdated_confirm"))) act("/api/answers/" + item.id + "/outdated", load);
      }),
    );
    entry.append(actions);
    return entry;
  }

  function renderCanned(item) {
    const entry = el("li", "canned-suggestion");
    entry.dataset.id = item.id;
    entry.append(el("span", "title", "[" + item.language + "] " + item.title));
    if (item.similarity) entry.append(" ", el("span", "similarity", t("answers.similarity", { percent: Math.round(item.similarity * 100) })));
    entry.append(
      " ",
      button(t("answers.use"), "use", () =>
        act("/api/conversations/" + conversationId + "/suggestions/canned/" + item.id + "/use", (answer) => fillComposer(answer.text))),
      " ",
      button(t("answers.not_relevant"), "not-relevant", () =>
        act("/api/conversations/" + conversationId + "/suggestions/canned/" + item.id + "/not-relevant", load)),
    );
    return entry;
  }

  async function load() {
    if (!conversationId) return;
    const mine = ++request;
    let data;
    try {
      data = await call("GET", "/api/conversations/" + conversationId + "/suggestions");
    } catch (failure) {
      if (mine === request) status.textContent = t("common.error", { error: failure.message });
      return;
    }
    if (mine !== request) return; // another conversation was opened meanwhile
    list.replaceChildren(...data.answers.map((item) => renderAnswer(item, data.language)));
    cannedList.replaceChildren(...data.canned.map(renderCanned));
    status.textContent = !data.ready ? t("answers.not_ready") : data.answers.length ? "" : t("answers.none");
  }

  document.addEventListener("dialoog:conversation", (event) => {
    const id = event.detail.id;
    if (id === conversationId && list.childElementCount) return; // a refresh of the same conversation
    conversationId = id;
    list.replaceChildren();
    cannedList.replaceChildren();
    status.textContent = "";
    load();
  });
  document.addEventListener("dialoog:suggestions-stale", load);
})();
