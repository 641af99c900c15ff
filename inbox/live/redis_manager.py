"""The Redis message queue of live events, with a catch-up signal after Redis was lost.

Redis pub/sub keeps nothing: an event published while Redis was unreachable (restarting,
failing over) never reaches any page, and the pages do not notice, because their own
connection to the web process stayed up. So when this process's listener subscribes again
after losing Redis, it tells every page connected here to catch up ("resync"), as the page
already does after reconnecting: it reloads its queue, unread count and open conversation.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import socketio

log = logging.getLogger(__name__)

# Wait this long after subscribing again before the pages reload: events published from then
# on arrive live, so nothing falls between the reload and the subscription.
RESYNC_DELAY_SECONDS = 1.0


class ResyncingRedisManager(socketio.RedisManager):
    """python-socketio's Redis manager that asks local pages to catch up after a lost subscription."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._listener: threading.Thread | None = None
        self._subscribed_before = False

    def _thread(self) -> None:
        self._listener = threading.current_thread()
        super()._thread()

    def _redis_connect(self) -> None:
        """Connect; on the listener's connection, notice when its subscription succeeds again."""
        super()._redis_connect()
        if threading.current_thread() is not self._listener:
            return  # a publisher reconnecting, not the subscription
        subscribe = self.pubsub.subscribe

        def subscribe_and_resync(*args: Any, **kwargs: Any) -> Any:
            answer = subscribe(*args, **kwargs)  # raises while Redis is still away
            if self._subscribed_before:
                self.server.start_background_task(self._resync_pages)
            self._subscribed_before = True
            return answer

        self.pubsub.subscribe = subscribe_and_resync  # type: ignore[method-assign]

    def _resync_pages(self) -> None:
        self.server.sleep(RESYNC_DELAY_SECONDS)
        log.warning("live events: Redis was lost and is back; asking the open pages to catch up")
        self.server.emit("resync", {}, namespace="/", ignore_queue=True)
