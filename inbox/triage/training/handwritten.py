"""Hand-written labelled examples (needs-reply, toxicity), as ``(language, label, text)`` rows.

There is no public data for needs-reply and the public toxicity data is English-only, so
these sets were written for this project as realistic Belgian voter messages to a
politician. The lists live in sibling modules (one file per set); this module assembles
them:

* ``NEEDS_REPLY_TRAIN`` / ``NEEDS_REPLY_VAL``: ``needs_reply`` (questions, requests for
  help or action, invitations to respond) vs ``no_reply`` (applause, thanks, statements,
  slogans, reactions between voters). The validation messages were written separately.
* ``TOXICITY_TRAIN``: ``toxic`` (insults, threats, degrading language) vs ``ok`` (harsh but
  legitimate criticism, everyday messages), added to TweetEval offensive for training.
* ``TOXICITY_TRAIN`` also takes the short messages of ``handwritten_toxicity_short``.
* ``TOXICITY_CHECK``: a separate check set, never used in training; ``TOXICITY_CHECK_SHORT``
  a second one of short messages (``handwritten_toxicity_short_check``), also never trained on.
"""

from __future__ import annotations

from inbox.triage.training import (
    handwritten_reply_en_de,
    handwritten_reply_nl_fr,
    handwritten_reply_val,
    handwritten_toxicity,
    handwritten_toxicity_check,
    handwritten_toxicity_short,
    handwritten_toxicity_short_check,
)

Row = tuple[str, str, str]
LANGUAGES = ("nl", "fr", "en", "de")


def _rows(module: object, positive: str, negative: str, pos_suffix: str, neg_suffix: str) -> list[Row]:
    """Collect ``<LANG>_<suffix>`` lists of ``module`` into labelled rows, language by language."""
    rows: list[Row] = []
    for language in LANGUAGES:
        prefix = language.upper()
        rows += [(language, positive, text) for text in getattr(module, f"{prefix}_{pos_suffix}")]
        rows += [(language, negative, text) for text in getattr(module, f"{prefix}_{neg_suffix}")]
    return rows


def _reply_train_rows() -> list[Row]:
    rows: list[Row] = []
    for language in LANGUAGES:
        module = handwritten_reply_nl_fr if language in ("nl", "fr") else handwritten_reply_en_de
        prefix = language.upper()
        rows += [(language, "needs_reply", t) for t in getattr(module, f"{prefix}_REPLY")]
        rows += [(language, "no_reply", t) for t in getattr(module, f"{prefix}_NO_REPLY")]
    return rows


NEEDS_REPLY_TRAIN: list[Row] = _reply_train_rows()
NEEDS_REPLY_VAL: list[Row] = _rows(handwritten_reply_val, "needs_reply", "no_reply", "REPLY", "NO_REPLY")
TOXICITY_TRAIN: list[Row] = _rows(handwritten_toxicity, "toxic", "ok", "ABUSE", "HARSH_OK") + _rows(
    handwritten_toxicity_short, "toxic", "ok", "ABUSE", "HARSH_OK"
)
TOXICITY_CHECK: list[Row] = _rows(handwritten_toxicity_check, "toxic", "ok", "ABUSE", "OK")
TOXICITY_CHECK_SHORT: list[Row] = _rows(handwritten_toxicity_short_check, "toxic", "ok", "ABUSE", "OK")


def needs_reply_split(split: str) -> list[Row]:
    """The needs-reply rows of ``split`` (``train`` or ``val``)."""
    if split == "train":
        return list(NEEDS_REPLY_TRAIN)
    if split == "val":
        return list(NEEDS_REPLY_VAL)
    raise ValueError(f"unknown split {split!r} (train or val)")
