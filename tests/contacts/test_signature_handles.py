"""Finding X, Mastodon and Bluesky handles in the signature of a mail (pure functions)."""

from __future__ import annotations

import pytest

from inbox.services.contacts.signature_handles import handles_in, normalise_handle

SIGNED = """Beste mevrouw,

Mijn buurman @PietJ zegt dat het budget al op is. Klopt dat?

--
Jan Peeters, Gent
X: @Jan_Gent | Mastodon: @jan@mastodon.social | https://bsky.app/profile/jan.bsky.social
Ook: https://mastodon.online/@jpeeters en https://x.com/JanWerk
jan.peeters@example.be
"""


def test_handles_of_every_network_are_found_in_the_signature() -> None:
    assert handles_in(SIGNED) == {
        "jan_gent",
        "jan@mastodon.social",
        "jan.bsky.social",
        "jpeeters@mastodon.online",
        "janwerk",
    }


def test_handles_in_the_body_and_plain_addresses_are_not_taken() -> None:
    found = handles_in(SIGNED)
    assert "pietj" not in found, "a handle in the body is someone else"
    assert not any("example.be" in handle for handle in found), "an e-mail address is not a handle"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Groeten,\nEls (@els.bsky.social). Volg me op @els_x.", {"els.bsky.social", "els_x"}),
        ("Dank!\nAnn\nann.bsky.social", {"ann.bsky.social"}),
        ("Dank!\nAnn", set()),
        ("<script>@evil</script>\n\u202e@rtl_handle", {"evil", "rtl_handle"}),
    ],
)
def test_short_signatures(text: str, expected: set[str]) -> None:
    assert handles_in(text) == expected


def test_identity_handles_are_normalised_alike() -> None:
    assert normalise_handle(" @Jan@Mastodon.Social ") == "jan@mastodon.social"
    assert normalise_handle("Jan_Gent") == "jan_gent"
