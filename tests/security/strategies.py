"""Hypothesis strategies for hostile requests: path ids, query strings, bodies, sessions, CSRF tokens.

Ids are symbolic (:class:`IdRef`: "the 2nd conversation of office B") and resolved against
the seeded world when the request is made, so an explicit ``@example`` reads the same on
SQLite and PostgreSQL, whose ids may differ.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from inbox.models import ChannelKind, ConversationStatus, ReplyState, Role

# A CI-friendly, reproducible run: the same examples every time, no example database, no deadline.
# Shrinking a failure can take minutes on these big requests: DIALOOG_FUZZ_SHRINK=1 turns it on.
SCALE = float(os.environ.get("DIALOOG_FUZZ_SCALE", "1"))  # e.g. 10 for a deeper run by hand
PHASES = [Phase.explicit, Phase.reuse, Phase.generate] + (
    [Phase.shrink] if os.environ.get("DIALOOG_FUZZ_SHRINK") else []
)
CI_SETTINGS = {
    "phases": PHASES,
    "derandomize": True,
    "database": None,
    "deadline": None,
    "print_blob": True,
    "suppress_health_check": list(HealthCheck),
}


def ci_settings(examples: int) -> settings:
    """Fixed, derandomized settings with ``examples`` (scaled by ``DIALOOG_FUZZ_SCALE``) examples."""
    return settings(max_examples=max(1, int(examples * SCALE)), **CI_SETTINGS)


@dataclass(frozen=True)
class IdRef:
    """The ``index``-th row id (modulo their number) of ``table`` in office ``office``."""

    office: str
    table: str
    index: int = 0


@dataclass(frozen=True)
class Big:
    """``char`` repeated ``size`` times, made only when the request is sent (keeps reprs short)."""

    char: str
    size: int

    def __str__(self) -> str:
        return self.char * self.size


@dataclass(frozen=True)
class FormKey:
    """The public key of an office's contact form."""

    office: str


@dataclass(frozen=True)
class Body:
    """A request body: ``kind`` is none, json (``value`` is JSON data), raw (bytes) or form (a dict)."""

    kind: str = "none"
    value: Any = None
    content_type: str | None = None


@dataclass(frozen=True)
class RequestSpec:
    """One request to make: who, path arguments, query, body and which CSRF token to send."""

    session: str
    path: tuple[tuple[str, Any], ...] = ()
    query: tuple[tuple[str, Any], ...] = ()
    body: Body = Body()
    csrf: str = "valid"  # valid | missing | wrong | foreign (another session's token)


HOSTILE_STRINGS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\u202eevil\u202c",
    "مرحبا بالعالم",
    "שלום",
    "👨‍👩‍👧‍👦🇧🇪",
    "\ud800",
    "\udfff\ud800",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "{voter_name}{politician_name}{0}{}",
    "${jndi:ldap://x}",
    "../../../etc/passwd",
    "\r\nX-Injected: 1",
    "İıẞß\u0301",
    "null",
    "NaN",
    "-0",
    "1e999",
    "9" * 400,
    "me",
    "ERASE",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "2026-13-45T25:61:00",
    "@staff @Politician",
]
BIG_INTEGERS = [0, -1, 1, 2**31 - 1, 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 10**30]
ENUM_WORDS = sorted(
    {member.value for enum in (ChannelKind, ConversationStatus, ReplyState, Role) for member in enum}
    | {"nl", "fr", "en", "de", "me", "true", "false", "csv", "jsonl", "ERASE", "WISSEN", "voter_request"}
)


def huge_strings() -> st.SearchStrategy[Big]:
    """Long strings of one character: ASCII, accented, NUL, emoji (up to ~1.2 MB as UTF-8)."""
    return st.builds(
        Big, st.sampled_from(["a", "é", "\x00", "🙂", " "]), st.sampled_from([300, 5_000, 70_000, 300_000])
    )


def hostile_text(words: tuple[str, ...] = ()) -> st.SearchStrategy[str | Big]:
    """Strings a hostile or careless client sends."""
    options = [st.text(max_size=30), st.sampled_from(HOSTILE_STRINGS), st.sampled_from(ENUM_WORDS), huge_strings()]
    if words:
        options.insert(0, st.sampled_from(words))
    return st.one_of(*options)


def iso_times() -> st.SearchStrategy[str]:
    """ISO 8601 times near now, far away, or at the ends of what datetime can hold."""
    now = datetime.now(UTC)
    near = st.integers(-100_000, 100_000).map(lambda minutes: (now + timedelta(minutes=minutes)).isoformat())
    edges = st.sampled_from(
        [
            "0001-01-01T00:00:00+14:00",
            "9999-12-31T23:59:59-14:00",
            "0001-01-01",
            "9999-12-31",
            "2026-02-30",
            "2026-06-01T12:00:00Z",
            "T",
            "2026-06-01T12:00:00+99:00",
        ]
    )
    return st.one_of(near, edges)


def id_refs(tables: list[str]) -> st.SearchStrategy[IdRef]:
    """Ids of rows of either office in ``tables``."""
    return st.builds(IdRef, st.sampled_from(["A", "B"]), st.sampled_from(tables), st.integers(0, 5))


def json_values(words: tuple[str, ...], tables: list[str]) -> st.SearchStrategy[Any]:
    """Any JSON: valid-looking scalars (ids, words, times) mixed with wrong types, nulls and hostile text."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.sampled_from(BIG_INTEGERS),
        st.integers(-5, 5000),
        st.floats(allow_nan=True, allow_infinity=True),
        hostile_text(words),
        iso_times(),
        id_refs(tables),
    )
    keys = st.one_of(st.sampled_from(words), st.text(max_size=10)) if words else st.text(max_size=10)
    return st.recursive(
        scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4), max_leaves=12
    )


@dataclass(frozen=True)
class Nested:
    """JSON nested ``depth`` levels deep in lists or objects, made only when sent."""

    depth: int
    objects: bool = False

    def __bytes__(self) -> bytes:
        opening, closing = ('{"a":', "}") if self.objects else ("[", "]")
        return (opening * self.depth + "1" + closing * self.depth).encode()


@dataclass(frozen=True)
class Oversize:
    """A JSON body larger than the app accepts (MAX_CONTENT_LENGTH), made only when sent."""

    megabytes: int = 3

    def __bytes__(self) -> bytes:
        return b'{"text": "' + b"a" * (self.megabytes * 1024 * 1024) + b'"}'


def deep_nesting() -> st.SearchStrategy[Nested]:
    """JSON nested deeper than any parser's recursion limit."""
    return st.builds(Nested, st.sampled_from([50, 2_000, 100_000]), st.booleans())


CONTENT_TYPES = [
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=xyz",
    "multipart/form-data",
    "application/json; charset=latin-1",
    "application/xml",
    "",
]


TIME_WORDS = ("time", "until", "since", "week", "date", "_at", "day")
NUMBER_WORDS = {"keep", "merge", "actor", "assignee", "campaign", "limit", "cursor", "weekday", "daily_requests"}


def numbers(tables: list[str]) -> st.SearchStrategy[Any]:
    """Ids of either office, edge integers, small ones."""
    options = [st.sampled_from(BIG_INTEGERS), st.integers(-5, 5000)]
    return st.one_of(id_refs(tables), *options) if tables else st.one_of(*options)


def _enum_values_by_key() -> dict[str, list[str]]:
    """Values of the models' enums under the key a request names them by: ConversationStatus → "status"."""
    import enum
    import re

    import inbox.models as models

    found: dict[str, set[str]] = {}
    for value in vars(models).values():
        if isinstance(value, type) and issubclass(value, enum.StrEnum):
            key = re.findall(r"[A-Z][a-z]*", value.__name__)[-1].lower()
            found.setdefault(key, set()).update(member.value for member in value)
    return {key: sorted(values) for key, values in found.items()}


ENUM_VALUES = _enum_values_by_key()


def typed_value(key: str, tables: list[str], generic: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A value for ``key`` shaped by its name (enum values, times, numbers), or any value."""
    lowered = key.lower()
    if lowered in ENUM_VALUES:
        return st.one_of(st.sampled_from(ENUM_VALUES[lowered]), generic)
    if lowered in ("from", "to") or any(word in lowered for word in TIME_WORDS):
        return st.one_of(iso_times(), generic)
    if lowered.endswith("id") or lowered.endswith("months") or lowered in NUMBER_WORDS:
        return st.one_of(numbers(tables), generic)
    return generic


def entries(words: tuple[str, ...], tables: list[str], generic: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """(key, value) pairs: a word the view reads with a value typed by its name, or any key and value."""
    anything = st.tuples(st.text(max_size=10), generic)
    if not words:
        return anything
    named = st.sampled_from(words).flatmap(lambda key: st.tuples(st.just(key), typed_value(key, tables, generic)))
    return st.one_of(named, anything)


def bodies(view_words: tuple[str, ...], module_words: tuple[str, ...], tables: list[str]) -> st.SearchStrategy[Body]:
    """Bodies: JSON objects shaped from the words the view reads, any JSON, raw bytes, forms, oversize, deep."""
    words = view_words or module_words
    values = json_values(tuple(sorted(set(view_words) | set(module_words))), tables)
    keys = st.one_of(st.sampled_from(words), st.sampled_from(module_words)) if words else st.text(max_size=10)
    shaped = st.lists(entries(words, tables, values), max_size=6).map(dict)
    loosely_shaped = st.lists(entries(module_words, tables, values), max_size=6).map(dict)
    return st.one_of(
        st.builds(Body, st.just("json"), shaped, st.just("application/json")),
        st.builds(Body, st.just("json"), loosely_shaped, st.just("application/json")),
        st.builds(Body, st.just("json"), values, st.sampled_from(CONTENT_TYPES)),
        st.builds(
            Body,
            st.just("form"),
            st.dictionaries(keys, hostile_text(words), max_size=6),
            st.just("application/x-www-form-urlencoded"),
        ),
        st.builds(Body, st.just("raw"), st.binary(max_size=300), st.sampled_from(CONTENT_TYPES)),
        st.builds(Body, st.just("raw"), deep_nesting(), st.just("application/json")),
        st.builds(Body, st.just("raw"), st.just(Oversize()), st.just("application/json")),
        st.just(Body()),
    )


def path_values(converter: str, name: str, table: str | None) -> st.SearchStrategy[Any]:
    """Values of one path argument: either office's ids, missing and huge ids, and what is not an id at all."""
    junk = st.sampled_from(["-1", "abc", "1.5", "%00", "%F0%9F%99%82", "1%2F2", "0x10", "+1"])
    if converter == "int":
        assert table is not None
        missing = st.sampled_from(["0", "987654", str(2**31), str(2**63), "9" * 30])
        return st.one_of(id_refs([table]), missing, junk)
    if name == "form_key":
        return st.one_of(st.builds(FormKey, st.sampled_from(["A", "B"])), st.text(max_size=80).map(quote), junk)
    texts = st.text(max_size=80).map(lambda value: quote(value, safe=""))
    files = st.sampled_from(["common.js", "../instance/secret_key", "%2e%2e/%2e%2e/inbox/config.py", "nope.css"])
    return st.one_of(files, texts, junk)


def queries(words: tuple[str, ...], tables: list[str]) -> st.SearchStrategy[tuple[tuple[str, Any], ...]]:
    """Query strings: the words the view reads (and others) with values typed by their name, or hostile."""
    values = st.one_of(hostile_text(words), iso_times(), st.sampled_from([str(n) for n in BIG_INTEGERS]))
    return st.lists(entries(words, tables, values), max_size=5).map(tuple)


def encode_query(pairs: tuple[tuple[str, Any], ...]) -> str:
    """A query string for ``pairs``; lone surrogates go out as their (invalid) UTF-8 bytes."""

    def enc(value: Any) -> str:
        return quote(str(value).encode("utf-8", "surrogatepass"), safe="")

    return "&".join(f"{enc(key)}={enc(value)}" for key, value in pairs)


def json_bytes(value: Any) -> bytes:
    """JSON text of ``value`` as a browser (or an attacker) would send it, NaN and lone surrogates included."""
    return json.dumps(value, allow_nan=True).encode()
