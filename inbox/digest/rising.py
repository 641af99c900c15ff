"""What is new or rising fast: topics that jumped, and phrases many more voters used than last week.

A phrase is two or three consecutive words (not starting or ending with a common word, and
without the office's own names and handles) counted once per voter. It is "rising" when at
least ``MIN_VOTERS`` voters used it and at least three times as many as the week before
(plus one).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime

from sqlalchemy import func, select

from inbox.digest.counts import inbound_between
from inbox.digest.data import RisingItem, TopicCount
from inbox.models import UNCERTAIN_TOPIC, Conversation, Message, db

MIN_VOTERS = 5
OTHER_TOPIC = "other"  # messages without a policy topic: never a concern, never rising
UNCLEAR_TOPICS = frozenset({OTHER_TOPIC, UNCERTAIN_TOPIC})  # counted apart ("without a clear topic")
TEXT_LIMIT = 3000  # messages read per week for phrases (the most recent)
TEXT_CHARS = 600  # phrases are looked for in the start of each message
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_STOPWORD_TEXT = """
    de het een en van in op te dat die is voor met niet aan er maar om ook als bij nog wel naar zijn
    was ze je we ik u uw mijn ons onze hij zij wat wie waar hoe dit deze dan of tot door over uit heeft
    hebben wordt worden kan kunnen moet moeten zal zou al geen meer veel heel
    le la les un une des du de et en à au aux pour par sur dans est sont pas ne que qui il elle nous vous
    je tu ce cette ces mon ma mes notre votre leur se sa son ses avec plus mais ou donc très être avoir
    the a an and of to in on for with is are was be it this that these those we you i my our your not
    at by from as or but have has do does will would can could should very more about
    der die das ein eine und zu im auf für mit ist sind nicht es wir sie ich ihr unser euer an bei von
    aus als auch noch wie was wer wo dass oder aber sehr mehr
    """
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def _phrases(text: str, own_words: frozenset[str] = frozenset()) -> set[str]:
    words = _WORD.findall(text[:TEXT_CHARS].lower())
    found: set[str] = set()
    for size in (2, 3):
        for index in range(len(words) - size + 1):
            gram = words[index : index + size]
            if gram[0] in STOPWORDS or gram[-1] in STOPWORDS or any(len(word) < 2 for word in gram):
                continue
            if own_words.intersection(gram):  # the politician's name or handle is no voter concern
                continue
            found.add(" ".join(gram))
    return found


def phrase_voters(
    office_id: int, start: datetime, end: datetime, own_words: frozenset[str] = frozenset()
) -> dict[str, frozenset[int]]:
    """Phrase → the distinct voters (contact ids) who used it in ``[start, end)`` (most recent messages).

    Phrases with a word of ``own_words`` (the office's names and handles) are left out.
    """
    statement = (
        select(Conversation.contact_id, func.substr(Message.text, 1, TEXT_CHARS))
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(inbound_between(office_id, start, end))
        .order_by(Message.sent_at.desc())
        .limit(TEXT_LIMIT)
    )
    voters: dict[str, set[int]] = defaultdict(set)
    for contact_id, text in db.session.execute(statement):
        for phrase in _phrases(text or "", own_words):
            voters[phrase].add(contact_id)
    return {phrase: frozenset(ids) for phrase, ids in voters.items()}


def rising_phrases(
    current: dict[str, frozenset[int]], previous: dict[str, frozenset[int]], limit: int = 3
) -> list[RisingItem]:
    """The phrases that spiked, longest first among equal counts; one per group of (mostly) the same voters."""
    before = {phrase: len(voters) for phrase, voters in previous.items()}
    spiked = [
        (len(voters), len(phrase.split()), phrase)
        for phrase, voters in current.items()
        if len(voters) >= MIN_VOTERS and len(voters) >= 3 * (before.get(phrase, 0) + 1)
    ]
    spiked.sort(key=lambda item: (-item[0], -item[1], item[2]))
    chosen: list[RisingItem] = []
    chosen_voters: list[frozenset[int]] = []
    for voters, _, phrase in spiked:
        mine = current[phrase]
        if any(len(mine & other) >= 0.8 * min(len(mine), len(other)) for other in chosen_voters):
            continue
        chosen.append(RisingItem("phrase", phrase, voters, before.get(phrase, 0)))
        chosen_voters.append(mine)
        if len(chosen) == limit:
            break
    return chosen


def rising_topics(
    current: dict[str | None, TopicCount], previous: dict[str | None, TopicCount], averages: dict[str, float]
) -> list[tuple[str, int, int]]:
    """(code, voters, voters last week) of topics at least twice last week's and the 4-week average."""
    found = []
    for code, count in current.items():
        if code is None or code in UNCLEAR_TOPICS or count.voters < MIN_VOTERS:
            continue
        before = previous.get(code, TopicCount()).voters
        if count.voters >= 2 * max(before, averages.get(code, 0.0), 1):
            found.append((code, count.voters, before))
    return sorted(found, key=lambda item: (-item[1], item[0]))
