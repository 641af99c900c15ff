# ruff: noqa: E501  (the texts are data: one exchange per entry, unbroken)
"""The demo office's history of answered questions, so "Answered before" has something to suggest.

Questions like the ones the simulated voters ask (bus, trains, energy bills, premiums, waste,
housing), asked months ago in Dutch, French, English and German and answered by the office's
staff or by the politician. Stored through the real entry point (triage embeds the questions
when the jobs start) and recorded as sent replies. Seeding twice adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from inbox.ingest.base import Author, IncomingMessage
from inbox.models import (
    ChannelAccount,
    Conversation,
    Direction,
    Message,
    OutgoingReply,
    ReplyState,
    TriageState,
    User,
    db,
)
from inbox.services.answers.record import backfill_answers, record_answer
from inbox.services.intake.store import store_incoming


@dataclass(frozen=True)
class Answered:
    """One earlier exchange: who asked what, who answered what, how many days ago."""

    handle: str
    name: str
    question: str
    answer: str
    author_email: str
    days_ago: int


# {p}: the politician's name. Greetings name the voter, as real replies do.
HISTORY: tuple[Answered, ...] = (
    Answered(
        "jef_m",
        "Jef Maes",
        "De bus in ons dorp rijdt nog maar één keer per uur. Komt er een betere dienstregeling?",
        "Beste Jef Maes, De Lijn voegt vanaf 1 februari een extra bus per uur toe op de belbuslijnen in uw regio; de nieuwe dienstregeling staat op delijn.be. Met vriendelijke groet, {p}",
        "pieter@demo.dialoog.test",
        40,
    ),
    Answered(
        "sofie_d",
        "Sofie Dewulf",
        "Wanneer komt er een veilig fietspad langs de steenweg?",
        "Beste Sofie Dewulf, het fietspad langs de steenweg is goedgekeurd in het investeringsplan; de werken starten in het voorjaar en duren ongeveer acht maanden. Vriendelijke groet, {p}",
        "els@demo.dialoog.test",
        25,
    ),
    Answered(
        "marc_l",
        "Marc Lemaire",
        "Le chèque énergie sera-t-il prolongé cet hiver ? Ma facture a doublé.",
        "Bonjour Marc Lemaire, oui : le tarif social et le chèque énergie sont prolongés jusqu'au 31 mars. La demande se fait auprès de votre CPAS. Bien à vous, {p}",
        "amelie@demo.dialoog.test",
        30,
    ),
    Answered(
        "an_v",
        "An Verhoeven",
        "Krijg ik nog een isolatiepremie voor mijn dak als ik volgend jaar renoveer?",
        "Beste An Verhoeven, ja: de Mijn VerbouwPremie voor dakisolatie blijft bestaan; u vraagt ze aan binnen twee jaar na de eindfactuur via mijnverbouwpremie.be. Groeten, {p}",
        "els@demo.dialoog.test",
        60,
    ),
    Answered(
        "claire_r",
        "Claire Renard",
        "Quelles aides existent pour remplacer ma vieille chaudière au mazout ?",
        "Bonjour Claire Renard, la Région accorde une prime pour une pompe à chaleur ou une chaudière au gaz à condensation ; le formulaire est sur energie.wallonie.be. Bien à vous, {p}",
        "amelie@demo.dialoog.test",
        50,
    ),
    Answered(
        "tom_h",
        "Tom Hughes",
        "How do I apply for the energy bonus? I moved to Brussels last year.",
        "Dear Tom Hughes, the energy bonus is applied for online at the regional energy agency's website; bring your last bill and your national number. Kind regards, {p}",
        "pieter@demo.dialoog.test",
        20,
    ),
    Answered(
        "greta_s",
        "Greta Schmitz",
        "Wird der Sozialtarif für Strom nach dem Winter beibehalten?",
        "Hallo Greta Schmitz, ja, der Sozialtarif bleibt bis zum 31. März bestehen; Sie müssen nichts beantragen, er wird automatisch gewährt. Mit freundlichen Grüßen, {p}",
        "els@demo.dialoog.test",
        35,
    ),
    Answered(
        "koen_b",
        "Koen Bogaert",
        "De afvalophaling is al twee weken niet gepasseerd in onze straat. Wie is bevoegd?",
        "Beste Koen Bogaert, de afvalophaling is een bevoegdheid van de gemeente en de intercommunale; meld het via hun meldpunt, dan komt de ploeg binnen de week langs. Groeten, {p}",
        "pieter@demo.dialoog.test",
        15,
    ),
    Answered(
        "lea_p",
        "Léa Pirard",
        "Les bus TEC sont souvent supprimés le matin. Que fait la Région ?",
        "Bonjour Léa Pirard, la Région a engagé 120 chauffeurs supplémentaires pour le TEC ; les suppressions du matin devraient diminuer dès le mois prochain. Bien à vous, {p}",
        "amelie@demo.dialoog.test",
        45,
    ),
    Answered(
        "ines_w",
        "Ines Wouters",
        "Als jong koppel vinden we geen betaalbare woning. Dalen de registratierechten?",
        "Beste Ines Wouters, voor een eerste eigen woning zijn de registratierechten verlaagd naar 2%; de notaris past dat automatisch toe. Met vriendelijke groet, {p}",
        "els@demo.dialoog.test",
        70,
    ),
    Answered(
        "sam_k",
        "Sam Kelly",
        "My train to Brussels was late three times this week. What are you doing about it?",
        "Dear Sam Kelly, we asked the minister about punctuality on this line in parliament; you can claim compensation from the railway for delays over 15 minutes. Best regards, {p}",
        "pieter@demo.dialoog.test",
        12,
    ),
    Answered(
        "hans_k",
        "Hans Krings",
        "Wie bekomme ich eine Prämie für die Dachisolierung?",
        "Hallo Hans Krings, die Prämie für die Dachisolierung beantragen Sie online bei der Region, innerhalb von zwei Jahren nach der Rechnung. Mit freundlichen Grüßen, {p}",
        "amelie@demo.dialoog.test",
        55,
    ),
)


def seed_answered_history(account: ChannelAccount, politician: str, now: datetime | None = None) -> int:
    """Store the history on the demo X account (once); returns how many exchanges were added."""
    moment = now or datetime.now(UTC)
    added = 0
    for number, item in enumerate(HISTORY):
        asked = moment - timedelta(days=item.days_ago, hours=3)
        message = IncomingMessage(
            external_id=f"demo-history-{number}",
            thread_key=f"demo-history-{number}",
            author=Author(external_id=f"demo-voter-{item.handle}", handle=item.handle, display_name=item.name),
            text=item.question,
            sent_at=asked,
        )
        stored = store_incoming(account.id, [message])
        if not stored.new_message_ids:
            continue
        question = db.session.get(Message, stored.new_message_ids[0])
        assert question is not None
        author = db.session.execute(select(User).where(User.email == item.author_email)).scalar_one()
        text = item.answer.format(p=politician)
        answered = asked + timedelta(hours=5)
        record_past_reply(question, author, text, answered)
        db.session.commit()
        added += 1
    backfill_answers(account.office_id)  # replies sent in a demo run from before the upgrade (migration 0019)
    db.session.commit()
    return added


def record_past_reply(question: Message, author: User, text: str, at: datetime, campaign_id: int | None = None) -> None:
    """The office's reply to ``question``, sent at ``at`` (a month-old post the sandbox never had)."""
    sent = Message(
        office_id=question.office_id,
        conversation_id=question.conversation_id,
        channel_account_id=question.channel_account_id,
        direction=Direction.OUTBOUND,
        external_id=f"{question.external_id}-reply",
        in_reply_to_external_id=question.external_id,
        author_user_id=author.id,
        text=text,
        sent_at=at,
        received_at=at,
        triage_state=TriageState.SKIPPED,
    )
    db.session.add(sent)
    db.session.flush()
    reply = OutgoingReply(
        office_id=question.office_id,
        conversation_id=question.conversation_id,
        author_id=author.id,
        in_reply_to_message_id=question.id,
        sent_message_id=sent.id,
        external_id=sent.external_id,
        text=text,
        state=ReplyState.SENT,
        campaign_id=campaign_id,
        created_at=at - timedelta(minutes=10),
        sent_at=at,
    )
    db.session.add(reply)
    db.session.flush()
    record_answer(reply)  # "Answered before" finds it by the question's embedding
    conversation = db.session.get(Conversation, question.conversation_id)
    assert conversation is not None
    conversation.last_activity_at = max(conversation.last_activity_at, at)
