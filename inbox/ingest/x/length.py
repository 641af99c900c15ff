"""How X counts a reply: 280 *weighted* characters by the twitter-text v3 rules; DMs 10,000 characters.

280 *weighted* characters by the twitter-text v3 rules. The text is NFC-normalised;
code points in U+0000–U+10FF and three General Punctuation ranges weigh 1, all others 2;
every URL (with or without ``http(s)://``) weighs 23 however long it is; every emoji
(a whole sequence: skin tones, ZWJ families, flags, keycaps) weighs 2. Text that is
blank or contains U+FFFE, U+FEFF or U+FFFF is never valid. Checked against the official
conformance cases (``tests/ingest/test_text_limits.py``).
A direct-message conversation (thread key ``x-dm:…``) allows 10,000 characters.
"""

from __future__ import annotations

import unicodedata

import regex

from inbox.ingest.reply_length import GRAPHEME, ReplyLength

X_MAX_WEIGHTED = 280
X_LEGACY_MAX = 140
X_DM_MAX_CHARS = 10_000
X_URL_WEIGHT = 23
X_SCALE = 100
X_DEFAULT_WEIGHT = 200
X_EMOJI_WEIGHT = 200
X_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
X_INVALID_CHARS = frozenset("\ufffe\ufeff\uffff")
MAX_LABEL = 63
MAX_HOST = 253

# Top-level domains accepted for URLs written without a protocol ("example.com"): every
# two-letter country code plus the common generic ones. With a protocol, any alphabetic
# TLD (also internationalised, e.g. .پاکستان) is accepted.
COMMON_GTLDS = frozenset(
    {
        *("com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi", "app", "dev"),
        *("io", "ai", "eu", "asia", "brussels", "vlaanderen", "gent", "paris", "berlin", "amsterdam", "online"),
        *("site", "shop", "store", "tech", "blog", "news", "live", "social", "media", "club", "xyz", "top", "vip"),
        *("email", "cloud", "page", "link", "art", "museum", "travel"),
    }
)

_PROTOCOL_URL = regex.compile(
    r"(?<![\p{L}\p{N}@＠$#＃])https?://"
    r"(?P<host>[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}_-]*[\p{L}\p{N}\p{M}])?"
    r"(?:\.[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}_-]*[\p{L}\p{N}\p{M}])?)*\.\p{L}{2,})"
    r"(?P<rest>(?::[0-9]{1,5})?(?:[/?#][^\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*)?)",
    regex.IGNORECASE,
)
_BARE_URL = regex.compile(
    r"(?<![\p{L}\p{N}@＠$#＃\-_./])"
    r"(?P<host>(?:[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,}))"
    r"(?![\p{L}\p{N}@_-])"
    r"(?P<rest>(?::[0-9]{1,5})?(?:[/?#][^\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*)?)",
    regex.IGNORECASE,
)
_TRAILING_PUNCTUATION = ".,;:!?'\"»”’)]}>"
_EMOJI_CLUSTER = regex.compile(
    r"\p{Emoji_Presentation}|\p{Extended_Pictographic}[\p{Emoji_Modifier}\ufe0f\u200d\U000e0020-\U000e007f]"
    r"|\u20e3|[\U0001f1e6-\U0001f1ff]{2}|\ufe0f"
)


def _trim_url_end(url: str) -> str:
    """Drop punctuation that ends the sentence rather than the URL (keeping balanced parens)."""
    while url and url[-1] in _TRAILING_PUNCTUATION:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _valid_host(host: str) -> bool:
    """Every label fits in 63 characters once punycode-encoded, the host in 253."""
    labels = host.rstrip(".").split(".")
    encoded = []
    for label in labels:
        if not label:
            return False
        try:
            ascii_label = label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
        except UnicodeError:
            return False
        if len(ascii_label) > MAX_LABEL:
            return False
        encoded.append(ascii_label)
    return len(".".join(encoded)) <= MAX_HOST


def x_url_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the URLs X would shorten to 23 characters, in order."""
    spans: list[tuple[int, int]] = []
    for match in _PROTOCOL_URL.finditer(text):
        if _valid_host(match["host"]):
            end = match.start() + len(_trim_url_end(match.group(0)))
            spans.append((match.start(), end))
    for match in _BARE_URL.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue
        tld = match["tld"].lower()
        if (len(tld) == 2 or tld in COMMON_GTLDS) and _valid_host(match["host"]):
            spans.append((match.start(), match.start() + len(_trim_url_end(match.group(0)))))
    return sorted(spans)


def _code_point_weight(char: str, version: int) -> int:
    if version == 1:
        return X_SCALE
    code = ord(char)
    return X_SCALE if any(low <= code <= high for low, high in X_LIGHT_RANGES) else X_DEFAULT_WEIGHT


def _weigh_plain(segment: str, version: int) -> int:
    """Weight (scaled by 100) of text containing no URL."""
    if version < 3:
        return sum(_code_point_weight(char, version) for char in segment)
    total = 0
    for cluster in GRAPHEME.findall(segment):
        if _EMOJI_CLUSTER.search(cluster):
            total += X_EMOJI_WEIGHT
        else:
            total += sum(_code_point_weight(char, version) for char in cluster)
    return total


def x_weighted_length(text: str, *, version: int = 3) -> int:
    """The weighted length X counts for ``text``.

    ``version`` selects the twitter-text configuration: 3 (today's rules, the default),
    2 (no emoji discount) or 1 (the legacy 140-character count: every code point weighs 1).
    """
    normalized = unicodedata.normalize("NFC", text)
    total, position = 0, 0
    for start, end in x_url_spans(normalized):
        total += _weigh_plain(normalized[position:start], version) + X_URL_WEIGHT * X_SCALE
        position = end
    total += _weigh_plain(normalized[position:], version)
    return total // X_SCALE


def x_text_is_valid(text: str, *, version: int = 3) -> bool:
    """Whether X accepts ``text`` as a post: not blank, no invalid characters, not too long."""
    normalized = unicodedata.normalize("NFC", text)
    if not normalized.strip() or any(char in X_INVALID_CHARS for char in normalized):
        return False
    limit = X_LEGACY_MAX if version == 1 else X_MAX_WEIGHTED
    return x_weighted_length(normalized, version=version) <= limit


def is_direct_message_thread(thread_key: str) -> bool:
    """Whether a conversation's thread key is an X direct-message thread (``x-dm:<voter>``)."""
    return thread_key.startswith("x-dm:")


def x_reply_length(text: str, *, thread_key: str = "") -> ReplyLength:
    """A post reply's weighted length against 280, or a DM's characters against 10,000."""
    if is_direct_message_thread(thread_key):
        used = len(text)
        return ReplyLength(used, X_DM_MAX_CHARS, bool(text.strip()) and used <= X_DM_MAX_CHARS, "characters")
    return ReplyLength(x_weighted_length(text), X_MAX_WEIGHTED, x_text_is_valid(text), "weighted characters")
