"""Mastodon status HTML → readable plain text and a sanitised HTML copy.

Statuses arrive as HTML written by any fediverse server, so they are untrusted: the text
is rebuilt from character data only (scripts and styles dropped, entities decoded), and
the HTML kept for display is cleaned by nh3 down to a few harmless tags.
"""

from __future__ import annotations

from html.parser import HTMLParser

import nh3

from inbox.text import storable_text

SKIPPED = {"script", "style", "template", "iframe", "object", "noscript", "svg", "math", "head", "title"}
BLOCKS = {"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
SAFE_TAGS = {
    "p",
    "br",
    "a",
    "span",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
}


def link_text(label: str, href: str, kind: str) -> str:
    """What a link says in plain text: mentions and hashtags keep their label; a web link its whole address.

    Mastodon writes the full address with the hidden parts in ``invisible`` spans; other
    fediverse servers (Pleroma, Misskey, GoToSocial…) often write only a shortened label
    (``vrt.be/nws/2026/…``), which would lose the address; a label that is words is kept
    with the address after it.
    """
    label = label.strip()
    if "mention" in kind or "hashtag" in kind or "tag" in kind or not href.startswith(("http://", "https://")):
        return label
    bare = href.split("://", 1)[1]
    shortened = label.rstrip("…").rstrip(".").removeprefix("https://").removeprefix("http://").removeprefix("www.")
    if not label or label == href or bare.removeprefix("www.").startswith(shortened) or " " not in label:
        return href
    return f"{label} ({href})"


class _TextCollector(HTMLParser):
    """Collects character data; a ``<br>`` is a newline, block elements are paragraphs, links see ``link_text``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.link: tuple[str, str, int] | None = None  # href, class and rel, where its label starts in parts

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Start skipping unsafe containers; turn ``<br>`` into a newline; remember where a link starts."""
        if tag == "a" and not self.skipping and self.link is None:
            found = dict(attrs)
            kind = f"{found.get('class') or ''} {found.get('rel') or ''}".lower()
            self.link = (found.get("href") or "", kind, len(self.parts))
        if tag in SKIPPED:
            self.skipping += 1
        elif tag == "br" and not self.skipping:
            self.parts.append("\n")
        elif tag in BLOCKS and not self.skipping:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """``<br/>`` and other self-closing tags: only ``br`` matters."""
        if tag == "br" and not self.skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """Stop skipping at the end of an unsafe container; end a paragraph; write a link's text."""
        if tag == "a" and self.link is not None:
            href, kind, start = self.link
            self.parts[start:] = [link_text("".join(self.parts[start:]), href, kind)]
            self.link = None
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS and not self.skipping:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        """Keep visible text."""
        if not self.skipping:
            self.parts.append(data)


def html_to_text(content: str) -> str:
    """The visible text of a status: paragraphs separated by a blank line, entities decoded."""
    collector = _TextCollector()
    collector.feed(storable_text(content or ""))
    collector.close()
    lines = "".join(collector.parts).replace("\r", "").split("\n")
    text = "\n".join(line.strip() for line in lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()


def clean_html(content: str) -> str:
    """The status HTML with only harmless tags and ``href`` on links (http/https/mailto)."""
    return nh3.clean(
        storable_text(content or ""),  # nh3 cannot take lone surrogates (JSON may carry them)
        tags=SAFE_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
