"""Random bodies with a valid signature never crash the webhook endpoint and store nothing when refused."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.meta.conftest import MetaSetup, message_count, signed_post

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30))
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)


def near_valid_bodies(page_id: str, ig_id: str) -> st.SearchStrategy[object]:
    """Webhook-shaped bodies whose fields take random types and values."""
    ids = st.sampled_from([page_id, ig_id, "123", ""]) | json_values
    keys = ["item", "verb", "comment_id", "post_id", "parent_id", "from", "message", "created_time", "id", "text",
            "media"]  # fmt: skip
    values = st.dictionaries(st.sampled_from(keys), json_values | st.sampled_from(["comment", "add", "edited"]))
    change = st.fixed_dictionaries({"field": st.sampled_from(["feed", "comments", "x"]) | json_values, "value": values})
    event = st.dictionaries(
        st.sampled_from(["sender", "recipient", "timestamp", "message"]),
        json_values | st.fixed_dictionaries({"mid": json_values, "text": json_values, "is_echo": json_values}),
    )
    entry = st.fixed_dictionaries(
        {"id": ids},
        optional={"time": json_values, "changes": st.lists(change, max_size=3) | json_values,
                  "messaging": st.lists(event, max_size=2) | json_values},
    )  # fmt: skip
    return st.fixed_dictionaries(
        {"object": st.sampled_from(["page", "instagram"]) | json_values, "entry": st.lists(entry, max_size=3)}
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_signed_random_bodies_get_2xx_or_4xx_never_500(meta_on_sqlite: MetaSetup, data: st.DataObject) -> None:
    meta = meta_on_sqlite
    body = data.draw(
        st.binary(max_size=200)
        | json_values.map(lambda v: json.dumps(v).encode())
        | near_valid_bodies(meta.page.id, meta.instagram.id).map(lambda v: json.dumps(v).encode())
    )
    before = message_count()
    answer = signed_post(meta.client, meta.sandbox.app_secret, body)
    assert answer.status_code < 500, body
    if answer.status_code >= 400:
        assert message_count() == before
        assert answer.get_json()["error"]
