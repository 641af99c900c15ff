"""Reply lengths per channel; X against the official twitter-text conformance cases."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from inbox.ingest.registry import reply_length
from inbox.ingest.x.length import x_text_is_valid, x_weighted_length
from inbox.models import ChannelKind

CONFORMANCE = Path("/work/shared/data/conformance/twitter-text-validate.yml")
if not CONFORMANCE.exists():  # a checkout next to the shared folder
    CONFORMANCE = Path(__file__).resolve().parents[3] / "shared/data/conformance/twitter-text-validate.yml"


def _cases(group: str) -> list[Any]:
    if not CONFORMANCE.exists():
        pytest.skip(f"conformance file not found at {CONFORMANCE}")
    tests = yaml.safe_load(CONFORMANCE.read_text(encoding="utf-8"))["tests"]
    return [pytest.param(case, id=case["description"][:60]) for case in tests[group]]


def _load(group: str) -> list[Any]:
    try:
        return _cases(group)
    except pytest.skip.Exception:
        return []


@pytest.mark.parametrize("case", _load("WeightedTweetsWithDiscountedEmojiCounterTest"))
def test_x_v3_weighted_length_matches_conformance(case: dict[str, Any]) -> None:
    assert x_weighted_length(case["text"]) == case["expected"]["weightedLength"]
    assert x_text_is_valid(case["text"]) is case["expected"]["valid"]


@pytest.mark.parametrize("case", _load("UnicodeDirectionalMarkerCounterTest"))
def test_x_directional_markers_match_conformance(case: dict[str, Any]) -> None:
    assert x_weighted_length(case["text"]) == case["expected"]["weightedLength"]
    assert x_text_is_valid(case["text"]) is case["expected"]["valid"]


@pytest.mark.parametrize("case", _load("WeightedTweetsCounterTest"))
def test_x_v2_weights_without_emoji_discount_match_conformance(case: dict[str, Any]) -> None:
    assert x_weighted_length(case["text"], version=2) == case["expected"]["weightedLength"]
    assert x_text_is_valid(case["text"], version=2) is case["expected"]["valid"]


@pytest.mark.parametrize("case", _load("tweets"))
def test_x_legacy_140_validity_matches_conformance(case: dict[str, Any]) -> None:
    """These cases date from the 140-character era (twitter-text's deprecated isValidTweetText)."""
    assert x_text_is_valid(case["text"], version=1) is case["expected"]


def test_the_conformance_file_was_found_and_read() -> None:
    assert len(_load("WeightedTweetsWithDiscountedEmojiCounterTest")) >= 20


def test_reply_length_per_channel() -> None:
    dutch = "Bedankt voor je vraag over het fietspad langs de N8 👍🏽 https://example.be/" + "x" * 300
    x = reply_length(ChannelKind.X, dutch)
    assert (x.unit, x.limit, x.used, x.ok) == ("weighted characters", 280, 52 + 2 + 1 + 23, True)
    too_long = reply_length(ChannelKind.X, "é" * 281)
    assert (too_long.ok, too_long.used, too_long.limit) == (False, 281, 280)
    assert not reply_length(ChannelKind.X, "   ").ok

    family = "👨‍👩‍👧‍👦"
    bluesky = reply_length(ChannelKind.BLUESKY, family * 300)
    assert (bluesky.used, bluesky.limit, bluesky.unit, bluesky.ok) == (300, 300, "graphemes", True)
    assert not reply_length(ChannelKind.BLUESKY, family * 301).ok

    toot = "@anna@mastodon.social " + "https://example.org/" + "a" * 600 + " " + "b" * 453
    mastodon = reply_length(ChannelKind.MASTODON, toot)
    assert (mastodon.used, mastodon.limit, mastodon.ok) == (len("@anna ") + 23 + 1 + 453, 500, True)
    assert not reply_length(ChannelKind.MASTODON, "c" * 501).ok

    assert reply_length(ChannelKind.INSTAGRAM, "d" * 2201).limit == 2200
    assert not reply_length(ChannelKind.INSTAGRAM, "d" * 2201).ok
    assert reply_length(ChannelKind.FACEBOOK, "d" * 8000).ok
    dm = reply_length(ChannelKind.X, "Dank u. " + "x" * 5000, thread_key="x-dm:123")
    assert (dm.limit, dm.unit, dm.ok) == (10_000, "characters", True)
    assert not reply_length(ChannelKind.X, "Dank u. " + "x" * 5000, thread_key="x:1:123").ok
    email = reply_length(ChannelKind.EMAIL, "e" * 100_000)
    assert (email.limit, email.ok) == (None, True)
