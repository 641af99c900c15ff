"""Text side of campaign detection: normalisation and MinHash fingerprints.

A form letter reaches the office with a different greeting, signature, link or mention
each time. :func:`normalise_words` strips that noise (greeting line, closing formula and
everything after it, "sent via" footers, URLs, e-mail addresses, @mentions, case, accents,
punctuation, emoji) and returns the words of the letter itself. :func:`fingerprint` turns
those words into a fixed-size ``uint32`` array:

* slot 0: the number of normalised words (capped), for a length check; bit 30
  (``SUPPORT_FLAG``) set when the text is a short "I support / I join / signed" message
  (:func:`is_support_call`), which may join a campaign but never found one;
* slot 1: the language guessed from function words (``LANGUAGES``; 0 when unsure): two
  texts in the same language look alike to the encoder beyond their content, so a match
  within one language must clear a higher bar than a match across languages;
* ``SHINGLE_HASHES`` MinHash values of the set of word 3-shingles: the near-duplicate
  similarity (estimated Jaccard) of two texts.

Texts with fewer than ``MIN_WORDS`` normalised words (empty, emoji, a bare link, "thanks")
get the empty fingerprint: every hash slot holds ``EMPTY``, and they never match anything.
All hashing is keyed and seeded by constants, so fingerprints are stable across runs,
processes and Python versions (they are stored in the database).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

SHINGLE_WORDS = 3  # words per shingle: robust to single-word edits, specific enough for letters
SHINGLE_HASHES = 128  # standard error of the Jaccard estimate about 0.04 at J = 0.5
FINGERPRINT_SIZE = 2 + SHINGLE_HASHES
MIN_WORDS = 8  # fewer words than this is a reaction ("merci !", "👍"), never a form letter
MAX_COUNTED_WORDS = 100_000
EMPTY = np.uint32(0xFFFFFFFF)
SUPPORT_FLAG = 1 << 30  # in slot 0, above any word count
WORDS_MASK = SUPPORT_FLAG - 1
SUPPORT_MAX_WORDS = 30  # a longer text is a letter of its own, not a one-line support
# "I support / I join / signed / count me in", on case- and accent-folded text.
_SUPPORT = re.compile(
    r"\b(?:ik steun|steun ik|ik (?:onder)?teken|ook ik (?:teken|steun)|getekend|ondertekend|ik sluit me aan|"
    r"ik doe mee|je soutiens|je signe|(?:^|j'ai )signee?s?|je m'associe|je me joins|moi aussi je|"
    r"i support|i back|(?:^|i |i've |i have |just )signed|i join|count me in|i stand with|"
    r"ich unterstutze|ich unterschreibe|unterschrieben|ich schliesse mich|ich bin dabei)\b"
)

_MERSENNE = (1 << 61) - 1

LANGUAGES = ("", "nl", "fr", "en", "de")  # code stored in slot 1 -> language
# Frequent function words that are unambiguous among the four languages (no "de", "die",
# "en", "in", "is", "was", "des": they belong to two of them).
_FUNCTION_WORDS = {
    "nl": "het een van ik je niet dat op te zijn voor met maar ook als wij er om aan bij nog wordt hebben "
    "heeft deze ons onze uw geen zo al naar worden mijn",
    "fr": "le la les un une et est je vous nous pas que qui pour dans sur avec ce cette mais au aux du ne "
    "plus sont leur notre nos il elle",
    "en": "the and are you we not that to of for on with this but be have has our your it will my they from can would",
    "de": "der das und ist ich sie wir nicht ein eine zu den dem mit auf fur von im sich auch es bei unsere "
    "unser werden wird nach",
}
_LANGUAGE_OF = {word: LANGUAGES.index(lang) for lang, words in _FUNCTION_WORDS.items() for word in words.split()}
_LANGUAGE_MARGIN = 1.5  # the winner needs this many times the runner-up's count

_SHINGLES = slice(2, FINGERPRINT_SIZE)


def _coefficients(count: int, label: bytes) -> tuple[np.ndarray, np.ndarray]:
    """``count`` universal-hash pairs (a, b), derived from BLAKE2b so they never change."""
    a = np.empty(count, dtype=np.uint64)
    b = np.empty(count, dtype=np.uint64)
    for i in range(count):
        digest = hashlib.blake2b(label + i.to_bytes(4, "little"), digest_size=8, person=b"dialoog-mh").digest()
        a[i] = (int.from_bytes(digest[:4], "little") | 1) & 0xFFFFFFFF
        b[i] = int.from_bytes(digest[4:], "little")
    return a, b


_SHINGLE_A, _SHINGLE_B = _coefficients(SHINGLE_HASHES, b"shingle")

_WORDS = (
    # nl
    "geachte|beste|lieve|dag|hallo|hoi|goedemorgen|goedemiddag|goedenavond|goeiedag|"
    # fr
    "madame|monsieur|mesdames|messieurs|mademoiselle|bonjour|bonsoir|cher|chere|chers|salut|coucou|"
    # en
    "dear|hi|hello|hey|good morning|good afternoon|good evening|to whom it may concern|"
    # de
    "sehr geehrte|sehr geehrter|sehr geehrtes|liebe|lieber|guten tag|guten morgen|guten abend|moin|servus|"
    "gruss gott|gruezi"
)
_GREETING = re.compile(rf"^\s*(?:{_WORDS})\b[^\n,:;!.]{{0,60}}[,:;!.\n]", re.IGNORECASE)
_CLOSINGS = (
    # nl
    "met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|vriendelijke groeten|met beleefde groet|"
    "hartelijke groeten|groeten|groetjes|groet|mvg|hoogachtend|alvast bedankt|bij voorbaat dank|dank u|"
    "dank je|bedankt|"
    # fr
    "cordialement|bien cordialement|bien a vous|bav|salutations|sinceres salutations|veuillez agreer|"
    "je vous prie d'agreer|amicalement|merci d'avance|merci beaucoup|merci|bisous|"
    # en
    "kind regards|best regards|warm regards|regards|best wishes|yours sincerely|yours faithfully|sincerely|"
    "many thanks|thanks|thank you|cheers|best|"
    # de
    "mit freundlichen grussen|mit freundlichem gruss|freundliche grusse|viele grusse|liebe grusse|"
    "beste grusse|herzliche grusse|hochachtungsvoll|gruss|lg|vielen dank|danke"
)
_FOOTERS = (
    "verstuurd via|verzonden via|verzonden vanaf|deze mail werd verstuurd|envoye depuis|envoye via|"
    "message envoye|sent from|sent via|gesendet uber|gesendet von|gesendet via"
)
# A closing formula starts a line or follows the end of a sentence; we cut there.
_CLOSING = re.compile(rf"(?:^|\n|(?<=[.!?])\s)\s*(?:{_CLOSINGS}|{_FOOTERS})\b", re.IGNORECASE)
_CLOSING_TAIL_CHARS = 240  # a closing is only cut when what follows it is this short (a signature)
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:be|com|org|net|eu|nl|fr|de|lu)(?:/\S*)?", re.IGNORECASE)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_MENTION = re.compile(r"(?<!\w)@\w+")
_HASHTAG = re.compile(r"(?<!\w)#(\w+)")
_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")


def _fold(text: str) -> str:
    """Lower case without accents (NFKD, combining marks dropped); ß becomes ss."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalise_words(text: str) -> list[str]:
    """The words of the letter in ``text``: no greeting, closing, signature, links, mentions.

    Words are case-folded and accent-free; numbers keep inner separators ("1.000", "7.12").
    """
    folded = _fold(text)
    folded = _EMAIL.sub(" ", folded)
    folded = _URL.sub(" ", folded)
    folded = _MENTION.sub(" ", folded).strip()
    folded = _HASHTAG.sub(r"\1.", folded)  # a hashtag ends a sentence, a closing may follow it
    for _ in range(3):  # "Madame, Monsieur," is two greetings
        greeting = _GREETING.match(folded)
        if not greeting:
            break
        folded = folded[greeting.end() :]
    for closing in _CLOSING.finditer(folded):
        if len(folded) - closing.start() <= _CLOSING_TAIL_CHARS and closing.start() > len(folded) // 3:
            folded = folded[: closing.start()]
            break
    return [word.strip(".,'’") for word in _WORD.findall(folded)]


def is_support_call(text: str, words: list[str] | None = None) -> bool:
    """True for a short message that declares support for an action ("Ik steun de actie X!", "Signed!")."""
    words = normalise_words(text) if words is None else words
    return len(words) <= SUPPORT_MAX_WORDS and bool(_SUPPORT.search(" ".join(words)))


def guess_language(words: list[str]) -> int:
    """Index into ``LANGUAGES`` of the language of normalised ``words``; 0 when unsure."""
    counts = [0] * len(LANGUAGES)
    for word in words:
        counts[_LANGUAGE_OF.get(word, 0)] += 1
    ranked = sorted(range(1, len(LANGUAGES)), key=lambda code: (-counts[code], code))
    best, second = ranked[0], ranked[1]
    if counts[best] >= 2 and counts[best] >= _LANGUAGE_MARGIN * counts[second]:
        return best
    return 0


def _minhash(items: set[str], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """MinHash signature of ``items`` under the universal hashes ``(a * x + b) mod p``."""
    keys = np.fromiter(
        (int.from_bytes(hashlib.blake2b(item.encode(), digest_size=4).digest(), "little") for item in items),
        dtype=np.uint64,
        count=len(items),
    )
    hashed = ((keys[:, None] * a[None, :]) % _MERSENNE + b[None, :]) % _MERSENNE
    return (hashed.min(axis=0) & 0xFFFFFFFE).astype(np.uint32)  # even: never equal to EMPTY


def fingerprint(text: str) -> np.ndarray:
    """Fingerprint of ``text``: ``uint32`` array of ``FINGERPRINT_SIZE`` (see the module doc).

    Too-short texts get the empty fingerprint, which matches nothing.
    """
    words = normalise_words(text)
    signature = np.full(FINGERPRINT_SIZE, EMPTY, dtype=np.uint32)
    signature[0] = min(len(words), MAX_COUNTED_WORDS) | (SUPPORT_FLAG if is_support_call(text, words) else 0)
    signature[1] = guess_language(words)
    if len(words) < MIN_WORDS:
        return signature
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    signature[_SHINGLES] = _minhash(shingles, _SHINGLE_A, _SHINGLE_B)
    return signature


def is_empty(fp: np.ndarray) -> bool:
    """True for the fingerprint of a text too short to be part of a campaign."""
    return bool(fp[-1] == EMPTY)


def near_duplicate_similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the word 3-shingles of two fingerprinted texts (0 to 1).

    0 when either text was too short to fingerprint.
    """
    if is_empty(a) or is_empty(b):
        return 0.0
    return float(np.count_nonzero(a[_SHINGLES] == b[_SHINGLES])) / SHINGLE_HASHES


def language(fp: np.ndarray) -> int:
    """The language code (index into ``LANGUAGES``, 0 when unsure) of the fingerprinted text."""
    return int(fp[1])
