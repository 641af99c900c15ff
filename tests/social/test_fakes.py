"""The loopback fakes speak the real clients' language: startup calls, pagination, errors."""

from __future__ import annotations

import pytest
from atproto import Client
from atproto_client.exceptions import BadRequestError, UnauthorizedError
from mastodon import Mastodon, MastodonAPIError

from tests.social.conftest import APP_PASSWORD, POLITICIAN_HANDLE, Fake


def test_mastodon_py_starts_checks_the_version_and_pages_with_link_headers(mastodon: Fake) -> None:
    token = mastodon.sandbox.issue_token(mastodon.politician["id"])
    client = Mastodon(api_base_url=mastodon.base_url, access_token=token, version_check_mode="created")
    assert client.verify_minimum_version("4.0.0", cached=True)
    assert client.account_verify_credentials()["acct"] == "els"
    voter = mastodon.sandbox.add_account("anna@mastodon.social", "Anna")
    for i in range(5):
        mastodon.sandbox.post_status(voter["id"], f"@els vraag {i}")

    page = client.notifications(types=["mention"], limit=2)
    older = client.fetch_next(page)
    oldest = client.fetch_next(older)

    texts = [n["status"]["content"] for batch in (page, older, oldest) for n in batch]
    assert [t.rsplit(" ", 1)[-1].removesuffix("</p>") for t in texts] == ["4", "3", "2", "1", "0"]
    assert client.fetch_previous(page) in (None, [])


def test_mastodon_validation_errors_read_like_mastodons(mastodon: Fake) -> None:
    token = mastodon.sandbox.issue_token(mastodon.politician["id"])
    client = Mastodon(api_base_url=mastodon.base_url, access_token=token)
    with pytest.raises(MastodonAPIError, match="character limit of 500"):
        client.status_post("x" * 501)
    with pytest.raises(MastodonAPIError, match="Record not found"):
        client.status_post("hallo", in_reply_to_id="1")


def test_atproto_logs_in_reads_the_profile_and_rejects_wrong_passwords(bluesky: Fake) -> None:
    client = Client(base_url=bluesky.base_url)
    profile = client.login(POLITICIAN_HANDLE, APP_PASSWORD)
    assert profile.did == bluesky.politician["did"] and profile.display_name == "Els Vermeulen"
    assert bluesky.sandbox.request_count("app.bsky.actor.getProfile") == 1

    with pytest.raises(UnauthorizedError):
        Client(base_url=bluesky.base_url).login(POLITICIAN_HANDLE, "wrong-password")
    with pytest.raises(BadRequestError, match="300 graphemes"):
        client.send_post("é" * 301)
