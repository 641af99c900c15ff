"""Voters' display names from Meta's user profile APIs (issue 21): once per voter, politely, never in the way.

Messenger and Instagram webhooks name a direct message's sender by scoped id only; after a
poll, Dialoog asks the (fake) Graph API ``GET /{PSID}?fields=first_name,last_name,profile_pic``
or ``GET /{IGSID}?fields=name,username,profile_pic`` and keeps the name.
"""

from __future__ import annotations

import json
from datetime import timedelta

import requests
from flask import Flask
from sqlalchemy import select

from inbox.models import ChannelKind, Contact, ContactIdentity, db, utcnow
from inbox.services.contacts.names import greeting_name
from inbox.services.intake.polling import poll_account
from tests.meta.conftest import MetaSetup


def _identity(kind: ChannelKind, external_id: str) -> ContactIdentity:
    db.session.expire_all()
    return db.session.execute(
        select(ContactIdentity).where(ContactIdentity.channel_kind == kind, ContactIdentity.external_id == external_id)
    ).scalar_one()


def _profile_requests(meta: MetaSetup, voter_id: str) -> list[dict]:
    return [params for method, path, params in meta.sandbox.requests if method == "GET" and path == voter_id]


def test_a_messenger_voter_gets_the_name_meta_gives_once(app: Flask, meta: MetaSetup) -> None:
    meta.sandbox.direct_message(meta.page.id, "5550001", "Griet Peeters", "Wanneer is de volgende zitdag?")
    before = db.session.get(Contact, _identity(ChannelKind.FACEBOOK, "5550001").contact_id)
    assert before.display_name == "Facebook-gebruiker …0001" and greeting_name(before) is None

    poll_account(meta.facebook_account.id)
    identity = _identity(ChannelKind.FACEBOOK, "5550001")
    contact = db.session.get(Contact, identity.contact_id)
    assert identity.display_name == "Griet Peeters" and contact.display_name == "Griet Peeters"
    assert greeting_name(contact) == "Griet Peeters"  # "Beste Griet Peeters," instead of "Goeiedag,"
    (asked,) = _profile_requests(meta, "5550001")
    assert asked["fields"] == "first_name,last_name,profile_pic"

    meta.sandbox.direct_message(meta.page.id, "5550001", "Griet Peeters", "En nog iets.")
    poll_account(meta.facebook_account.id)
    assert len(_profile_requests(meta, "5550001")) == 1  # kept: not asked again for later messages


def test_an_instagram_voter_gets_name_and_username(app: Flask, meta: MetaSetup) -> None:
    meta.sandbox.profiles["1781234"] = {"username": "lukas.schmitz.eupen"}
    meta.sandbox.direct_message(meta.instagram.id, "1781234", "Lukas Schmitz", "Guten Tag!")
    poll_account(meta.instagram_account.id)
    identity = _identity(ChannelKind.INSTAGRAM, "1781234")
    assert (identity.display_name, identity.handle) == ("Lukas Schmitz", "lukas.schmitz.eupen")
    assert db.session.get(Contact, identity.contact_id).display_name == "Lukas Schmitz"
    (asked,) = _profile_requests(meta, "1781234")
    assert asked["fields"] == "name,username,profile_pic"


def test_a_rate_limit_leaves_the_name_and_is_retried_after_the_wait(app: Flask, meta: MetaSetup) -> None:
    usage = {"1": [{"call_count": 100, "total_cputime": 5, "total_time": 5, "type": "pages",
                    "estimated_time_to_regain_access": 30}]}  # fmt: skip
    meta.sandbox.fail_next(613, path="5550002", headers={"X-Business-Use-Case-Usage": json.dumps(usage)})
    meta.sandbox.direct_message(meta.page.id, "5550002", "Jan Claes", "Is het stadhuis open?")
    meta.sandbox.direct_message(meta.page.id, "5550003", "An Vos", "Ook een vraag.")

    assert poll_account(meta.facebook_account.id) is not None  # the poll itself went well
    waiting = _identity(ChannelKind.FACEBOOK, "5550002")
    assert waiting.display_name == "" and waiting.name_lookup_attempts == 1
    assert timedelta(minutes=29) < waiting.name_lookup_after - utcnow() <= timedelta(minutes=30)
    assert db.session.get(Contact, waiting.contact_id).display_name == "Facebook-gebruiker …0002"
    assert _identity(ChannelKind.FACEBOOK, "5550003").display_name == ""  # the round stopped at the limit
    assert _profile_requests(meta, "5550003") == []

    poll_account(meta.facebook_account.id)  # still waiting for 5550002; 5550003 is asked now
    assert len(_profile_requests(meta, "5550002")) == 1
    assert _identity(ChannelKind.FACEBOOK, "5550003").display_name == "An Vos"

    waiting = _identity(ChannelKind.FACEBOOK, "5550002")
    waiting.name_lookup_after = utcnow() - timedelta(seconds=1)  # the wait is over
    db.session.commit()
    poll_account(meta.facebook_account.id)
    assert _identity(ChannelKind.FACEBOOK, "5550002").display_name == "Jan Claes"


def test_commenters_are_not_looked_up_and_a_missing_name_is_tried_again_later(app: Flask, meta: MetaSetup) -> None:
    meta.sandbox.comment(meta.media.id, "1789999", "mieke_dh", "Mooie foto!")
    meta.sandbox.profiles["1785555"] = {"name": None}
    meta.sandbox.direct_message(meta.instagram.id, "1785555", "", "hoi")
    poll_account(meta.instagram_account.id)
    assert _profile_requests(meta, "1789999") == []  # Meta gives no profile without a message (consent)
    nameless = _identity(ChannelKind.INSTAGRAM, "1785555")
    assert nameless.display_name == "" and nameless.name_lookup_attempts == 1
    assert nameless.name_lookup_after > utcnow()


def test_the_fake_answers_the_profile_apis_with_their_documented_shapes(app: Flask, meta: MetaSetup) -> None:
    sandbox, base = meta.sandbox, f"{meta.base_url}/v23.0"
    sandbox.direct_message(meta.page.id, "5550009", "Sofie Maes", "Dag!")
    sandbox.comment(meta.media.id, "1788888", "tom_v", "Top")
    page = {"Authorization": f"Bearer {meta.page.token}"}
    insta = {"Authorization": f"Bearer {meta.instagram.token}"}

    answer = requests.get(f"{base}/5550009", params={"fields": "first_name,last_name,profile_pic"}, headers=page)
    assert answer.status_code == 200 and "X-App-Usage" in answer.headers
    body = answer.json()
    assert (body["id"], body["first_name"], body["last_name"]) == ("5550009", "Sofie", "Maes")
    assert body["profile_pic"].startswith("https://")

    refused = requests.get(f"{base}/1788888", params={"fields": "name,username"}, headers=insta)
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == 230 and "consent" in refused.json()["error"]["message"]
    unknown = requests.get(f"{base}/4040404", params={"fields": "first_name"}, headers=page).json()["error"]
    assert (unknown["code"], unknown["error_subcode"]) == (100, 33)
    field = requests.get(f"{base}/5550009", params={"fields": "email"}, headers=page).json()["error"]
    assert field["code"] == 100 and "email" in field["message"]
