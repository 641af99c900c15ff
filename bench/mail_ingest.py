"""Benchmark: how many mails per second Dialoog fetches, parses and stores from an IMAP mailbox.

Fills a real local IMAP mailbox (pymap via ``MailSandbox``, on loopback) with realistic voter
mails — plain text and multipart/alternative with HTML; 8bit, quoted-printable and base64;
UTF-8, ISO-8859-1 and windows-1252; Dutch, French, English and German; some with an
attachment, some replies (In-Reply-To/References to earlier mails, quoted text); 1 KB to
~200 KB — then connects an office's EMAIL channel account to it and calls
``inbox.services.intake.polling.poll_account`` until every mail is stored. The measured time is the
whole ingest path: IMAP fetch, MIME parse, threading, ``store_incoming`` (rows, search index,
the triage enqueue and the live event). Each poll takes at most 200 mails / 64 MB, so 10,000
mails take at least 50 polls. The mailbox is filled once and read (BODY.PEEK) by each database.

Triage does not run during the measurement: the app runs with ``DIALOOG_JOBS=workers`` and
``REDIS_URL`` pointing at a scratch Redis database (``--redis-url``, default db 9, which must
be empty; it is flushed after each database). Triage jobs are only queued there (no worker
consumes them) and live events go through Redis as in production.

    python bench/mail_ingest.py                              # 10,000 mails, SQLite and PostgreSQL
    python bench/mail_ingest.py --mails 200 --database sqlite
"""

from __future__ import annotations

import argparse
import imaplib
import os
import random
import socket
import statistics
import sys
import tempfile
import textwrap
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

import click
import redis
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from inbox import create_app
from inbox.jobs.queues import triage_queue
from inbox.models import ChannelAccount, ChannelKind, Conversation, Message, db
from inbox.sandbox.mail.server import MailSandbox
from inbox.sandbox.voter_texts import MESSAGES, VOTERS
from inbox.services.access.users import create_office
from inbox.services.intake.polling import poll_account

# the channel sandboxes listen on loopback, which production never lets credentials reach
os.environ.setdefault("DIALOOG_PROVIDER_HOSTS", "loopback")

OFFICE_ADDRESS = "els.vermeulen@kamer.example"
DOMAINS = ["telenet.be", "skynet.be", "gmail.com", "proximus.be", "hotmail.com", "outlook.be", "web.de", "yahoo.fr"]
SUBJECTS = {
    "nl": ["Fietspad steenweg", "Vertraging treinen", "Betaalbaar wonen", "Energiefactuur", "Wachtlijst zorg"],
    "fr": ["Bus TEC supprimés", "Loyers à Liège", "Prime à la rénovation", "Urgences saturées", "Pension trop basse"],
    "en": ["Voter registration", "Affordable housing", "Metro line 3", "Residence card", "Tax reform question"],
    "de": ["Bahnverbindung Eupen", "Kinderbetreuung", "Energiepreise", "Hausarzt geht in Rente", "Schlaglöcher"],
}
GREETINGS = {"nl": "Beste mevrouw Vermeulen,", "fr": "Madame,", "en": "Dear Ms Vermeulen,", "de": "Sehr geehrte Frau,"}
SIGN_OFFS = {
    "nl": "Met vriendelijke groeten,",
    "fr": "Bien à vous,",
    "en": "Kind regards,",
    "de": "Mit freundlichen Grüßen,",
}
WROTE = {"nl": "schreef", "fr": "a écrit", "en": "wrote", "de": "schrieb"}
CHARSETS = [("utf-8", 0.6), ("iso-8859-1", 0.2), ("windows-1252", 0.2)]
ENCODINGS = [("8bit", 0.4), ("quoted-printable", 0.4), ("base64", 0.2)]
ATTACHMENTS = [("application", "pdf", "brief-aan-het-kabinet.pdf"), ("image", "jpeg", "foto_straat_été.jpg")]
ATTACHMENTS += [("application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "Stellungnahme.docx")]


def weighted(rng: random.Random, choices: list[tuple[str, float]]) -> str:
    """One value of ``(value, weight)`` pairs."""
    return rng.choices([value for value, _ in choices], [weight for _, weight in choices])[0]


@dataclass
class Sent:
    """What a later reply needs to know about an earlier mail."""

    message_id: str
    references: list[str]
    subject: str
    sender: str
    name: str
    language: str
    date: str
    body: str  # its first 1,500 characters: what a reply quotes


@dataclass
class Composition:
    """What the generated mailbox holds (printed with the results)."""

    sizes: list[int] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """One sentence about the mailbox."""
        ordered = sorted(self.sizes)
        p95 = ordered[round(0.95 * (len(ordered) - 1))]
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(self.kinds.items()))
        return (
            f"{len(ordered)} mails, {sum(ordered) / 1e6:.1f} MB; size min {ordered[0] / 1024:.1f} KB, "
            f"median {statistics.median(ordered) / 1024:.1f} KB, p95 {p95 / 1024:.1f} KB, "
            f"max {ordered[-1] / 1024:.1f} KB; {kinds}."
        )


class MailFactory:
    """Deterministic realistic voter mails, one after another (replies point at earlier ones)."""

    def __init__(self, count: int, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        self.count = count
        self.voters = max(16, count // 3)
        self.earlier: list[Sent] = []
        self.start = datetime.now(UTC) - timedelta(minutes=count * 3)
        self.composition = Composition()

    def _voter(self) -> tuple[str, str, str]:
        """(address, display name, language) of a voter; the pool is about a third of the mail count."""
        number = self.rng.randrange(self.voters)
        username, name, language = VOTERS[number % len(VOTERS)]
        suffix = "" if number < len(VOTERS) else str(number // len(VOTERS))
        return f"{username}{suffix}@{DOMAINS[number % len(DOMAINS)]}", name, language

    def _target_size(self) -> int:
        """Bytes this mail should roughly have: mostly small, a tail up to ~200 KB."""
        band = self.rng.random()
        low, high = (1_000, 8_000) if band < 0.7 else (8_000, 50_000) if band < 0.9 else (50_000, 200_000)
        return round(low * (high / low) ** self.rng.random())

    def _paragraphs(self, language: str, chars: int) -> list[str]:
        """Voter text of about ``chars`` characters, as wrapped paragraphs."""
        paragraphs: list[str] = []
        total = 0
        while total < chars or not paragraphs:
            count = self.rng.randint(1, 3)
            sentences = [self.rng.choice(MESSAGES[language]).replace("@{h} ", "") for _ in range(count)]
            paragraph = textwrap.fill(" ".join(sentences), width=72)
            paragraphs.append(paragraph)
            total += len(paragraph) + 2
        return paragraphs

    def _html(self, paragraphs: list[str], quoted: Sent | None) -> str:
        """An Outlook/Gmail-like HTML body for the same text."""
        body = "".join(f"<p>{escape(p).replace(chr(10), ' ')}</p>\n" for p in paragraphs)
        if quoted is not None:
            quote = escape(quoted.body[:1500]).replace("\n", "<br>")
            body += f'<div class="gmail_quote">{escape(quoted.date)}:<blockquote type="cite">{quote}</blockquote></div>'
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html">'
            "<style>p{margin:0 0 1em 0;font-family:Calibri,sans-serif}</style></head>"
            f'<body><div dir="ltr">{body}</div></body></html>'
        )

    @staticmethod
    def _charset_for(text: str, wanted: str) -> str:
        """``wanted`` if it can encode ``text``, else UTF-8 (as mail clients do)."""
        try:
            text.encode(wanted)
        except UnicodeEncodeError:
            return "utf-8"
        return wanted

    def next_mail(self, index: int) -> bytes:
        """The raw bytes of mail number ``index``."""
        rng = self.rng
        reply_to = rng.choice(self.earlier) if self.earlier and rng.random() < 0.25 else None
        if reply_to is not None:
            sender, name, language = reply_to.sender, reply_to.name, reply_to.language
            subject = reply_to.subject if reply_to.subject.startswith("Re: ") else f"Re: {reply_to.subject}"
        else:
            sender, name, language = self._voter()
            subject = rng.choice(SUBJECTS[language])
        target = self._target_size()
        with_attachment = rng.random() < (0.08 if target < 8_000 else 0.4 if target < 50_000 else 0.8)
        with_html = rng.random() < 0.45
        text_chars = rng.randint(400, 4_000) if with_attachment else target // (2 if with_html else 1)
        paragraphs = [GREETINGS[language], *self._paragraphs(language, max(200, text_chars - 300))]
        paragraphs.append(f"{SIGN_OFFS[language]}\n{name}")
        text = "\n\n".join(paragraphs) + "\n"
        if reply_to is not None:
            quoted = "\n".join(f"> {line}" for line in reply_to.body[:1500].splitlines())
            text += f"\n{reply_to.date}, {reply_to.name} <{reply_to.sender}> {WROTE[language]}:\n{quoted}\n"
        date = self.start + timedelta(minutes=index * 3, seconds=rng.randrange(120))
        mail = EmailMessage()
        mail["From"] = f"{name} <{sender}>"
        mail["To"] = f"Els Vermeulen <{OFFICE_ADDRESS}>"
        mail["Subject"] = subject
        mail["Date"] = format_datetime(date)
        message_id = f"{index}.{rng.getrandbits(48):012x}@{sender.split('@')[1]}"
        mail["Message-ID"] = f"<{message_id}>"
        references: list[str] = []
        if reply_to is not None:
            references = [*reply_to.references, reply_to.message_id][-10:]
            mail["In-Reply-To"] = f"<{reply_to.message_id}>"
            mail["References"] = " ".join(f"<{ref}>" for ref in references)
        charset = self._charset_for(text, weighted(rng, CHARSETS))
        encoding = weighted(rng, ENCODINGS)
        mail.set_content(text, charset=charset, cte=encoding)
        if with_html:
            mail.add_alternative(self._html(paragraphs, reply_to), subtype="html", charset=charset, cte=encoding)
        if with_attachment:
            maintype, subtype, filename = rng.choice(ATTACHMENTS)
            size = max(500, round((target - len(text) * (2 if with_html else 1)) * 0.74))
            mail.add_attachment(rng.randbytes(size), maintype=maintype, subtype=subtype, filename=filename)
        raw = mail.as_bytes()
        kinds = [f"charset {charset}", f"CTE {encoding}"]
        kinds += ["with HTML alternative"] if with_html else []
        kinds += ["with attachment"] if with_attachment else []
        kinds += ["text/plain only"] if not (with_html or with_attachment) else []
        kinds += ["replies"] if reply_to is not None else []
        self.composition.kinds.update(kinds)
        self.composition.sizes.append(len(raw))
        self.earlier.append(
            Sent(message_id, references, subject, sender, name, language, mail["Date"], "\n\n".join(paragraphs)[:1500])
        )
        return raw


def fill_mailbox(sandbox: MailSandbox, count: int) -> tuple[int, Composition]:
    """Generate ``count`` mails and APPEND them over one IMAP connection; returns the last UID."""
    factory = MailFactory(count)
    client = imaplib.IMAP4("127.0.0.1", sandbox.imap_port, timeout=60)
    client.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no 40 ms wait per APPEND literal
    client.login(sandbox.user, sandbox.password)
    last_uid = 0
    try:
        with click.progressbar(range(count), label="generating and delivering mails", file=sys.stderr) as bar:
            for index in bar:
                status, answer = client.append("INBOX", None, None, factory.next_mail(index))
                if status != "OK":
                    raise RuntimeError(f"IMAP APPEND of mail {index} failed: {answer!r}")
                last_uid = int(answer[0].decode().split("APPENDUID", 1)[1].split()[1].rstrip("]"))
    finally:
        client.logout()
    return last_uid, factory.composition


@dataclass
class Outcome:
    """One database's measurement."""

    database: str
    mails: int
    seconds: float
    polls: int
    messages: int
    conversations: int

    def row(self) -> str:
        """A Markdown table row."""
        return (
            f"| {self.database} | {self.mails} | {self.seconds:.1f} | {self.mails / self.seconds:.0f} "
            f"| {self.messages} | {self.conversations} | {self.polls} |"
        )


def connect_account(sandbox: MailSandbox) -> int:
    """A new office with an EMAIL account on the sandbox's INBOX; returns the account id."""
    office = create_office("Bench office")
    account = ChannelAccount(
        office_id=office.id,
        kind=ChannelKind.EMAIL,
        handle=OFFICE_ADDRESS,
        credentials=sandbox.credentials() | {"imap_timeout": 60},
        settings={"from_address": OFFICE_ADDRESS, "from_name": "Els Vermeulen", "poll_seconds": 60},
    )
    db.session.add(account)
    db.session.commit()
    return account.id


def ingest_all(account_id: int, last_uid: int, count: int) -> tuple[float, int]:
    """Poll until the cursor reached ``last_uid``; returns (seconds, polls)."""
    polls = 0
    started = time.perf_counter()
    with click.progressbar(length=count, label="ingesting (IMAP fetch, parse, store)", file=sys.stderr) as bar:
        position = 0
        while position < last_uid:
            result = poll_account(account_id)
            polls += 1
            account = db.session.get(ChannelAccount, account_id)
            if result is None or account is None:
                detail = account.health_detail if account is not None else "the account vanished"
                raise RuntimeError(f"poll {polls} failed: {detail}")
            moved_to = int((account.cursor or {}).get("last_uid") or 0)
            db.session.remove()
            if moved_to <= position:
                raise RuntimeError(f"poll {polls} made no progress (cursor stays at UID {position})")
            position = moved_to
            bar.update(len(result.new_message_ids))
    return time.perf_counter() - started, polls


def counts(account_id: int) -> tuple[int, int]:
    """(stored messages, conversations) of the account."""
    messages = db.session.scalar(sa.select(sa.func.count()).where(Message.channel_account_id == account_id))
    conversations = db.session.scalar(sa.select(sa.func.count()).where(Conversation.channel_account_id == account_id))
    return int(messages or 0), int(conversations or 0)


def run(database: str, args: argparse.Namespace, sandbox: MailSandbox, last_uid: int, workdir: Path) -> Outcome:
    """Migrate a fresh database, ingest the whole mailbox and count what was stored."""
    from flask_migrate import upgrade

    config = {
        "DIALOOG_INSTANCE_DIR": str(workdir / database),
        "DIALOOG_JOBS": "workers",
        "REDIS_URL": args.redis_url,
        "LOG_LEVEL": "WARNING",
    }
    admin = name = None
    if database == "postgresql":
        name = f"dialoog_bench_{uuid.uuid4().hex[:8]}"
        click.echo(f"PostgreSQL scratch database: {name}", err=True)
        admin = sa.create_engine(args.postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        config["DATABASE_URL"] = args.postgres_url.rsplit("/", 1)[0] + f"/{name}"
    app = create_app(config)
    try:
        with app.app_context():
            upgrade()
            account_id = connect_account(sandbox)
            seconds, polls = ingest_all(account_id, last_uid, args.mails)
            messages, conversations = counts(account_id)
            left = triage_queue.pending_count()
            click.echo(f"{database}: {left} triage jobs left queued in Redis, none run", err=True)
            return Outcome(database, args.mails, seconds, polls, messages, conversations)
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        redis.Redis.from_url(args.redis_url).flushdb()
        if admin is not None:
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def scratch_redis_ready(url: str, fail: Callable[[str], object]) -> None:
    """Stop unless ``url`` is a reachable, empty Redis database (it is flushed afterwards)."""
    try:
        keys = redis.Redis.from_url(url).dbsize()
    except redis.RedisError as error:
        fail(f"Redis at {url} is not reachable ({error}); start Redis or pass --redis-url")
        return
    if keys:
        fail(f"Redis database {url} holds {keys} keys; pass --redis-url with an empty database number")


def main(argv: list[str] | None = None) -> None:
    """Parse arguments, fill the mailbox, ingest it on each database and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=10_000, help="mails to deliver and ingest (default 10000)")
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument(
        "--postgres-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="an admin URL; a scratch database is created next to it and dropped afterwards",
    )
    parser.add_argument(
        "--redis-url",
        default="redis://127.0.0.1:6379/9",
        help="an EMPTY scratch Redis database where triage jobs queue (flushed afterwards)",
    )
    args = parser.parse_args(argv)
    if args.mails < 1:
        parser.error("--mails must be at least 1")
    scratch_redis_ready(args.redis_url, parser.error)
    databases = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    outcomes = []
    with MailSandbox(user=OFFICE_ADDRESS, password="bench-mailbox") as sandbox:
        started = time.perf_counter()
        last_uid, composition = fill_mailbox(sandbox, args.mails)
        click.echo(f"mailbox filled in {time.perf_counter() - started:.0f} s: {composition.summary()}", err=True)
        with tempfile.TemporaryDirectory(prefix="dialoog-mail-bench-") as scratch:
            for database in databases:
                try:
                    outcomes.append(run(database, args, sandbox, last_uid, Path(scratch)))
                except sa.exc.OperationalError as error:
                    sys.exit(f"{database} is not reachable ({error.__class__.__name__}); is it running?")
    load = os.getloadavg()
    print(f"Mailbox: {composition.summary()}")
    print(f"Machine load average at the end: {load[0]:.1f} (1 min), {load[1]:.1f} (5 min) on {os.cpu_count()} CPUs.")
    print()
    print("| database | mails | seconds | mails/s | stored messages | conversations | polls |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    print("\n".join(outcome.row() for outcome in outcomes))


if __name__ == "__main__":
    main()
