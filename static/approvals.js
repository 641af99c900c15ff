// The politician's approval queue: approve, edit then approve, or send back with a comment.
// Laid out for a phone. Voter text and drafts are inserted with textContent only.
"use strict";

(function () {
  const { t, el, when, call } = window.Dialoog;
  const list = document.getElementById("approval-list");
  const canApprove = list.dataset.role === "politician";

  // The office's own account the reply is posted from: "@PoliticianBE", or an address.
  function accountName(reply) {
    return ["x", "mastodon", "bluesky", "instagram"].includes(reply.channel) ? "@" + reply.account : reply.account;
  }

  function renderItem(reply) {
    const item = el("li", "approval");
    item.dataset.id = reply.id;
    const voter = el("blockquote", "voter-text", reply.voter_text);
    const draft = el("textarea", "draft");
    draft.value = reply.text;
    draft.rows = 5;
    draft.setAttribute("aria-label", t("approvals.drafted_by", { author: reply.author }));
    draft.readOnly = !canApprove;
    item.append(
      el("h2", null, t("approvals.voter_wrote", { voter: reply.voter })),
      el("p", "channel", t("approvals.goes_out_on", { channel: t("channel." + reply.channel), account: accountName(reply) })),
      voter,
      el("p", "meta", t("approvals.drafted_by", { author: reply.author }) + " · " + when(reply.created_at)),
      draft,
    );
    if (canApprove) {
      const approve = el("button", "approve", t("approvals.approve"));
      const comment = el("input", "comment");
      comment.placeholder = t("approvals.comment");
      comment.setAttribute("aria-label", t("approvals.comment"));
      const sendBack = el("button", "send-back", t("approvals.send_back"));
      const problem = el("p", "error");
      problem.setAttribute("role", "alert");
      approve.addEventListener("click", () => decide("/approve", { text: draft.value }, problem));
      sendBack.addEventListener("click", () => decide("/send-back", { comment: comment.value }, problem));
      item.append(approve, comment, sendBack, problem);
    }
    async function decide(path, body, problem) {
      try {
        await call("POST", "/api/approvals/" + reply.id + path, body);
        item.remove();
        document.getElementById("approvals-empty").hidden = list.children.length > 0;
      } catch (failure) {
        problem.textContent = failure.message;
      }
    }
    return item;
  }

  async function load() {
    const data = await call("GET", "/api/approvals");
    list.replaceChildren(...data.replies.map(renderItem));
    document.getElementById("approvals-empty").hidden = data.replies.length > 0;
  }

  window.Dialoog.start((socket) => {
    socket.on("connect", load);
    socket.on("reply.updated", (reply) => {
      if (reply.state === "awaiting_approval" && !list.querySelector('[data-id="' + reply.id + '"]')) load();
    });
    if (socket.connected) load();
  });
})();
