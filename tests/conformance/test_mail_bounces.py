"""Real bounces, delivery reports, feedback reports and auto-replies from many mail servers
(sisimai/set-of-emails, BSD 2-Clause): none of them may reach the inbox as a voter's mail."""

from __future__ import annotations

from inbox.mail.mime import parse_mail
from tests.conformance.corpora import MAIL_BOUNCES, bounce_files
from tests.mail.mails import voter_mail


def test_every_real_bounce_and_auto_reply_is_recognised_as_automatic() -> None:
    files = bounce_files()
    assert len(files) == 370, f"the bounce corpus is expected at {MAIL_BOUNCES}"
    missed = [path.name for path in files if not parse_mail(path.read_bytes()).automatic]
    assert missed == []


def test_vendor_bounces_the_old_rules_stored_as_voters() -> None:
    """DragonFly's ``MAILER-DAEMON <>``, McAfee's ``From: <>`` with a mixed report, Hotmail's
    complaint, an Amazon SNS bounce notification, a mailing-list loop alert."""
    for name in ("lhost-dragonfly-01", "lhost-mcafee-04", "arf-22", "lhost-amazonses-10", "lhost-fml-03"):
        mail = parse_mail((MAIL_BOUNCES / f"{name}.eml").read_bytes())
        assert mail.automatic, name


def test_people_writing_about_delivery_or_through_a_list_are_not_automatic() -> None:
    """Subjects that sound like a bounce, and list mail marked ``Precedence: bulk``, from people."""
    people = [
        voter_mail(subject="Mail delivery failed again in our street", text="De postbode komt al weken niet."),
        voter_mail(subject="Undeliverable parcels at the depot", text="Mijn pakjes blijven in het depot liggen."),
        voter_mail(
            subject="[buurt-gent] Brief aan de schepen",
            headers={"Precedence": "bulk", "List-Id": "<buurt-gent.lists.example>"},
            text="Wij vragen een zebrapad aan de school.",
        ),
        voter_mail(subject="Absence de bus à Namur", headers={"Auto-Submitted": "no"}, text="Le bus 4 ne passe plus."),
    ]
    for mail in people:
        assert parse_mail(mail.as_bytes()).automatic is None, mail["Subject"]


def test_a_null_sender_stays_automatic_when_the_bounce_names_a_reply_to() -> None:
    raw = (
        (MAIL_BOUNCES / "lhost-dragonfly-01.eml")
        .read_bytes()
        .replace(b"From: MAILER-DAEMON <>", b"From: MAILER-DAEMON <>\nReply-To: helpdesk@df.example.jp")
    )
    mail = parse_mail(raw)
    assert mail.from_address == "helpdesk@df.example.jp" and mail.automatic
