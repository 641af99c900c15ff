"""Every page speaks the reader's language: nl, fr, de and en, as a user sees them (issue 21).

An office with some life in it (tagged conversations, a campaign awaiting approval, a threat,
a connected, a broken and a disconnected channel, notes, assignments, audit events) is walked
in each interface language by its admin, by staff (the 403 page) and signed out (login,
forgotten password, 404). Every text node, button label, placeholder, aria-label, title and
option text is read from the page. A text fails when

- it contains a text of another language's catalogue that the page's language writes
  differently (``Wachtwoord`` on a French page, ``Approvals`` on a German one);
- it is a raw catalogue key (``nav.inbox``) or a known code (``user.added``);
- on a Dutch, French or German page it reads as English (``the``, ``your``, ``updated``…).

What the test itself wrote (voters' names and messages, the office and people's names,
replies, notes) is data, not interface, and is left out by knowing it.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

import pytest
from sqlalchemy import select, update

from inbox.models import (
    Campaign,
    ChannelAccount,
    ChannelKind,
    Conversation,
    Message,
    Office,
    Role,
    TriageResult,
    User,
    db,
)
from inbox.services.access.users import create_user
from inbox.services.channel_accounts.connection import disconnect_account
from inbox.services.conversations.assignment import assign_conversation
from inbox.services.conversations.notes import add_note
from inbox.services.replies.canned import save_canned_reply
from inbox.services.replies.outgoing import create_reply
from inbox.translations import LANGUAGE_NAMES, LANGUAGES, read_catalog
from tests.factories import PASSWORD
from tests.web.conftest import SCREENSHOTS, browser, live_inbox  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

VOTERS = {
    "Lotte Vermeulen": "@PoliticianBE Wanneer komt er eindelijk een veilig fietspad langs de N8 in Ronse?",
    "Sophie Dubois": "@PoliticianBE Quand les trains vers Bruxelles seront-ils enfin à l'heure ?",
    "Jürgen Schmitz": "@PoliticianBE Wann wird die Straße in Eupen endlich repariert?",
    "Anoniem Account": "@PoliticianBE We weten waar ge woont. Pas maar op.",
}
LETTER = "@PoliticianBE Red buslijn 58! Duizenden pendelaars hebben die lijn elke dag nodig."
CAMPAIGN_VOTERS = ("Marc Peeters", "An Claes", "Wim De Smet")
REPLY = "Beste Marc, lijn 58 blijft rijden. Met vriendelijke groet"
TYPED = "Beste Lotte, bedankt."
NOTE = "Kan iemand dit nakijken voor donderdag?"
CANNED = ("Dank voor uw bericht", "Beste {voter_name}, dank voor uw bericht. {politician_name}")
OFFICE = "Kabinet Testpersoon"
VIEWER = "adviseur@example.test"

# Names that are the same in every language, and the language choice (each language in its own words).
PROPER_NAMES = {
    "Dialoog",
    "Facebook",
    "Instagram",
    "Mastodon",
    "Bluesky",
    "Messenger",
    "WhatsApp",
    "E-mail",
    "PostgreSQL",
    "Redis",
    "Europe/Brussels",
    *LANGUAGE_NAMES.values(),
}
RAW_KEY = re.compile(r"^([a-z_]+(\.[a-z0-9_]+)+|[a-z]+(_[a-z]+)+)$")  # nav.inbox, needs_reply
# English words that are no words in Dutch, French or German: their presence on those pages is a leftover.
ENGLISH = re.compile(
    r"\b(the|and|your|you|with|this|please|updated|loading|failed|cannot|not sent|weighted|"
    r"misconfigured|disconnected|answer in|should|which|there|have been|has been)\b",
    re.IGNORECASE,
)


@dataclass
class Found:
    """One text a page shows, where it shows it, and what is wrong with it."""

    page: str
    where: str
    text: str
    problem: str = ""


@dataclass
class Catalogue:
    """The catalogue's texts by language: {key: [forms]}."""

    texts: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    @classmethod
    def read(cls) -> Catalogue:
        """Every language's texts from the ``.po`` files."""
        texts = {}
        for language in LANGUAGES:
            book = {}
            for message in read_catalog(language):
                if not message.id:
                    continue
                key = message.id[0] if message.pluralizable else message.id
                forms = list(message.string) if message.pluralizable else [message.string]
                book[key] = [form for form in forms if form]
            texts[language] = book
        return cls(texts)

    def foreign(self, language: str) -> dict[str, str]:
        """The other languages' texts this language writes differently: {fragment: "fr:key"}.

        A text with placeholders gives its literal parts. A fragment that any text of
        ``language`` contains as a word (``Campagne``, ``Status``, ``X``) is not foreign.
        """
        own = self.texts[language]
        own_words = "\n".join(form for forms in own.values() for form in forms)
        fragments: dict[str, str] = {}
        for other in LANGUAGES:
            if other == language:
                continue
            for key, forms in self.texts[other].items():
                for form in forms:
                    if form in own.get(key, []):
                        continue
                    for part in re.split(r"\{[^}]*\}", form):
                        part = part.strip(" \t\n.,:;!?()«»\"'“”‘’…·–—-/")
                        if len(part) < 4 or not re.search(r"[^\W\d_]{3}", part) or part in PROPER_NAMES:
                            continue
                        if re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", own_words, re.IGNORECASE):
                            continue
                        fragments.setdefault(part, f"{other}:{key}")
        return fragments


COLLECT = """() => {
  const found = [];
  const where = (node) => {
    const parts = [];
    for (let el = node; el && el !== document.body && parts.length < 3; el = el.parentElement) {
      parts.unshift(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
        + (el.classList.length ? "." + [...el.classList].join(".") : ""));
    }
    return parts.join(" > ");
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const parent = node.parentElement;
    if (!parent || ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(parent.tagName)) continue;
    const marked = parent.closest("[lang]"); // quoted in another language and marked so (a provider's own words)
    if (marked && marked !== document.documentElement && marked.lang !== document.documentElement.lang) continue;
    const text = node.textContent.replace(/\\s+/g, " ").trim();
    if (text) found.push([where(parent), text]);
  }
  const named = "[placeholder], [aria-label], [title], [alt], input[type=submit], input[type=button]";
  for (const el of document.body.querySelectorAll(named)) {
    for (const name of ["placeholder", "aria-label", "title", "alt"]) {
      const value = (el.getAttribute(name) || "").trim();
      if (value) found.push([where(el) + " @" + name, value]);
    }
    const button = el.tagName === "INPUT" && ["submit", "button"].includes(el.type);
    if (button && el.value) found.push([where(el) + " @value", el.value]);
  }
  found.push(["title", document.title]);
  return found;
}"""


def data_strings(live_inbox: dict) -> list[str]:  # noqa: F811
    """What the test wrote: it is shown as written, in whatever language it was written in."""
    with live_inbox["app"].app_context():
        names = [user.name for user in db.session.execute(select(User)).scalars()]
        emails = [user.email for user in db.session.execute(select(User)).scalars()]
        handles = [account.handle for account in db.session.execute(select(ChannelAccount)).scalars()]
        db.session.remove()
    written = [*VOTERS, *VOTERS.values(), *CAMPAIGN_VOTERS, LETTER, REPLY, TYPED, NOTE, *CANNED, OFFICE, "buslijn 58"]
    notes = [f"@{name.split()[0]} {NOTE}" for name in names]
    return sorted({*written, *notes, *names, *emails, *handles, "The Politician"}, key=len, reverse=True)


def is_data(text: str, data: list[str]) -> bool:
    """Whether ``text`` is (a cut of) something the test wrote, rather than interface text."""
    core = text.strip(" …\"'“”«»()@")
    return bool(core) and any(core in item for item in data)


def problems_in(found: list[Found], language: str, foreign: dict[str, str], data: list[str]) -> list[Found]:
    """The texts that are not in ``language``: foreign catalogue text, raw keys, English leftovers."""
    pattern = re.compile(
        r"(?<!\w)(" + "|".join(re.escape(part) for part in sorted(foreign, key=len, reverse=True)) + r")(?!\w)"
    )
    bad = []
    for item in found:
        text = item.text
        if is_data(text, data):
            continue
        for written in data:
            text = text.replace(written, " ")
        if RAW_KEY.match(text.strip()):
            bad.append(Found(item.page, item.where, item.text, "raw key"))
            continue
        match = pattern.search(text)
        if match:
            bad.append(Found(item.page, item.where, item.text, f"{match.group(1)!r} is {foreign[match.group(1)]}"))
            continue
        if language != "en":
            english = ENGLISH.search(text)
            if english:
                bad.append(Found(item.page, item.where, item.text, f"English {english.group(0)!r}"))
    return bad


def populate(live_inbox: dict) -> None:  # noqa: F811
    """Voters write on X (triage tags them for real); a campaign, an approval, notes, channels."""
    sandbox = live_inbox["sandbox"]
    for index, (name, text) in enumerate(VOTERS.items()):
        sandbox.post_tweet(sandbox.add_user(f"voter_{index}", name)["id"], text)
    for index, name in enumerate(CAMPAIGN_VOTERS):
        sandbox.post_tweet(sandbox.add_user(f"letter_{index}", name)["id"], LETTER)
    expected = len(VOTERS) + len(CAMPAIGN_VOTERS)
    with live_inbox["app"].app_context():
        deadline = time.monotonic() + 60
        while True:
            done = db.session.execute(select(TriageResult.message_id)).scalars().all()
            if len(done) >= expected:
                break
            assert time.monotonic() < deadline, f"triage tagged {len(done)} of {expected} messages"
            db.session.remove()
            time.sleep(0.5)
        office = db.session.execute(select(Office)).scalar_one()
        office.name, office.require_approval = OFFICE, True
        admin = db.session.execute(select(User).where(User.email == live_inbox["admin"])).scalar_one()
        staff = db.session.execute(select(User).where(User.email == live_inbox["staff"])).scalar_one()
        db.session.commit()

        letters = db.session.execute(select(Message).where(Message.text == LETTER).order_by(Message.id)).scalars()
        letters = list(letters)
        campaign = Campaign(office_id=office.id, label="buslijn 58", size=len(letters), centroid=b"", fingerprints=b"")
        db.session.add(campaign)
        db.session.flush()
        for message in letters:
            message.triage.campaign_id = campaign.id
        db.session.commit()
        for message in letters:
            create_reply(office.id, message.conversation_id, staff, REPLY, campaign_id=campaign.id)
        lotte = db.session.execute(
            select(Conversation).join(Message).where(Message.text == VOTERS["Lotte Vermeulen"])
        ).scalar_one()
        create_reply(office.id, lotte.id, staff, "Beste Lotte, we kijken het na.")
        add_note(office.id, lotte.id, staff, f"@{admin.name.split()[0]} {NOTE}")
        sophie = db.session.execute(
            select(Conversation).join(Message).where(Message.text == VOTERS["Sophie Dubois"])
        ).scalar_one()
        assign_conversation(office.id, sophie.id, staff, admin.id)
        save_canned_reply(office.id, admin, CANNED[0], "nl", CANNED[1])
        create_user(office.id, VIEWER, "Viewer User", PASSWORD, Role.VIEWER)  # aggregates only

        broken = ChannelAccount(
            office_id=office.id, kind=ChannelKind.MASTODON, handle="kabinet", external_id="m-1", credentials={}
        )
        old = ChannelAccount(
            office_id=office.id, kind=ChannelKind.BLUESKY, handle="oud.bsky.social", external_id="b-1", credentials={}
        )
        db.session.add_all([broken, old])
        db.session.commit()
        disconnect_account(office.id, admin, old.id)
        db.session.remove()


def set_language(live_inbox: dict, language: str) -> None:  # noqa: F811
    with live_inbox["app"].app_context():
        emails = [live_inbox["admin"], live_inbox["staff"], VIEWER]
        db.session.execute(update(User).where(User.email.in_(emails)).values(language=language))
        db.session.commit()
        db.session.remove()


def sign_in(browser, live_inbox: dict, who: str, language: str):  # type: ignore[no-untyped-def]  # noqa: F811
    from playwright.sync_api import expect

    page = browser.new_context(locale=f"{language}-BE", viewport={"width": 1440, "height": 900}).new_page()
    page.goto(live_inbox["base_url"] + "/login")
    page.locator("input[name=email]").fill(live_inbox[who])
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main.login button[type=submit]").click()
    expect(page.locator("#live-state")).to_have_attribute("data-state", "live", timeout=10_000)
    return page


def read(page, name: str) -> list[Found]:  # type: ignore[no-untyped-def]
    page.wait_for_load_state("networkidle")
    folder = SCREENSHOTS / "languages"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.jpg"), type="jpeg", quality=60, full_page=True)
    return [Found(name, where, text) for where, text in page.evaluate(COLLECT)]


def walk(browser, live_inbox: dict, language: str) -> list[Found]:  # noqa: F811
    """Every page in ``language``: signed out, as the admin, as staff."""
    from playwright.sync_api import expect

    base = live_inbox["base_url"]
    found: list[Found] = []
    out = browser.new_context(locale=f"{language}-BE").new_page()
    for name, path, status in (("login", "/login", 200), ("forgot", "/password/forgot", 200), ("404-out", "/x", 404)):
        response = out.goto(base + path)
        assert response is not None and response.status == status, (name, response and response.status)
        found += read(out, f"{name}-{language}")
    out.goto(base + "/login")
    out.locator("input[name=email]").fill(live_inbox["staff"])
    out.locator("input[name=password]").fill("not-the-password")
    out.locator("main.login button[type=submit]").click()
    expect(out.locator(".flash")).to_be_visible()
    found += read(out, f"login-failed-{language}")
    out.context.close()

    admin = sign_in(browser, live_inbox, "admin", language)
    expect(admin.locator("#conversation-list li").first).to_be_visible(timeout=20_000)
    found += read(admin, f"inbox-{language}")
    admin.locator("#notices-toggle").click()
    expect(admin.locator("#notice-list")).to_be_visible()
    found += read(admin, f"notices-{language}")
    admin.locator("#notices-toggle").click()
    rows = admin.locator("#conversation-list li")
    for name, row in (
        ("conversation", rows.filter(has_text="Lotte Vermeulen")),
        ("threat", rows.filter(has_text="Anoniem Account")),
        ("campaign", admin.locator("#conversation-list li.campaign-row")),
    ):
        row.first.click()
        expect(admin.locator("#message-list")).not_to_be_empty()
        if name == "conversation":  # the composer counts as the channel does
            admin.locator("#reply-text").fill(TYPED)
            expect(admin.locator("#reply-length")).not_to_be_empty()
        found += read(admin, f"{name}-{language}")
    admin.locator("header.top .brand").click()  # the keys work where no field has the focus
    admin.keyboard.press("?")
    expect(admin.locator("#shortcuts")).to_be_visible()
    found += read(admin, f"keys-{language}")
    for name, path, ready in (
        ("approvals", "/approvals", "#approval-list > *"),
        ("digest", "/digest", "main.digest"),
        ("dashboard", "/dashboard", "main.dashboard svg"),
        ("admin", "/admin", "#channel-rows td.health >> nth=2"),
        ("privacy", "/privacy", "#retention-form"),
        ("audit", "/audit", "#audit-rows tr"),
        ("account", "/account", "#account-settings"),
        ("password", "/account/password", "input[name=current]"),
        ("404", "/nergens", "main.error-page"),
    ):
        response = admin.goto(base + path)
        assert response is not None and response.status == (404 if name == "404" else 200), name
        expect(admin.locator(ready).first).to_be_visible()
        if name == "admin":
            admin.locator("#channel-kind").select_option("mastodon")
        found += read(admin, f"{name}-{language}")
        if name == "digest":  # the flashed answers: a test mail (no mail server here) and saved settings
            admin.locator(".send-test button").click()
            expect(admin.locator(".flash")).to_be_visible()
            found += read(admin, f"digest-test-{language}")
            admin.locator(".digest-settings button[type=submit]").click()
            expect(admin.locator(".flash.success")).to_be_visible()
            found += read(admin, f"digest-saved-{language}")
            response = admin.goto(admin.url.split("?")[0] + "?week=gisteren")  # a week it cannot read
            assert response is not None and response.status == 400
            found += read(admin, f"400-{language}")
    admin.context.close()

    staff = sign_in(browser, live_inbox, "staff", language)
    response = staff.goto(base + "/admin")
    assert response is not None and response.status == 403
    found += read(staff, f"403-{language}")
    staff.context.close()

    viewer = browser.new_context(locale=f"{language}-BE").new_page()  # lands on the dashboard
    viewer.goto(base + "/login")
    viewer.locator("input[name=email]").fill(VIEWER)
    viewer.locator("input[name=password]").fill(PASSWORD)
    viewer.locator("main.login button[type=submit]").click()
    expect(viewer.locator("main.dashboard")).to_be_visible()
    found += read(viewer, f"viewer-dashboard-{language}")
    viewer.goto(base + "/digest")
    expect(viewer.locator("main.digest")).to_be_visible()
    found += read(viewer, f"viewer-digest-{language}")
    viewer.context.close()
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_speaks_the_readers_language(browser, live_inbox, language: str) -> None:  # noqa: F811
    populate(live_inbox)
    set_language(live_inbox, language)
    catalogue = Catalogue.read()
    found = walk(browser, live_inbox, language)
    assert len({item.page for item in found}) >= 25
    bad = problems_in(found, language, catalogue.foreign(language), data_strings(live_inbox))
    report = sorted({f"{item.page}: {item.where}: {item.text!r} — {item.problem}" for item in bad})
    assert not report, f"{len(report)} texts not in {language}:\n" + "\n".join(report)


def test_the_check_finds_foreign_words_keys_and_english() -> None:
    """The check itself: a French word on a Dutch page, a raw key, an English leftover."""
    catalogue = Catalogue.read()
    foreign = catalogue.foreign("nl")
    french = catalogue.texts["fr"]["nav.approvals"][0]
    texts = [french, "nav.inbox", "updated 10:12", "Inbox", "Lotte Vermeulen", "Goedkeuringen"]
    found = [Found("probe", "p", text) for text in texts]
    bad = problems_in(found, "nl", foreign, ["Lotte Vermeulen"])
    assert [item.text for item in bad] == [french, "nav.inbox", "updated 10:12"]
