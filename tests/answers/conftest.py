"""Fixtures for the 'Answered before' tests: the offices of the queue tests, the browser of the web tests."""

from tests.queue.conftest import desk, other_desk  # noqa: F401
from tests.web.conftest import browser, live_inbox  # noqa: F401
