// The campaign panel's "what the voters wrote": the letter (the most common text) and its
// variants (the sentences personalised copies added or left out). Drawn when the inbox opens
// a campaign (the "dialoog:campaign" event from static/inbox/campaign.js). Voter text is inserted with textContent only.
"use strict";

(function () {
  const { t, el } = window.Dialoog;
  const style = el("link");
  style.rel = "stylesheet";
  style.href = "/static/campaign_letter.css";
  document.head.append(style);

  function box() {
    let section = document.getElementById("campaign-letter");
    if (!section) {
      section = el("section", "campaign-letter");
      section.id = "campaign-letter";
      document.getElementById("campaign-title").after(section);
    }
    return section;
  }

  function variantItem(variant) {
    const item = el("li", "campaign-variant");
    item.append(el("p", "variant-voters", variant.voters.join(", ")));
    for (const sentence of variant.added) item.append(el("ins", "variant-added", sentence));
    for (const sentence of variant.left_out) item.append(el("del", "variant-left-out", sentence));
    return item;
  }

  function render(overview) {
    const section = box();
    if (!overview.letter) {
      section.replaceChildren();
      return;
    }
    const letter = el("blockquote", "campaign-letter-text", overview.letter);
    const parts = [
      el("h3", null, t("campaign.letter")),
      letter,
      el("p", "meta", t("campaign.letter_senders", { count: overview.letter_count })),
      el("h3", null, t("campaign.variants")),
    ];
    if (overview.variants.length) {
      const list = el("ul", "campaign-variants");
      list.append(...overview.variants.map(variantItem));
      parts.push(list);
    } else {
      parts.push(el("p", "empty", t("campaign.no_variants")));
    }
    section.replaceChildren(...parts);
  }

  document.addEventListener("dialoog:campaign", (event) => render(event.detail));
})();
