"""Fuzzed webhook deliveries for every channel that pushes: X Account Activity and Meta (Facebook, Instagram).

- A missing or forged signature is refused (403, with a message) and stores nothing.
- A correctly signed body that is not a delivery (bytes, any JSON, near-valid shapes with
  wrong types, deep nesting) is answered 200 or 400, never 5xx; a refused one stores nothing.
- One office's app secret never writes into another office (entries for B signed with A's secret).
- A valid delivery with hostile text (NUL, RTL, emoji, markup, huge) is stored exactly once, intact.

The Meta "signed random bodies" property of ``tests/meta/test_webhook_fuzz.py`` (SQLite, one
office) is not repeated; its body strategy is reused here, on both databases, with two offices.
"""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from inbox.text import storable_text
from tests.meta.test_webhook_fuzz import near_valid_bodies
from tests.security.inbound import (
    encoded,
    forged_signatures,
    json_values,
    materialize,
    meta_delivery,
    meta_sign,
    office_messages,
    post,
    stored_counts,
    texts,
    x_activity,
    x_signature,
)
from tests.security.regressions import FAR_PAST
from tests.security.strategies import Nested, ci_settings
from tests.security.world import APP_SECRETS, CONSUMER_SECRETS, World

EXAMPLES = {"sqlite": 12, "postgresql": 4}
X_IDS = ["A-x-1000", "B-x-1000"]
META_IDS = ["A-facebook-1000", "A-instagram-1000", "B-facebook-1000", "B-instagram-1000"]
garbage = st.one_of(
    st.binary(max_size=300), json_values, st.builds(Nested, st.sampled_from([50, 100_000]), st.booleans())
)


def _refused_cleanly(answer, before: dict[str, int], status: int) -> None:  # type: ignore[no-untyped-def]
    assert answer.status_code == status, answer.get_data()[:300]
    assert answer.get_json()["error"], "a refusal names its reason"
    assert stored_counts() == before


def test_x_forged_or_missing_signatures_are_refused(world: World) -> None:
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        body = encoded(data.draw(garbage | x_activity(X_IDS)))
        signature = data.draw(forged_signatures(x_signature, body))
        headers = {"x-twitter-webhooks-signature": signature} if signature is not None else {}
        before = stored_counts()
        _refused_cleanly(post(world, "/webhooks/x", body, headers), before, 403)

    ci_settings(EXAMPLES[world.backend])(run)()


TWEET = {"id_str": "9001", "user": {"id_str": "voter-3", "name": "V", "screen_name": "v"}, "text": "hallo"}


def test_x_signed_garbage_is_answered_cleanly_and_never_crosses_offices(world: World) -> None:
    b_office = world.offices["B"].id

    @given(value=garbage | x_activity(X_IDS))
    # timestamps beyond any calendar were an OSError/OverflowError: a 500
    @example(value={"for_user_id": "A-x-1000", "tweet_create_events": [{**TWEET, "timestamp_ms": "9" * 20}]})
    @example(value={"for_user_id": "A-x-1000", "tweet_create_events": [{**TWEET, "timestamp_ms": "9" * 40}]})
    @example(
        value={
            "for_user_id": "A-x-1000",
            "direct_message_events": [
                {
                    "type": "message_create",
                    "id": "5",
                    "created_timestamp": "9" * 20,
                    "message_create": {"sender_id": "7", "message_data": {"text": "x"}},
                }
            ],
        }
    )
    @example(
        value={
            "for_user_id": "A-x-1000",
            "tweet_create_events": [{**TWEET, "created_at": "Mon Jan 01 00:00:00 +1400 0001"}],
        }
    )
    # a voter's name that is a lone surrogate (JSON may escape one) could not be stored: a 500
    @example(
        value={"for_user_id": "A-x-1000", "tweet_create_events": [{**TWEET, "user": {"id_str": "8", "name": "\ud800"}}]}
    )
    # a reply-to id with NUL went into a database query (PostgreSQL refuses NUL): a 500
    @example(
        value={"for_user_id": "A-x-1000", "tweet_create_events": [{**TWEET, "in_reply_to_status_id_str": "5\x00"}]}
    )
    # a reply-to id that was an object went into a database query: a 500
    @example(
        value={"for_user_id": "A-x-1000", "tweet_create_events": [{**TWEET, "in_reply_to_status_id_str": {"a": 1}}]}
    )
    # an id longer than its column (PostgreSQL refuses it): a 500
    @example(value={"for_user_id": "A-x-1000", "tweet_create_events": [{**TWEET, "id_str": "7" * 600}]})
    def run(value: object) -> None:
        body = encoded(value)
        before, b_before = stored_counts(), office_messages(b_office)
        answer = post(
            world, "/webhooks/x", body, {"x-twitter-webhooks-signature": x_signature(CONSUMER_SECRETS["A"], body)}
        )
        assert answer.status_code in (200, 400), (answer.status_code, answer.get_data()[:300])
        if answer.status_code == 400:
            _refused_cleanly(answer, before, 400)
        assert office_messages(b_office) == b_before, "a delivery signed with office A's secret changed office B"

    ci_settings(EXAMPLES[world.backend])(run)()


def test_x_non_ascii_signature_is_refused_not_a_crash(world: World) -> None:
    """Regression: a signature header with non-ASCII characters made compare_digest raise TypeError (a 500)."""
    before = stored_counts()
    answer = post(world, "/webhooks/x", b"{}", {"x-twitter-webhooks-signature": "sha256=\u00e9t\u00e9"})
    _refused_cleanly(answer, before, 403)


def test_x_crc_challenge_never_fails(world: World) -> None:
    @given(token=texts)
    def run(token: object) -> None:
        answer = world.app.test_client().get("/webhooks/x", query_string={"crc_token": materialize(token)})
        assert answer.status_code in (200, 400), answer.status_code
        assert answer.get_json()

    ci_settings(EXAMPLES[world.backend])(run)()


def test_x_hostile_text_is_stored_exactly_once(world: World) -> None:
    a_office = world.offices["A"].id
    counter = iter(range(10**6))

    @given(text=texts, name=texts)
    def run(text: object, name: object) -> None:
        event_id = f"hostile-{next(counter)}"
        event = {
            "type": "message_create",
            "id": event_id,
            "created_timestamp": "1764161000000",
            "message_create": {"sender_id": "voter-9", "message_data": {"text": text}},
        }
        payload = materialize(
            {
                "for_user_id": "A-x-1000",
                "direct_message_events": [event],
                "users": {"voter-9": {"id_str": "voter-9", "name": name, "screen_name": name}},
            }
        )
        body = json.dumps(payload).encode()
        headers = {"x-twitter-webhooks-signature": x_signature(CONSUMER_SECRETS["A"], body)}
        first, again = (post(world, "/webhooks/x", body, headers) for _ in range(2))
        assert first.status_code == 200 and first.get_json()["stored"] == 1, first.get_data()[:300]
        assert again.status_code == 200 and again.get_json() == {"stored": 0, "duplicates": 1, "accounts": 1}
        stored = dict(office_messages(a_office))
        assert stored[f"dm:{event_id}"] == storable_text(
            payload["direct_message_events"][0]["message_create"]["message_data"]["text"]
        )

    ci_settings(EXAMPLES[world.backend] // 2)(run)()


def test_meta_forged_or_missing_signatures_are_refused(world: World) -> None:
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        body = encoded(data.draw(garbage | meta_delivery(META_IDS)))
        signature = data.draw(forged_signatures(meta_sign, body))
        headers = {"X-Hub-Signature-256": signature} if signature is not None else {}
        before = stored_counts()
        _refused_cleanly(post(world, "/webhooks/meta", body, headers), before, 403)

    ci_settings(EXAMPLES[world.backend])(run)()


def test_meta_signed_garbage_is_answered_cleanly_and_never_crosses_offices(world: World) -> None:
    b_office = world.offices["B"].id

    @given(value=garbage | meta_delivery(META_IDS) | near_valid_bodies("A-facebook-1000", "A-instagram-1000"))
    # a comment time of year 1 at +14:00 was an OverflowError: a 500
    @example(
        value={
            "object": "page",
            "entry": [
                {
                    "id": "A-facebook-1000",
                    "changes": [
                        {
                            "field": "feed",
                            "value": {
                                "item": "comment",
                                "verb": "add",
                                "comment_id": "c-far",
                                "post_id": "p1",
                                "from": {"id": "v1", "name": "V"},
                                "message": "hallo",
                                "created_time": FAR_PAST,
                            },
                        }
                    ],
                }
            ],
        }
    )
    # an account or comment id with NUL went into a database query (PostgreSQL refuses NUL): a 500
    @example(
        value={
            "object": "page",
            "entry": [
                {
                    "id": "A-facebook-1000\x00",
                    "messaging": [{"sender": {"id": "v1"}, "message": {"mid": "m0", "text": "x"}}],
                }
            ],
        }
    )
    @example(
        value={
            "object": "page",
            "entry": [
                {
                    "id": "A-facebook-1000",
                    "changes": [
                        {
                            "field": "feed",
                            "value": {
                                "item": "comment",
                                "verb": "edited",
                                "comment_id": "c\x00",
                                "post_id": "p",
                                "from": {"id": "v"},
                                "message": "y",
                            },
                        }
                    ],
                }
            ],
        }
    )
    # a voter's name with NUL (PostgreSQL) or a lone surrogate could not be stored: a 500
    @example(
        value={
            "object": "page",
            "entry": [
                {
                    "id": "A-facebook-1000",
                    "messaging": [
                        {
                            "sender": {"id": "v\x00"},
                            "timestamp": 1764161000000,
                            "message": {"mid": "m-nul\x00", "text": "a\x00"},
                        }
                    ],
                }
            ],
        }
    )
    def run(value: object) -> None:
        body = encoded(value)
        before, b_before = stored_counts(), office_messages(b_office)
        answer = post(world, "/webhooks/meta", body, {"X-Hub-Signature-256": meta_sign(APP_SECRETS["A"], body)})
        assert answer.status_code in (200, 400), (answer.status_code, answer.get_data()[:300])
        if answer.status_code == 400:
            _refused_cleanly(answer, before, 400)
        assert office_messages(b_office) == b_before, "a delivery signed with office A's app secret changed office B"

    ci_settings(EXAMPLES[world.backend])(run)()


def test_meta_subscription_check_never_fails(world: World) -> None:
    @given(
        mode=st.sampled_from(["subscribe", "x"]) | texts,
        token=st.sampled_from(["verify-A", "verify-B"]) | texts,
        challenge=texts,
    )
    def run(mode: object, token: object, challenge: object) -> None:
        query = {
            "hub.mode": materialize(mode),
            "hub.verify_token": materialize(token),
            "hub.challenge": materialize(challenge),
        }
        answer = world.app.test_client().get("/webhooks/meta", query_string=query)
        assert answer.status_code in (200, 400, 403), answer.status_code
        if answer.status_code == 200:
            assert query["hub.verify_token"] in ("verify-A", "verify-B") and query["hub.mode"] == "subscribe"

    ci_settings(EXAMPLES[world.backend])(run)()


def test_meta_hostile_text_is_stored_exactly_once(world: World) -> None:
    a_office = world.offices["A"].id
    counter = iter(range(10**6))

    @given(text=texts, name=texts, instagram=st.booleans())
    def run(text: object, name: object, instagram: bool) -> None:
        mid = f"m-hostile-{next(counter)}"
        account = "A-instagram-1000" if instagram else "A-facebook-1000"
        event = {
            "sender": {"id": "voter-7", "name": name},
            "recipient": {"id": account},
            "timestamp": 1764161000000,
            "message": {"mid": mid, "text": text},
        }
        payload = materialize(
            {
                "object": "instagram" if instagram else "page",
                "entry": [{"id": account, "time": 1764161000000, "messaging": [event]}],
            }
        )
        body = json.dumps(payload).encode()
        headers = {"X-Hub-Signature-256": meta_sign(APP_SECRETS["A"], body)}
        first, again = (post(world, "/webhooks/meta", body, headers) for _ in range(2))
        assert first.status_code == 200 and first.get_json()["stored"] == 1, first.get_data()[:300]
        assert again.status_code == 200 and again.get_json()["stored"] == 0 and again.get_json()["duplicates"] == 1
        assert dict(office_messages(a_office))[mid] == storable_text(
            payload["entry"][0]["messaging"][0]["message"]["text"]
        )

    ci_settings(EXAMPLES[world.backend] // 2)(run)()
