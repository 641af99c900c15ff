"""Words for full-text search: tokenising, stemming per language, and safe query building.

Both databases follow one rule, so a search finds the same messages on either:

* a message is indexed with the stems of its language (Dutch, French, English, German)
  plus its plain lowercased words, so an exact word always matches too, stop words
  included; a message whose language is not known yet (before triage) or is another
  language gets the stems of all four languages plus the plain words;
* a query word matches a message when one of its stems (in any of the four languages)
  or the plain word is among the message's words; all query words must match.

PostgreSQL computes the stems itself (``to_tsvector``); on SQLite the Snowball stemmers
of the ``snowballstemmer`` package do it in Python. Dutch uses the original Snowball
Dutch stemmer (``dutch_porter``), the one PostgreSQL ships, so both agree.
"""

from __future__ import annotations

import functools

import regex
import snowballstemmer

#: ISO 639-1 code -> PostgreSQL text search configuration.
PG_CONFIGS = {"nl": "dutch", "fr": "french", "en": "english", "de": "german"}
#: ISO 639-1 code -> Snowball algorithm name (the same algorithms PostgreSQL uses).
SNOWBALL_ALGORITHMS = {"nl": "dutch_porter", "fr": "french", "en": "english", "de": "german"}

MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 12
MAX_WORD_CHARS = 64

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?", regex.UNICODE)


def words(text: str) -> list[str]:
    """The lowercased words of ``text`` (letters and digits; elisions kept whole, like l’impôt)."""
    return [match.group(0).replace("’", "'").casefold()[:MAX_WORD_CHARS] for match in _WORD.finditer(text)]


def languages_to_index(language: str | None) -> tuple[str, ...]:
    """The languages whose stems a message in ``language`` is indexed with."""
    if language in PG_CONFIGS:
        return (language,)
    return tuple(PG_CONFIGS)


@functools.cache
def _stemmer(language: str) -> snowballstemmer.Stemmer:
    return snowballstemmer.stemmer(SNOWBALL_ALGORITHMS[language])


@functools.lru_cache(maxsize=200_000)
def stem(language: str, word: str) -> str:
    """The Snowball stem of one lowercased word in one of the four languages."""
    if "'" in word:  # French elision: l'impôt -> impôt
        word = word.split("'", 1)[1]
    return _stemmer(language).stemWord(word)


def index_terms(text: str, language: str | None) -> str:
    """The space-separated terms an FTS5 row holds for a message (SQLite)."""
    plain = words(text)
    terms = dict.fromkeys(plain)
    for code in languages_to_index(language):
        terms.update(dict.fromkeys(stem(code, word) for word in plain))
    return " ".join(terms)


def query_words(query: str) -> list[str]:
    """The words of a user's query, bounded in length and number (hostile input is just text)."""
    unique = dict.fromkeys(words(query[:MAX_QUERY_CHARS]))
    return list(unique)[:MAX_QUERY_WORDS]


def fts5_match(query: str) -> str | None:
    """An FTS5 MATCH expression for ``query``, or None when it has no words.

    Every term is a quoted FTS5 string made only of letters and digits, so quotes,
    operators (AND, OR, NOT, NEAR), ``*``, ``^`` and column filters in the input are inert.
    """
    groups = []
    for word in query_words(query):
        variants = dict.fromkeys([word, *(stem(code, word) for code in PG_CONFIGS)])
        groups.append("(" + " OR ".join(f'"{variant}"' for variant in variants if variant) + ")")
    return " AND ".join(groups) if groups else None
