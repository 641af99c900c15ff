"""A toxicity score becomes a flag at its language's threshold (issue 17: abuse in four languages).

The committed toxicity head carries a threshold per language (chosen by cross-validation on
training data): a Dutch, French or German voter's harsh message must stay unflagged where an
English tweet with the same score counts as offensive.
"""

from __future__ import annotations

from inbox.config import load_settings
from inbox.triage.heads import Head
from inbox.triage.models import build_triager
from inbox.triage.toxicity_threshold import toxic_flags, toxic_threshold
from inbox.triage.training.toxicity import DEFAULT_WEIGHTS_DIR

INFO = {"threshold": 0.5, "threshold_by_language": {"nl": 0.6, "fr": 0.55}}


def test_each_language_uses_its_own_threshold_and_others_the_heads() -> None:
    assert [toxic_threshold(INFO, lang) for lang in ("nl", "fr", "en", "de", "und", None)] == [
        0.6, 0.55, 0.5, 0.5, 0.5, 0.5,
    ]  # fmt: skip
    flags = toxic_flags(INFO, [0.58, 0.58, 0.58, 0.49], ["nl", "fr", "en", "es"])
    assert flags.tolist() == [False, True, True, False]
    assert toxic_threshold({}, "nl") == 0.5


def test_the_committed_head_has_a_threshold_for_dutch_french_and_german() -> None:
    head = Head.load(DEFAULT_WEIGHTS_DIR, "toxicity")
    by_language = head.info["threshold_by_language"]
    assert set(by_language) == {"nl", "fr", "de"} and all(0 < value < 1 for value in by_language.values())


def test_triage_flags_insults_and_leaves_harsh_criticism_in_each_language() -> None:
    triager = build_triager(load_settings({"LOG_LEVEL": "WARNING"}))
    insults = [
        "Vuile parasiet, ga terug naar uw hol, niemand wil u hier.",
        "Espèce d'ordure, tu nous pourris la vie, sale rat.",
        "Du dreckiger Volksverräter, du widerliches Stück Dreck.",
    ]
    harsh = [
        "Dit begrotingsvoorstel is een schande voor elke gepensioneerde in Vlaanderen.",
        "Votre réforme des pensions est injuste et vous le savez très bien.",
        "Ihre Verkehrspolitik ist ein völliges Versagen, treten Sie zurück.",
    ]
    results = triager.analyse(insults + harsh)
    assert [r.toxic for r in results] == [True] * 3 + [False] * 3
    assert [r.language for r in results] == ["nl", "fr", "de"] * 2
