"""The deployment's own mails about accounts: an invitation to an office, a password-reset link.

They go through the deployment's SMTP server (``DIALOOG_SMTP_HOST``); without one nothing is
sent. In the demo that server is the mail sandbox, which also saves each mail as an .eml file
in ``instance/outbox``.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from flask import current_app

from inbox.mail.outgoing import clean_header
from inbox.mail.smtp import SmtpSettings, send_email

log = logging.getLogger(__name__)

TEXTS: dict[str, dict[str, str]] = {
    "invitation.subject": {
        "nl": "Uitnodiging voor {office} in Dialoog",
        "fr": "Invitation à {office} dans Dialoog",
        "en": "Invitation to {office} in Dialoog",
    },
    "invitation.body": {
        "nl": "Hallo,\n\n{office} nodigt {email} uit om in Dialoog mee te werken ({role}).\n\n"
        "Open deze link om de uitnodiging te aanvaarden (geldig tot {expires}, één keer te gebruiken):\n{link}\n\n"
        "Verwachtte u deze uitnodiging niet? Dan hoeft u niets te doen.\n",
        "fr": "Bonjour,\n\n{office} invite {email} à travailler dans Dialoog ({role}).\n\n"
        "Ouvrez ce lien pour accepter l'invitation (valable jusqu'au {expires}, une seule fois) :\n{link}\n\n"
        "Vous n'attendiez pas cette invitation ? Vous n'avez rien à faire.\n",
        "en": "Hello,\n\n{office} invites {email} to work in Dialoog ({role}).\n\n"
        "Open this link to accept the invitation (valid until {expires}, works once):\n{link}\n\n"
        "Not expecting this invitation? Then there is nothing to do.\n",
    },
    "reset.subject": {
        "nl": "Een nieuw wachtwoord voor Dialoog",
        "fr": "Un nouveau mot de passe pour Dialoog",
        "en": "A new password for Dialoog",
    },
    "reset.body": {
        "nl": "Hallo {name},\n\nIemand vroeg een nieuw wachtwoord voor {email}. Kies het via deze link "
        "(geldig tot {expires}, één keer te gebruiken):\n{link}\n\n"
        "Vroeg u dit niet? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.\n",
        "fr": "Bonjour {name},\n\nQuelqu'un a demandé un nouveau mot de passe pour {email}. Choisissez-le via ce lien "
        "(valable jusqu'au {expires}, une seule fois) :\n{link}\n\n"
        "Ce n'était pas vous ? Vous n'avez rien à faire : votre mot de passe ne change pas.\n",
        "en": "Hello {name},\n\nSomeone asked for a new password for {email}. Choose it with this link "
        "(valid until {expires}, works once):\n{link}\n\n"
        "Not you? Then there is nothing to do: your password stays the same.\n",
    },
    "role.admin": {"nl": "beheerder", "fr": "administrateur", "en": "admin"},
    "role.politician": {"nl": "politicus", "fr": "politicien", "en": "politician"},
    "role.staff": {"nl": "medewerker", "fr": "collaborateur", "en": "staff"},
    "role.viewer": {
        "nl": "lezer (enkel overzichten)",
        "fr": "lecteur (aperçus seulement)",
        "en": "viewer (overviews only)",
    },
}


def text(key: str, language: str, **values: str) -> str:
    """The mail text ``key`` in ``language`` (English when that language has none), filled in."""
    entry = TEXTS[key]
    return (entry.get(language) or entry["en"]).format(**values)


def deployment_smtp() -> SmtpSettings | None:
    """The deployment's SMTP server, or None when DIALOOG_SMTP_HOST is not set."""
    return SmtpSettings.of_deployment(current_app.extensions["dialoog.settings"])


def public_link(path: str) -> str:
    """An absolute link into the inbox (``DIALOOG_PUBLIC_URL`` + ``path``)."""
    return current_app.extensions["dialoog.settings"].public_url + path


def send_account_mail(to: str, subject: str, body: str) -> bool:
    """Send a plain-text mail from the deployment; False when no SMTP server is configured."""
    smtp = deployment_smtp()
    if smtp is None:
        log.warning("account mail to %s not sent: no SMTP server configured (DIALOOG_SMTP_HOST)", to)
        return False
    sender = current_app.extensions["dialoog.settings"].mail_from
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = clean_header(subject)
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip("> ") or "dialoog.invalid")
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(body)
    send_email(smtp, message)
    return True
