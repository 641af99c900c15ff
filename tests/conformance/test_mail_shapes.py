"""Real-world mail shapes that used to garble or lose a voter's words: bad bytes, mislabelled
Asian charsets, a text part with a filename, a malformed header line, odd From headers."""

from __future__ import annotations

from inbox.ingest.email.ingestor import to_incoming
from inbox.mail.mime import parse_mail

HEAD = b"To: office@example.test\r\nSubject: Fietspad\r\nMessage-ID: <c1@voter.example>\r\nMIME-Version: 1.0\r\n"


def _mail(body: bytes, *, sender: bytes = b"Griet <griet@voter.example>", content_type: bytes) -> bytes:
    return b"From: " + sender + b"\r\n" + HEAD + b"Content-Type: " + content_type + b"\r\n\r\n" + body


def test_one_invalid_byte_spoils_only_itself_in_a_long_utf8_mail() -> None:
    text = "Geachte mevrouw, de crèche in Liège sluit — wat doet u eraan? " * 200
    raw = _mail(text.encode()[:5000] + b"\xff" + text.encode()[5000:], content_type=b"text/plain; charset=utf-8")
    body = parse_mail(raw).full_text
    assert "crèche in Liège sluit — wat" in body
    assert "Ã" not in body and "â€" not in body
    assert len(body) <= len(text) + 2


def test_raw_8bit_sender_name_with_one_bad_byte_keeps_the_rest() -> None:
    sender = "Françoise Brûlé-Éloïse".encode() + b"\x92 <francoise@voter.example>"
    mail = parse_mail(_mail(b"Bonjour", sender=sender, content_type=b"text/plain; charset=utf-8"))
    assert mail.from_name.startswith("Françoise Brûlé-Éloïse")
    assert mail.from_address == "francoise@voter.example"


def test_gbk_text_labelled_gb2312_and_korean_labelled_ks_c_5601() -> None:
    chinese = "议员您好，我们小区的垃圾没人收。镕"  # 镕 is in GBK, not in GB2312
    korean = "의원님, 우리 동네 버스가 안 와요. 똠"  # 똠 is in CP949, not in EUC-KR
    gbk = parse_mail(_mail(chinese.encode("gbk"), content_type=b"text/plain; charset=gb2312"))
    cp949 = parse_mail(_mail(korean.encode("cp949"), content_type=b"text/plain; charset=ks_c_5601-1987"))
    assert gbk.full_text == chinese
    assert cp949.full_text == korean


def test_a_text_part_with_a_filename_is_the_message_not_an_attachment() -> None:
    raw = _mail(
        b'--b\r\nContent-Type: text/plain; charset=utf-8; name="bericht.txt"\r\n'
        b'Content-Disposition: inline; filename="bericht.txt"\r\n\r\nDe brug over de Leie is al maanden dicht.\r\n'
        b'--b\r\nContent-Type: image/jpeg; name="brug.jpg"\r\nContent-Disposition: attachment; filename="brug.jpg"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQ\r\n--b--\r\n",
        content_type=b'multipart/mixed; boundary="b"',
    )
    mail = parse_mail(raw)
    assert mail.new_text == "De brug over de Leie is al maanden dicht."
    assert [a.filename for a in mail.attachments] == ["brug.jpg"]


def test_a_forwarded_text_file_as_the_only_part_is_read_as_the_message() -> None:
    raw = _mail(
        b"Wij wonen naast de werf en slapen niet meer.",
        content_type=b'text/plain; charset=utf-8; name="forward.txt"\r\n'
        b'Content-Disposition: attachment; filename="forward.txt"',
    )
    assert parse_mail(raw).new_text == "Wij wonen naast de werf en slapen niet meer."


def test_one_malformed_header_line_loses_nothing_else() -> None:
    raw = (
        b"Received: from mx.voter.example\r\nX-Mailer broken line without a colon\r\n"
        b"From: Jan Peeters <jan@voter.example>\r\nSubject : Zebrapad aan de school\r\n"
        b"Message-ID: <z1@voter.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGraag een zebrapad.\r\n"
    )
    mail = parse_mail(raw)
    assert (mail.from_address, mail.subject, mail.message_id) == (
        "jan@voter.example",
        "Zebrapad aan de school",
        "z1@voter.example",
    )
    assert mail.new_text == "Graag een zebrapad."


def test_from_headers_that_gave_a_domain_or_a_name_as_the_address() -> None:
    cases = {
        b"@janpeeters <jan@voter.example>": "jan@voter.example",
        b"=?utf-8?q?=40janpeeters_=28Gent=29?= <jan@voter.example>": "jan@voter.example",
        b'"Jan" <jan>@voter.example': "jan@voter.example",
        b"Jan Peeters @Gent <jan@voter.example>": "jan@voter.example",
        b"=?utf-8?q?Peeters=2C_Jan?= <jan@voter.example>": "jan@voter.example",
    }
    for sender, address in cases.items():
        assert parse_mail(_mail(b"Hallo", sender=sender, content_type=b"text/plain")).from_address == address, sender


def test_mails_without_any_address_are_not_one_shared_voter() -> None:
    first = parse_mail(_mail(b"Eerste", sender=b"Jan", content_type=b"text/plain").replace(b"<c1@", b"<n1@"))
    second = parse_mail(_mail(b"Tweede", sender=b"Els", content_type=b"text/plain").replace(b"<c1@", b"<n2@"))
    authors = {to_incoming(mail, "t").author.external_id for mail in (first, second)}
    assert len(authors) == 2 and not any(author == "unknown-sender" for author in authors)


def test_a_stray_line_after_the_sender_or_inside_a_subject() -> None:
    after_from = (
        b"From: Jan Peeters <jan@voter.example>\r\nthis line lost its header name\r\n"
        b"Subject: De brug over\r\nde Leie is dicht\r\nMessage-ID: <z2@voter.example>\r\n\r\nGraag een oplossing.\r\n"
    )
    mail = parse_mail(after_from)
    assert (mail.from_address, mail.subject, mail.message_id) == (
        "jan@voter.example",
        "De brug over de Leie is dicht",
        "z2@voter.example",
    )
