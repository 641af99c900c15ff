// The politician's approval queue: approve, edit then approve, or send back with a comment.
// A campaign answer (one reply per voter) is one card: the per-voter list to review (name,
// channel, personalised greeting), voters excludable, one approval for the rest.
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
      el("p", "channel", channelLine(reply)),
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

  function channelLine(reply) {
    return t("approvals.goes_out_on", { channel: t("channel." + reply.channel), account: accountName(reply) });
  }

  const status = el("p", "approvals-status");
  status.id = "approvals-status";
  status.setAttribute("role", "status");
  list.before(status);

  // One card for every reply of a campaign: the letter, the answer, each voter with a checkbox.
  function renderCampaign(replies) {
    const first = replies[0];
    const item = el("li", "approval campaign-approval");
    item.dataset.campaign = first.campaign_id;
    const voters = el("ul", "campaign-voters");
    const boxes = [];
    for (const reply of replies) {
      const row = el("li", "campaign-voter");
      row.dataset.id = reply.id;
      const label = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.disabled = !canApprove;
      box.value = reply.id;
      box.setAttribute("aria-label", t("approvals.include_voter", { voter: reply.voter }));
      boxes.push(box);
      label.append(box, el("span", "voter-name", reply.voter));
      const full = el("details", "full-text");
      full.append(el("summary", null, t("approvals.full_text")), el("p", null, reply.text));
      row.append(label, el("span", "voter-channel", channelLine(reply)), el("q", "greeting", reply.greeting), full);
      voters.append(row);
    }
    const answer = el("blockquote", "draft campaign-draft", first.text);
    item.append(
      el("h2", null, t("approvals.campaign_heading", { label: first.campaign_label, count: replies.length })),
      el("blockquote", "voter-text", first.voter_text),
      el("p", "meta", t("approvals.drafted_by", { author: first.author }) + " · " + when(first.created_at)),
      el("p", "example-for", t("approvals.example_for", { voter: first.voter })),
      answer,
      voters,
    );
    if (canApprove) {
      const approve = el("button", "approve approve-all");
      const problem = el("p", "error");
      problem.setAttribute("role", "alert");
      const count = () => boxes.filter((box) => box.checked).length;
      const label = () => {
        approve.textContent = t("approvals.approve_campaign", { count: count() });
        approve.disabled = count() === 0;
      };
      boxes.forEach((box) => box.addEventListener("change", label));
      label();
      approve.addEventListener("click", async () => {
        const exclude = boxes.filter((box) => !box.checked).map((box) => Number(box.value));
        exclude.forEach((id) => separate.add(id)); // left out: shown on their own card, to edit or send back
        approve.disabled = true;
        try {
          const done = await call("POST", "/api/approvals/campaigns/" + first.campaign_id + "/approve", { exclude: exclude });
          status.textContent = t("approvals.campaign_approved", { count: done.approved });
          await load();
        } catch (failure) {
          problem.textContent = failure.message;
          label();
        }
      });
      item.append(approve, problem);
    }
    return item;
  }

  const separate = new Set(); // replies the politician left out of a campaign approval

  async function load() {
    const data = await call("GET", "/api/approvals");
    const campaigns = new Map();
    for (const reply of data.replies) {
      if (reply.campaign_id && !separate.has(reply.id)) campaigns.set(reply.campaign_id, [...(campaigns.get(reply.campaign_id) || []), reply]);
    }
    const items = [];
    const shown = new Set();
    for (const reply of data.replies) {
      const group = reply.campaign_id && !separate.has(reply.id) ? campaigns.get(reply.campaign_id) : null;
      if (group && group.length > 1) {
        if (!shown.has(reply.campaign_id)) items.push(renderCampaign(group));
        shown.add(reply.campaign_id);
      } else {
        items.push(renderItem(reply));
      }
    }
    list.replaceChildren(...items);
    document.getElementById("approvals-empty").hidden = data.replies.length > 0;
  }

  window.Dialoog.start((socket) => {
    socket.on("connect", load);
    let pending = null; // a campaign brings hundreds of events at once: load once after them
    socket.on("reply.updated", (reply) => {
      if (reply.state === "awaiting_approval" && !list.querySelector('[data-id="' + reply.id + '"]') && !pending) {
        pending = setTimeout(() => {
          pending = null;
          load();
        }, 300);
      }
    });
    if (socket.connected) load();
  });
})();
