"""One voter across channels: automatic links, suggestions, merge and unmerge, office boundaries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Flask
from sqlalchemy import select

from inbox.ingest.base import Author, IncomingMessage
from inbox.models import (
    AuditEvent,
    ChannelAccount,
    ChannelKind,
    Contact,
    ContactIdentity,
    Conversation,
    MergeSuggestion,
    SuggestionStatus,
    db,
)
from inbox.services.contacts.linking import suggest
from inbox.services.intake.store import store_incoming
from tests.clients import isolated_client
from tests.contacts.conftest import email_account, form_key_of
from tests.factories import OfficeSetup, office_with_users, plain_account

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def mail(external_id: str, address: str, text: str, *, name: str = "Jan Peeters", minutes: int = 0) -> IncomingMessage:
    """An incoming e-mail as the e-mail channel hands it to the store (identity key: the address)."""
    return IncomingMessage(
        external_id=external_id,
        thread_key=external_id,
        author=Author(external_id=address.lower(), handle=address.lower(), display_name=name),
        text=text,
        sent_at=T0 + timedelta(minutes=minutes),
        subject="Fietspad",
        raw={"from": address.lower(), "message_id": external_id, "references": [], "subject": "Fietspad"},
    )


def post(
    external_id: str, user_id: str, handle: str, text: str, *, name: str = "Jan", minutes: int = 0
) -> IncomingMessage:
    """A social post (X, Mastodon, Bluesky) as its channel hands it to the store."""
    return IncomingMessage(
        external_id=external_id,
        thread_key=f"thread-{external_id}",
        author=Author(external_id=user_id, handle=handle, display_name=name),
        text=text,
        sent_at=T0 + timedelta(minutes=minutes),
    )


def contact_of(account: ChannelAccount, external_id: str) -> Contact:
    """The contact behind an identity on the account's channel."""
    db.session.expire_all()
    identity = db.session.execute(
        select(ContactIdentity).where(
            ContactIdentity.office_id == account.office_id,
            ContactIdentity.channel_kind == account.kind,
            ContactIdentity.external_id == external_id,
        )
    ).scalar_one()
    return db.session.get(Contact, identity.contact_id)


def social_account(office_id: int, kind: ChannelKind, handle: str) -> ChannelAccount:
    """A channel account of the office that nothing polls."""
    account = ChannelAccount(office_id=office_id, kind=kind, handle=handle, credentials={})
    db.session.add(account)
    db.session.commit()
    return account


def test_same_email_on_form_and_mail_is_one_contact(
    app: Flask, form_office: OfficeSetup, staff_client, visitor
) -> None:
    office_id = form_office.office.id
    inbox = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.office_id == office_id, ChannelAccount.kind == ChannelKind.EMAIL)
    ).scalar_one()
    store_incoming(inbox.id, [mail("<m1@example.be>", "Jan.Peeters@Example.be", "Eerste mail over de N8.")])
    voter = visitor(form_key_of(office_id))
    voter.open()
    assert voter.post(email="JAN.PEETERS@example.be", message="Nu via het formulier.").status_code == 200

    db.session.expire_all()
    contacts = db.session.execute(select(Contact).where(Contact.office_id == office_id)).scalars().all()
    assert len(contacts) == 1
    [contact] = contacts
    assert sorted(str(i.channel_kind) for i in contact.identities) == ["email", "webform"]
    assert contact.email == "jan.peeters@example.be" and contact.postcode == "9000"

    client, _ = staff_client(form_office.staff)
    detail = client.get(f"/api/contacts/{contact.id}").get_json()
    assert [item["channel"] for item in detail["history"]] == ["webform", "email"], "newest first"
    assert [item["text"] for item in detail["history"]] == ["Nu via het formulier.", "Eerste mail over de N8."]
    assert {c["channel"] for c in detail["conversations"]} == {"email", "webform"}
    actions = db.session.execute(select(AuditEvent.action)).scalars().all()
    assert "contact.linked_automatically" in actions


def test_same_name_and_postcode_is_suggested(app: Flask, form_office: OfficeSetup, staff_client, visitor) -> None:
    key = form_key_of(form_office.office.id)
    for address, ip in (("jan@werk.example", "198.51.100.1"), ("jan@thuis.example", "198.51.100.2")):
        voter = visitor(key, ip=ip)
        voter.open()
        voter.post(email=address, name="Jan  Peeters", postcode="9000")
    voter = visitor(key, ip="198.51.100.3")
    voter.open()
    voter.post(email="other@thuis.example", name="Jan Peeters", postcode="2000")

    client, _ = staff_client(form_office.staff)
    [suggestion] = client.get("/api/contacts/suggestions").get_json()["suggestions"]
    assert suggestion["reason"] == "name_postcode"
    assert sorted(c["email"] for c in suggestion["contacts"]) == ["jan@thuis.example", "jan@werk.example"]


def test_handle_in_a_signature_is_suggested(app: Flask, form_office: OfficeSetup, staff_client) -> None:
    office_id = form_office.office.id
    inbox = email_account(office_id, 25, address="second@kamer.example")
    x = plain_account(office_id, handle="PeetersX")
    mastodon = social_account(office_id, ChannelKind.MASTODON, "peeters@mastodon.example")
    store_incoming(x.id, [post("tw1", "4242", "jan_gent", "@PeetersX wanneer komt het fietspad?")])
    signed = "Beste,\n\nIk schreef al op X.\n\n-- \nJan Peeters\nX: @Jan_Gent · Mastodon: @jan@mastodon.social\n"
    store_incoming(inbox.id, [mail("<sig@example.be>", "jan@example.be", signed)])
    store_incoming(mastodon.id, [post("md1", "109", "jan@mastodon.social", "@peeters dank!")])

    client, headers = staff_client(form_office.staff)
    suggestions = client.get("/api/contacts/suggestions").get_json()["suggestions"]
    mail_contact = contact_of(inbox, "jan@example.be").id
    pairs = {(s["reason"], s["detail"]["channel"]): {c["id"] for c in s["contacts"]} for s in suggestions}
    assert pairs[("handle_in_signature", "x")] == {mail_contact, contact_of(x, "4242").id}
    assert pairs[("handle_in_signature", "mastodon")] == {mail_contact, contact_of(mastodon, "109").id}

    x_contact, mastodon_contact = contact_of(x, "4242").id, contact_of(mastodon, "109").id
    merged = client.post("/api/contacts/merge", json={"keep": x_contact, "merge": mail_contact}, headers=headers)
    assert merged.status_code == 200
    [left] = client.get("/api/contacts/suggestions").get_json()["suggestions"]
    assert {c["id"] for c in left["contacts"]} == {x_contact, mastodon_contact}, "moved to the kept contact"
    assert client.post(f"/api/contacts/suggestions/{left['id']}/dismiss", headers=headers).status_code == 200
    assert client.get("/api/contacts/suggestions").get_json()["suggestions"] == []


def test_merge_and_unmerge_move_the_history(app: Flask, form_office: OfficeSetup, staff_client) -> None:
    office_id = form_office.office.id
    inbox = email_account(office_id, 25, address="second@kamer.example")
    x = plain_account(office_id, handle="PeetersX")
    store_incoming(x.id, [post("tw1", "4242", "jan_gent", "@PeetersX over de N8", minutes=5)])
    store_incoming(inbox.id, [mail("<a@example.be>", "jan@example.be", "Mail over de N8", minutes=1)])
    keep, other = contact_of(inbox, "jan@example.be"), contact_of(x, "4242")
    client, headers = staff_client(form_office.staff)

    merged = client.post("/api/contacts/merge", json={"keep": keep.id, "merge": other.id}, headers=headers)
    assert merged.status_code == 200, merged.get_data(as_text=True)
    detail = merged.get_json()
    assert {i["channel"] for i in detail["contact"]["identities"]} == {"email", "x"}
    assert [h["channel"] for h in detail["history"]] == ["x", "email"]
    assert client.get(f"/api/contacts/{other.id}").status_code == 404, "the merged contact is gone"
    assert db.session.execute(select(Conversation.contact_id).distinct()).scalars().all() == [keep.id]
    same = client.post("/api/contacts/merge", json={"keep": keep.id, "merge": keep.id}, headers=headers)
    assert same.status_code == 422

    x_identity = next(i for i in detail["contact"]["identities"] if i["channel"] == "x")
    split = client.post("/api/contacts/unmerge", json={"identity_id": x_identity["id"]}, headers=headers)
    assert split.status_code == 200
    fresh = split.get_json()
    assert fresh["contact"]["id"] != keep.id and [h["text"] for h in fresh["history"]] == ["@PeetersX over de N8"]
    back = client.get(f"/api/contacts/{keep.id}").get_json()
    assert [h["text"] for h in back["history"]] == ["Mail over de N8"]
    alone = client.post("/api/contacts/unmerge", json={"identity_id": x_identity["id"]}, headers=headers)
    assert alone.status_code == 422
    assert client.post("/api/contacts/unmerge", json={"identity_id": "1"}, headers=headers).status_code == 400
    audit = db.session.execute(select(AuditEvent).where(AuditEvent.action.like("contact.%"))).scalars().all()
    assert {(e.action, e.actor_user_id) for e in audit} >= {
        ("contact.merged", form_office.staff.id),
        ("contact.unmerged", form_office.staff.id),
    }


def test_a_split_email_identity_is_not_linked_again(
    app: Flask, form_office: OfficeSetup, staff_client, visitor
) -> None:
    office_id = form_office.office.id
    inbox = db.session.execute(
        select(ChannelAccount).where(ChannelAccount.office_id == office_id, ChannelAccount.kind == ChannelKind.EMAIL)
    ).scalar_one()
    store_incoming(inbox.id, [mail("<m1@example.be>", "jan@example.be", "Eerste mail.")])
    voter = visitor(form_key_of(office_id))
    voter.open()
    voter.post(email="jan@example.be", message="Via het formulier.")
    contact = contact_of(inbox, "jan@example.be")
    form_identity = next(i for i in contact.identities if i.channel_kind == ChannelKind.WEBFORM)
    client, headers = staff_client(form_office.staff)
    assert (
        client.post("/api/contacts/unmerge", json={"identity_id": form_identity.id}, headers=headers).status_code == 200
    )
    store_incoming(inbox.id, [mail("<m2@example.be>", "jan@example.be", "Tweede mail.", minutes=3)])
    db.session.expire_all()
    assert len(db.session.execute(select(Contact).where(Contact.office_id == office_id)).scalars().all()) == 2


def test_staff_never_reach_another_offices_contacts(
    app: Flask, form_office: OfficeSetup, staff_client, visitor
) -> None:
    other = office_with_users("Andere fractie")
    theirs = plain_account(other.office.id, handle="Andere")
    store_incoming(theirs.id, [post("t1", "1", "a", "hallo", name="Piet"), post("t2", "2", "b", "dag", name="Piet")])
    their_contacts = db.session.execute(select(Contact).where(Contact.office_id == other.office.id)).scalars().all()
    first, second = sorted(c.id for c in their_contacts)
    their_identity = db.session.execute(
        select(ContactIdentity.id).where(ContactIdentity.contact_id == first)
    ).scalar_one()
    suggest(other.office.id, first, second, "name_postcode", {"name": "Piet", "postcode": "1000"})
    db.session.commit()
    their_suggestion = db.session.execute(select(MergeSuggestion.id)).scalar_one()
    ours = plain_account(form_office.office.id, handle="Ours")
    store_incoming(ours.id, [post("o1", "9", "c", "hoi")])
    mine = db.session.execute(select(Contact.id).where(Contact.office_id == form_office.office.id)).scalar_one()

    client, headers = staff_client(form_office.staff)
    assert client.get(f"/api/contacts/{first}").status_code == 404
    assert client.post("/api/contacts/merge", json={"keep": first, "merge": second}, headers=headers).status_code == 404
    assert client.post("/api/contacts/merge", json={"keep": mine, "merge": first}, headers=headers).status_code == 404
    assert (
        client.post("/api/contacts/unmerge", json={"identity_id": their_identity}, headers=headers).status_code == 404
    )
    assert client.get("/api/contacts/suggestions").get_json() == {"suggestions": []}
    dismiss = client.post(f"/api/contacts/suggestions/{their_suggestion}/dismiss", headers=headers)
    assert dismiss.status_code == 404
    db.session.expire_all()
    assert db.session.get(MergeSuggestion, their_suggestion).status == SuggestionStatus.OPEN
    assert client.post("/api/contacts/merge", json={"keep": mine, "merge": first}).status_code == 400, "CSRF"
    assert len(db.session.execute(select(Contact).where(Contact.office_id == other.office.id)).scalars().all()) == 2

    their_admin, _ = staff_client(other.admin)
    assert their_admin.get("/api/admin/form").get_json()["form_key"] != form_key_of(form_office.office.id)
    anonymous = isolated_client(app)
    assert anonymous.get(f"/api/contacts/{mine}").status_code in (302, 401)
    assert anonymous.get("/api/admin/form").status_code in (302, 401)
