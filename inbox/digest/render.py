"""Render a computed digest into one e-mail: a plain-text part and an HTML part with inline PNG charts.

Both parts come from the same :class:`~inbox.digest.data.Digest` and the templates in
``inbox/web/templates/digest/``. The MIME layout is ``multipart/alternative`` (text, then
``multipart/related`` with the HTML and its images by Content-ID), which Outlook, Gmail and
Apple Mail all show inline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from flask import current_app

from inbox.digest import charts, i18n
from inbox.digest.data import Digest
from inbox.digest.names import channel_name

CHART_TOPICS = 8


@dataclass
class RenderedDigest:
    """Subject, text, HTML and the images the HTML refers to (Content-ID without brackets → PNG)."""

    subject: str
    text: str
    html: str
    images: dict[str, bytes] = field(default_factory=dict)


def subject_of(digest: Digest) -> str:
    """The e-mail subject in the digest's language."""
    key = "subject_quiet" if digest.quiet else "subject"
    return i18n.t(digest.language, key, office=digest.office_name, week=digest.week_label)


def topic_bars(digest: Digest) -> list[charts.Bar]:
    """The chart's data: the busiest topics this week with their voters last week."""
    return [charts.Bar(line.name, line.voters, line.previous_voters) for line in digest.all_topics[:CHART_TOPICS]]


def template_helpers(language: str, timezone: str | None = None) -> dict[str, Any]:
    """Functions the digest templates call, bound to ``language`` (and the office's time zone)."""
    lang = i18n.language_of(language)
    return {
        "lang": lang,
        "t": i18n.t,
        "date": lambda value: i18n.format_date(value, lang, timezone),
        "duration": lambda seconds: i18n.format_duration(seconds, lang),
        "signed": i18n.signed,
        "channel_name": channel_name,
    }


def render_digest(digest: Digest) -> RenderedDigest:
    """The digest's subject, text and HTML (with a topics chart unless the week was quiet)."""
    subject = subject_of(digest)
    helpers = template_helpers(digest.language, digest.timezone)
    images: dict[str, bytes] = {}
    chart_cid = ""
    if not digest.quiet and digest.all_topics:
        chart_cid = make_msgid(idstring="topics", domain="digest.dialoog")[1:-1]
        images[chart_cid] = charts.bars_png(
            topic_bars(digest), i18n.t(digest.language, "this_week"), i18n.t(digest.language, "last_week")
        )
    env = current_app.jinja_env
    context = {"d": digest, "subject": subject, "chart_cid": chart_cid, **helpers}
    html = env.get_template("digest/email.html").render(context)
    text = env.get_template("digest/email.txt").render(context)
    return RenderedDigest(subject=subject, text=text.strip() + "\n", html=html, images=images)


def build_email(
    rendered: RenderedDigest, sender: str, recipient: str, language: str, message_id: str | None = None
) -> EmailMessage:
    """The MIME message: text/plain alternative to text/html with its related inline images."""
    message = EmailMessage()
    message["Subject"] = rendered.subject
    message["From"] = sender
    message["To"] = recipient
    message["Auto-Submitted"] = "auto-generated"
    if message_id:
        message["Message-ID"] = message_id
    message.set_content(rendered.text, subtype="plain", charset="utf-8")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8")
    html_part = message.get_payload()[1]
    for cid, png in rendered.images.items():
        html_part.add_related(
            png, maintype="image", subtype="png", cid=f"<{cid}>", disposition="inline", filename="topics.png"
        )
    message["Content-Language"] = i18n.language_of(language)  # after the parts: set_content drops Content-*
    return message
