"""HTML from voters' mail: sanitised with nh3 for display, and turned into readable text.

The sanitiser keeps structure (paragraphs, lists, tables, links) and drops everything that
can run, track or restyle the page: scripts, styles, event handlers, ``style`` attributes,
forms, iframes and every image (remote images are tracking pixels; inline ``cid:`` images
are kept as attachments instead). Links get ``rel="noopener noreferrer nofollow"``.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import nh3

SAFE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "ol", "p", "pre", "q", "s", "small",
    "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
SAFE_ATTRIBUTES = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
DROPPED_WITH_CONTENT = {"script", "style", "title", "head", "template", "noscript", "object", "iframe"}
BLOCK_TAGS = {
    "address", "article", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table",
    "tr", "ul",
}  # fmt: skip
PARAGRAPH_TAGS = {"blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p", "pre", "table", "ul"}
SKIPPED_IN_TEXT = {"script", "style", "head", "title", "template", "noscript"}


def sanitize_html(value: str) -> str:
    """Sanitised HTML that is safe to put in the inbox page."""
    return nh3.clean(
        value,
        tags=SAFE_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=SAFE_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        strip_comments=True,
        link_rel="noopener noreferrer nofollow",
    )


class _TextExtractor(HTMLParser):
    """Collects visible text; blocks become lines, list items bullets, quotes ``>`` lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skipping = 0
        self.quote_depth = 0
        self.href: str | None = None

    def _break(self, *, paragraph: bool = False) -> None:
        line = re.sub(r"[ \t\r\n\f\v\u00a0]+", " ", "".join(self.current)).strip()
        self.current = []
        if line:
            self.lines.append("> " * self.quote_depth + line)
        if paragraph and self.lines and self.lines[-1]:
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_IN_TEXT:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self._break()
        if tag == "blockquote":
            self.quote_depth += 1
        elif tag == "li":
            self.current.append("• ")
        elif tag == "a":
            self.href = dict(attrs).get("href")
        elif tag in {"td", "th"}:
            self.current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_IN_TEXT:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS and tag != "br":
            self._break(paragraph=tag in PARAGRAPH_TAGS)
        if tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag == "a":
            self.href = None

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)


def html_to_text(value: str) -> str:
    """Readable plain text of an HTML mail (quoted parts as ``>`` lines)."""
    extractor = _TextExtractor()
    try:
        extractor.feed(value)
        extractor.close()
    except (AssertionError, ValueError):  # pathological markup: fall back to stripping tags
        return html.unescape(re.sub(r"<[^>]*>", " ", value)).strip()
    extractor._break()
    return "\n".join(extractor.lines).strip()


def text_to_html(text: str) -> str:
    """Escaped HTML paragraphs for an office's plain-text reply."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in paragraph.splitlines()) + "</p>\n"
        for paragraph in paragraphs
    )
