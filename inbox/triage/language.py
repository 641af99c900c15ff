"""Language identification: the offices' four languages first, others named, never forced.

py3langid (offline) runs twice: over all its languages, to notice a message in Spanish or
Turkish, and restricted to nl/fr/en/de, which is more accurate among those. Mixed messages
(a Dutch sentence and a French one) report every language with a substantial share.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

SUPPORTED_LANGUAGES = ("nl", "fr", "en", "de")
UNDETERMINED = "und"
MIN_CONFIDENCE = 0.6
MIN_LETTERS = 3
OTHER_LANGUAGE_CONFIDENCE = 0.5
SUPPORTED_SHARE_FLOOR = 0.05
SEGMENT_MIN_LETTERS = 25

_NOISE = re.compile(r"(?:https?://\S+|www\.\S+|[@#][\w.]+|\S+@\S+)", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_SEGMENT = re.compile(r"(?<=[.!?…])\s+|\n+")


@dataclass(frozen=True)
class LanguageGuess:
    """An ISO 639-1 code (or ``und``), the confidence, and every language of a mixed text."""

    language: str
    confidence: float
    languages: tuple[str, ...] = field(default=())


class LanguageIdentifierService:
    """Language identification shared by every thread of the process.

    py3langid 0.4 (pinned) only reads its model arrays while classifying, so one pair of
    identifiers (all languages, and restricted to the office languages) serves all threads;
    one pair per thread cost about 30 MB each and 150 MB for the first (the send and ingest
    workers run four threads each).
    """

    def __init__(self, languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> None:
        self._languages = languages
        self._pair: tuple[LanguageIdentifier, LanguageIdentifier] | None = None
        self._loading = threading.Lock()

    def _identifiers(self) -> tuple[LanguageIdentifier, LanguageIdentifier]:
        if self._pair is None:
            with self._loading:
                if self._pair is None:
                    full = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
                    restricted = LanguageIdentifier(  # the same arrays; set_languages slices copies of its own
                        full.nb_ptc, full.nb_pc, full.nb_classes, full.tk_nextmove, full.tk_output,
                        norm_probs=True, tk_row=full.tk_row,
                    )  # fmt: skip
                    restricted.set_languages(list(self._languages))
                    self._pair = (full, restricted)
        return self._pair

    def _classify(self, text: str) -> tuple[str, float]:
        full, restricted = self._identifiers()
        ranking = full.rank(text)
        top, top_probability = ranking[0]
        supported_share = sum(p for code, p in ranking if code in self._languages)
        if (
            top not in self._languages
            and top_probability >= OTHER_LANGUAGE_CONFIDENCE
            and supported_share < SUPPORTED_SHARE_FLOOR
        ):
            return str(top), float(top_probability)
        # Among the office languages: the full model's probabilities renormalised over them are the
        # restricted model's (the same naive-Bayes scores, softmax over fewer classes): no second pass.
        supported = [(code, p) for code, p in ranking if code in self._languages]
        if supported_share > 0:
            language, best = max(supported, key=lambda pair: pair[1])
            confidence = best / supported_share
        else:  # every office language underflowed to 0 in the full softmax: ask the restricted model
            language, confidence = restricted.classify(text)
        if confidence < MIN_CONFIDENCE:
            return UNDETERMINED, float(confidence)
        return str(language), float(confidence)

    def identify(self, text: str) -> LanguageGuess:
        """Guess the language of ``text``; mentions, hashtags and links are ignored.

        Text with too few letters, or where no language is clearly ahead, is ``und``.
        """
        cleaned = _NOISE.sub(" ", text[:5000])
        if len(_LETTER.findall(cleaned)) < MIN_LETTERS:
            return LanguageGuess(UNDETERMINED, 0.0)
        language, confidence = self._classify(cleaned)
        shares: dict[str, int] = {}
        for segment in _SEGMENT.split(cleaned):
            letters = len(_LETTER.findall(segment))
            if letters >= SEGMENT_MIN_LETTERS:
                if segment == cleaned:  # the whole text, classified above
                    segment_language, segment_confidence = language, confidence
                else:
                    segment_language, segment_confidence = self._classify(segment)
                if segment_language != UNDETERMINED and segment_confidence >= 0.9:
                    shares[segment_language] = shares.get(segment_language, 0) + letters
        total = sum(shares.values()) or 1
        languages = tuple(sorted((code for code, n in shares.items() if n / total >= 0.2), key=lambda c: -shares[c]))
        if language == UNDETERMINED and languages:
            language = languages[0]
        return LanguageGuess(language, round(confidence, 4), languages if len(languages) > 1 else ())


_default: LanguageIdentifierService | None = None
_default_lock = threading.Lock()


def identify_language(text: str) -> LanguageGuess:
    """Identify the language of ``text`` with the shared default identifier."""
    global _default
    with _default_lock:
        if _default is None:
            _default = LanguageIdentifierService()
    return _default.identify(text)
