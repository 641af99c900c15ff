"""Simulated voters for the Mastodon and Bluesky demos: who writes what, and a background loop.

Each demo supplies the channel part (how a post is made, where the politician's replies
are found); this module picks voters and texts and runs the periodic loop.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, field

from inbox.sandbox.voter_texts import MESSAGES, THANKS, VOTERS

log = logging.getLogger(__name__)

P_THANKS = 0.5  # a voter whose message was answered reacts in that thread
P_SECOND = 0.25  # a voter who already wrote writes again


@dataclass
class VoterPicker:
    """Chooses the next voter and text, in the voter's language (``{h}`` = the politician)."""

    handle: str
    rng: random.Random = field(default_factory=random.Random)
    written: list[str] = field(default_factory=list)
    _unused: dict[str, list[str]] = field(default_factory=dict)

    def next_voter(self) -> tuple[str, str, str]:
        """A voter who has not written yet, or now and then one who has (username, name, language)."""
        fresh = [v for v in VOTERS if v[0] not in self.written]
        if self.written and (not fresh or self.rng.random() < P_SECOND):
            username = self.rng.choice(self.written)
            return next(v for v in VOTERS if v[0] == username)
        voter = self.rng.choice(fresh)
        self.written.append(voter[0])
        return voter

    def question(self, lang: str) -> str:
        """A message not used recently, with the politician's handle filled in."""
        if not self._unused.get(lang):
            self._unused[lang] = list(MESSAGES[lang])
        pool = self._unused[lang]
        return pool.pop(self.rng.randrange(len(pool))).format(h=self.handle)

    def thanks(self, lang: str) -> str:
        """A short thank-you for an answer."""
        return self.rng.choice(THANKS[lang]).format(h=self.handle)

    def wants_to_thank(self) -> bool:
        """Whether this turn a voter reacts to an answer (when there is one)."""
        return self.rng.random() < P_THANKS
