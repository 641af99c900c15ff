"""Campaign matching over a stream of messages, in memory, as the worker does it in the database.

:class:`CampaignStream` keeps what ``inbox.services.intake.campaigns.assign_campaigns`` keeps in
its tables (campaign states, the pool of recent unclustered messages, each message's
campaign) and feeds :func:`inbox.triage.campaigns.assign` one batch at a time, in arrival
order. The ``triage tag`` command and the quality bench use it, so a campaign found there
is one the live inbox would find.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from inbox.triage.campaigns import CampaignState, PoolItem, assign, fingerprint

POOL_LIMIT = 3000  # as inbox.services.intake.campaigns: the most recent unclustered messages offered


class CampaignStream:
    """Assigns campaign ids (1, 2, ... in order of founding) to messages fed in arrival order."""

    def __init__(self, *, min_size: int = 3, pool_limit: int = POOL_LIMIT) -> None:
        self.min_size = min_size
        self.pool_limit = pool_limit
        self.states: dict[int, CampaignState] = {}
        self.pool: list[PoolItem] = []
        self.campaign_of: dict[int, int] = {}
        self._next_id = 1

    def _new_id(self) -> int:
        campaign_id, self._next_id = self._next_id, self._next_id + 1
        return campaign_id

    def feed(self, message_ids: Sequence[int], embeddings: np.ndarray, texts: Sequence[str]) -> None:
        """Match one batch of new messages (ids unique over the stream) to campaigns."""
        items = [
            PoolItem(int(mid), np.asarray(vector, dtype=np.float32), fingerprint(text))
            for mid, vector, text in zip(message_ids, embeddings, texts, strict=True)
        ]
        if not items:
            return
        recent = self.pool[-self.pool_limit :][::-1]  # newest first, as the database query
        result = assign(items, list(self.states.values()), recent, min_size=self.min_size, new_campaign_id=self._new_id)
        self.states.update(result.campaigns)
        for decision in result.decisions:
            if decision.campaign_id is not None:
                self.campaign_of[decision.message_id] = decision.campaign_id
        self.campaign_of.update(result.pool_joined)
        self.pool = [item for item in [*self.pool, *items] if item.message_id not in self.campaign_of]

    def campaign(self, message_id: int) -> int | None:
        """The campaign of a message fed so far (None: in no campaign yet)."""
        return self.campaign_of.get(message_id)


def stream_campaigns(
    embeddings: np.ndarray, texts: Sequence[str], *, batch: int = 16, min_size: int = 3
) -> list[int | None]:
    """Campaign ids for ``texts`` fed in order, ``batch`` at a time, through :class:`CampaignStream`."""
    stream = CampaignStream(min_size=min_size)
    for start in range(0, len(texts), batch):
        end = min(start + batch, len(texts))
        stream.feed(list(range(start, end)), embeddings[start:end], texts[start:end])
    return [stream.campaign(i) for i in range(len(texts))]
