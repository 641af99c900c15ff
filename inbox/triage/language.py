"""Language identification restricted to the offices' languages (py3langid, offline)."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

SUPPORTED_LANGUAGES = ("nl", "fr", "en", "de")
UNDETERMINED = "und"
MIN_CONFIDENCE = 0.6
MIN_LETTERS = 3

_NOISE = re.compile(r"(?:https?://\S+|www\.\S+|[@#][\w.]+|\S+@\S+)", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    """A language code (ISO 639-1, or ``und``) with the identifier's confidence."""

    language: str
    confidence: float


class LanguageIdentifierService:
    """Thread-safe wrapper: py3langid's identifier is not safe to share across threads."""

    def __init__(self, languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> None:
        self._languages = languages
        self._local = threading.local()

    def _identifier(self) -> LanguageIdentifier:
        identifier = getattr(self._local, "identifier", None)
        if identifier is None:
            identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
            identifier.set_languages(list(self._languages))
            self._local.identifier = identifier
        return identifier

    def identify(self, text: str) -> LanguageGuess:
        """Guess the language of ``text``; mentions, hashtags and links are ignored.

        Text with too few letters, or where no language is clearly ahead, is ``und``.
        """
        cleaned = _NOISE.sub(" ", text[:5000])
        if len(_LETTER.findall(cleaned)) < MIN_LETTERS:
            return LanguageGuess(UNDETERMINED, 0.0)
        language, confidence = self._identifier().classify(cleaned)
        if confidence < MIN_CONFIDENCE:
            return LanguageGuess(UNDETERMINED, float(confidence))
        return LanguageGuess(str(language), float(confidence))


_default: LanguageIdentifierService | None = None
_default_lock = threading.Lock()


def identify_language(text: str) -> LanguageGuess:
    """Identify the language of ``text`` with the shared default identifier."""
    global _default
    with _default_lock:
        if _default is None:
            _default = LanguageIdentifierService()
    return _default.identify(text)
