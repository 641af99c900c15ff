"""Fuzzed posts to the public website contact form (the other inbound endpoint, besides the webhooks).

- Any post (fields missing, wrong, hostile or huge; forged, foreign or missing tokens; the
  honeypot filled; wrong content types; unknown form keys) is answered without a 5xx.
- A refused post (400/404/413/422/429) stores nothing; no post stores more than one message,
  and only a post with this form's genuine token and an empty honeypot stores one.
- A valid post with hostile text is stored exactly once, intact; sending the same page again stores nothing.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import quote

from hypothesis import given
from hypothesis import strategies as st

from inbox.services.webform.guard import issue_form_token
from inbox.services.webform.submissions import FormPostInput, clean_post, validate_post
from inbox.text import storable_text
from tests.security.inbound import materialize, office_messages, stored_counts
from tests.security.strategies import HOSTILE_STRINGS, ci_settings, hostile_text
from tests.security.world import World

EXAMPLES = {"sqlite": 12, "postgresql": 4}
TOKENS = ["own", "own", "other-office", "forged", "missing"]
fields = {
    "name": st.sampled_from(["An Peeters", ""]) | hostile_text(),
    "email": st.sampled_from(["an.peeters@example.be", "not-an-address"]) | hostile_text(),
    "postcode": st.sampled_from(["3000", ""]) | hostile_text(),
    "message": st.sampled_from(["Wanneer komt het fietspad?"]) | hostile_text(),
    "consent": st.sampled_from(["yes", "no"]) | hostile_text(),
    "website": st.just("") | hostile_text(),
    "lang": st.sampled_from(["nl", "fr", "en", "de"]) | hostile_text(),
}
posts = st.fixed_dictionaries({}, optional=fields)
readable = st.text(min_size=1, max_size=300) | st.sampled_from(
    [s for s in HOSTILE_STRINGS if s.strip() and "\ud800" not in s and "\udfff" not in s]
)


def _body(values: dict[str, object]) -> bytes:
    pairs = [(key, str(materialize(value))) for key, value in values.items()]
    return "&".join(f"{quote(k)}={quote(v.encode('utf-8', 'surrogatepass'), safe='')}" for k, v in pairs).encode()


def _token(world: World, which: str) -> str | None:
    keys = {key: office.form_key for key, office in world.offices.items()}
    return {
        "own": issue_form_token(keys["A"]),
        "other-office": issue_form_token(keys["B"]),
        "forged": issue_form_token(keys["A"])[:-4] + "AAAA",
        "missing": None,
    }[which]


def test_any_post_is_answered_cleanly_and_stores_at_most_one_genuine_message(world: World) -> None:
    form_key = world.offices["A"].form_key
    b_office = world.offices["B"].id

    @given(
        values=posts,
        token=st.sampled_from(TOKENS),
        content_type=st.sampled_from(
            ["application/x-www-form-urlencoded", "multipart/form-data", "application/json", "text/plain"]
        ),
        path_key=st.sampled_from([form_key, form_key, "", "nope", "%00", form_key + "x"]),
    )
    def run(values: dict[str, object], token: str, content_type: str, path_key: str) -> None:
        sent = dict(values)
        genuine = _token(world, token)
        if genuine is not None:
            sent["token"] = genuine
        before, b_before = stored_counts(), office_messages(b_office)
        client = world.app.test_client()
        answer = client.post(f"/form/{path_key}", data=_body(sent), content_type=content_type)
        status = answer.status_code
        assert status in (200, 400, 404, 405, 413, 422, 429), (status, answer.get_data()[:300])
        stored = stored_counts()["message"] - before["message"]
        assert stored in (0, 1)
        if status != 200:
            assert stored_counts() == before, f"a refused post ({status}) stored something"
        if stored:
            assert token == "own" and not str(materialize(sent.get("website", ""))), "stored without a genuine token"
        assert office_messages(b_office) == b_before

    ci_settings(EXAMPLES[world.backend])(run)()


def test_a_valid_post_with_hostile_text_is_stored_exactly_once(world: World) -> None:
    a_office = world.offices["A"].id
    form_key = world.offices["A"].form_key
    counter = iter(range(10**6))

    @given(message=readable, name=readable)
    def run(message: str, name: str) -> None:
        values = {
            "name": name,
            "email": f"kiezer{next(counter)}@example.be",
            "message": message,
            "consent": "yes",
            "token": issue_form_token(form_key),
            "lang": "nl",
        }
        # fields arrive storable (NUL and lone surrogates as U+FFFD), then the form cleans them
        arrived = FormPostInput(name=storable_text(name), email=str(values["email"]), message=storable_text(message))
        post = clean_post(replace(arrived, consent=True))
        before = len(office_messages(a_office))
        first = world.app.test_client().post(
            f"/form/{form_key}", data=_body(values), content_type="application/x-www-form-urlencoded"
        )
        if validate_post(post, "nl"):
            assert first.status_code == 422
            return
        assert first.status_code == 200, first.get_data()[:300]
        again = world.app.test_client().post(
            f"/form/{form_key}", data=_body(values), content_type="application/x-www-form-urlencoded"
        )
        assert again.status_code == 200
        texts = [text for _, text in office_messages(a_office)]
        assert len(texts) == before + 1, "the same page sent twice stored two messages"
        assert storable_text(post.message) in texts

    ci_settings(EXAMPLES[world.backend] // 2)(run)()
