"""Storing incoming messages: idempotent, threaded, linked to voters, safe under concurrency."""

from __future__ import annotations

import threading

from flask import Flask
from sqlalchemy import func, select

from inbox.models import (
    ChannelAccount,
    ContactIdentity,
    Conversation,
    ConversationStatus,
    Message,
    TriageState,
    db,
)
from inbox.services.intake.store import store_incoming
from tests.factories import incoming, office_with_users, plain_account


def count(model: type) -> int:
    return db.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_the_same_page_delivered_twice_is_stored_once(app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    page = [incoming("100", author_id="a"), incoming("101", author_id="b"), incoming("102", author_id="a")]

    first = store_incoming(account.id, page)
    second = store_incoming(account.id, page)

    assert len(first.new_message_ids) == 3 and first.duplicates == 0
    assert second.new_message_ids == [] and second.duplicates == 3
    assert count(Message) == 3
    assert count(ContactIdentity) == 2
    assert count(Conversation) == 2


def test_messages_thread_by_key_and_reopen_a_closed_conversation(app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    store_incoming(account.id, [incoming("1", author_id="v", thread="t1")])
    conversation = db.session.execute(select(Conversation)).scalar_one()
    conversation.status = ConversationStatus.CLOSED
    db.session.commit()

    store_incoming(account.id, [incoming("2", author_id="v", thread="t1"), incoming("3", author_id="v", thread="t2")])

    conversations = db.session.execute(select(Conversation).order_by(Conversation.id)).scalars().all()
    assert [c.thread_key for c in conversations] == ["t1", "t2"]
    assert conversations[0].status == ConversationStatus.OPEN
    first_thread = db.session.execute(select(Message.external_id).where(Message.conversation_id == conversations[0].id))
    assert sorted(first_thread.scalars()) == ["1", "2"]
    assert conversations[0].contact_id == conversations[1].contact_id  # one voter, two threads


def test_cursor_is_saved_with_the_messages(app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    store_incoming(account.id, [incoming("9")], cursor={"since_id": "9"})
    db.session.expire_all()
    assert db.session.get(ChannelAccount, account.id).cursor == {"since_id": "9"}


def test_new_messages_are_triaged_with_their_language(app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    texts = {
        "nl": "Waarom duurt de vergunning voor ons huis zo lang?",
        "fr": "Pourquoi les loyers à Bruxelles sont-ils si chers?",
        "en": "When will the train station in Leuven be accessible?",
        "de": "Wann wird die Straße in Eupen endlich repariert?",
    }
    store_incoming(account.id, [incoming(lang, text=text, author_id=lang) for lang, text in texts.items()])
    messages = db.session.execute(select(Message)).scalars().all()
    assert {m.external_id: m.triage.language for m in messages} == {k: k for k in texts}
    assert all(m.triage_state == TriageState.DONE for m in messages)
    assert all(m.triage.model_version for m in messages)


def test_hostile_text_is_stored_exactly(app: Flask) -> None:
    setup = office_with_users()
    account = plain_account(setup.office.id)
    hostile = {
        "html": '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>vet</b>',
        "rtl": "مرحبا، متى سيتم إصلاح الطريق؟ \u202eevil\u202c",
        "emoji": "👩‍👩‍👧‍👦🇧🇪 Merci!! 🙏🏽",
        "big": ("Dit is een lange brief over de begroting. " * 2500)[:100_000],
        "nul": "null\x00byte",
    }
    store_incoming(
        account.id, [incoming(key, text=text, author_id=key) for key, text in hostile.items() if key != "nul"]
    )
    stored = dict(db.session.execute(select(Message.external_id, Message.text)).all())
    assert stored == {k: v for k, v in hostile.items() if k != "nul"}
    assert len(stored["big"]) == 100_000


def test_two_workers_storing_overlapping_batches_store_each_message_once(app: Flask) -> None:
    setup = office_with_users()
    account_id = plain_account(setup.office.id).id
    batches = [
        [incoming(str(i), author_id=f"v{i % 7}", thread=f"t{i % 5}") for i in range(0, 60)],
        [incoming(str(i), author_id=f"v{i % 7}", thread=f"t{i % 5}") for i in range(30, 90)],
        [incoming(str(i), author_id=f"v{i % 7}", thread=f"t{i % 5}") for i in range(0, 90, 2)],
    ]
    errors: list[BaseException] = []
    start = threading.Barrier(len(batches))

    def worker(batch: list) -> None:
        with app.app_context():
            try:
                start.wait()
                store_incoming(account_id, batch)
            except BaseException as error:
                errors.append(error)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=worker, args=(batch,)) for batch in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert count(Message) == 90
    assert count(ContactIdentity) == 7
    assert count(Conversation) == len({(f"t{i % 5}") for i in range(90)})
