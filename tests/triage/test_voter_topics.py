"""The voter-style topic data: part C covers every code and language and leaves parts A/B as they were."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from inbox.triage.taxonomy import DEFAULT_TOPICS, LANGUAGES
from inbox.triage.training.recipes import TOPIC_VOTER_PARTS
from inbox.triage.training.voter_issues_c import ISSUES_C
from inbox.triage.training.voter_topics import ISSUES, voter_topic_details, voter_topic_examples, voter_topic_rows


def test_part_c_has_every_code_and_language_and_new_lines_only() -> None:
    assert set(ISSUES_C) == {topic.code for topic in DEFAULT_TOPICS}
    earlier = {line for by in ISSUES.values() for lines in by.values() for line in lines}
    for code, by_language in ISSUES_C.items():
        assert set(by_language) == set(LANGUAGES), code
        assert sum(len(lines) for lines in by_language.values()) >= 36, code
        assert len(by_language["nl"]) == max(len(lines) for lines in by_language.values()), code
        for lines in by_language.values():
            assert len(set(lines)) == len(lines)
            assert not earlier & set(lines)


def test_parts_keep_their_own_groups_and_ab_is_unchanged_by_c() -> None:
    rows = voter_topic_details()
    ab = voter_topic_rows(("ab",))
    assert ab == [(r.text, r.code, r.group) for r in rows if r.part == "ab"]
    assert len(ab) == 2960  # the messages the head was trained on before part C
    groups = {part: {r.group for r in rows if r.part == part} for part in ("ab", "c")}
    assert not groups["ab"] & groups["c"]
    assert min(groups["c"]) == max(groups["ab"]) + 1
    by_language = Counter(r.language for r in rows if r.part == "c")
    assert by_language["nl"] == max(by_language.values())
    assert len({r.text for r in rows}) == len(rows)


def test_the_committed_recipe_learns_from_the_parts_its_head_was_trained_on() -> None:
    sidecar = Path(__file__).resolve().parents[2] / "inbox" / "triage" / "weights" / "topic_default.json"
    trained = json.loads(sidecar.read_text(encoding="utf-8"))["training_data"]
    assert len(voter_topic_examples(TOPIC_VOTER_PARTS)) == trained["voter_messages"]
    parts = "/".join("".join(TOPIC_VOTER_PARTS))
    assert f"voter_issues_{parts}.py" in trained["source"]
