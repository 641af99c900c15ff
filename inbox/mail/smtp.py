"""Send one e-mail over SMTP with the settings of an account or of the deployment.

``SmtpSettings`` holds host, port, security (``starttls``, ``ssl`` or ``none``) and optional
credentials. ``send_email`` returns the Message-ID it sent (one is made when missing) and
raises :class:`SmtpError` with a sentence an admin can act on.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from inbox.models import ChannelKind
from inbox.provider_hosts import HostRefusedError, check_host


class SmtpError(Exception):
    """Sending failed; ``temporary`` says whether trying again later may work."""

    def __init__(self, detail: str, *, temporary: bool) -> None:
        super().__init__(detail)
        self.detail = detail
        self.temporary = temporary


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to hand mail to an SMTP server."""

    host: str
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password: str = ""
    timeout: float = 30.0
    office_server: bool = False  # an office's own server (account settings): checked against the host policy

    @classmethod
    def of_deployment(cls, settings: Any) -> SmtpSettings | None:
        """The deployment's own server (``DIALOOG_SMTP_*`` in ``settings``), None when no host is set."""
        if not settings.smtp_host:
            return None
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            security=settings.smtp_security,
            username=settings.smtp_username,
            password=settings.smtp_password,
        )

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> SmtpSettings:
        """Build from a dict such as an account's decrypted credentials (``smtp_host``, ``smtp_port``…)."""
        security = str(values.get("smtp_security", "starttls")).lower()
        if security not in {"starttls", "ssl", "none"}:
            raise SmtpError(f"unknown SMTP security {security!r}: use starttls, ssl or none", temporary=False)
        return cls(
            host=str(values["smtp_host"]),
            port=int(values.get("smtp_port", 465 if security == "ssl" else 587)),
            security=security,
            username=str(values.get("smtp_username", "")),
            password=str(values.get("smtp_password", "")),
            office_server=True,
        )


def send_email(settings: SmtpSettings, message: EmailMessage) -> str:
    """Deliver ``message``; return its Message-ID."""
    if not message["Message-ID"]:
        domain = str(message["From"] or "dialoog.invalid").rpartition("@")[2].strip("> ") or "dialoog.invalid"
        message["Message-ID"] = make_msgid(domain=domain)
    try:
        with _connect(settings) as server:
            if settings.username:
                server.login(settings.username, settings.password)
            server.send_message(message)
    except smtplib.SMTPAuthenticationError as error:
        raise SmtpError(
            f"the SMTP server refused the login ({error.smtp_code}): check user and password", temporary=False
        ) from error
    except smtplib.SMTPRecipientsRefused as error:
        temporary = all(400 <= code < 500 for code, _ in error.recipients.values())
        raise SmtpError(
            f"the SMTP server refused the recipient(s): {', '.join(error.recipients)}", temporary=temporary
        ) from error
    except smtplib.SMTPResponseException as error:  # the server's own words are not repeated
        temporary = 400 <= error.smtp_code < 500
        raise SmtpError(f"the SMTP server answered {error.smtp_code}", temporary=temporary) from error
    except (OSError, smtplib.SMTPException) as error:
        raise SmtpError(
            f"cannot reach the SMTP server {settings.host}:{settings.port} ({error.__class__.__name__})",
            temporary=True,
        ) from error
    return str(message["Message-ID"])


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    if settings.office_server:
        try:
            check_host(ChannelKind.EMAIL, settings.host, what="SMTP server")
        except HostRefusedError as refused:
            raise SmtpError(str(refused), temporary=refused.temporary) from None
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=ssl.create_default_context()
        )
    server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    if settings.security == "starttls":
        server.starttls(context=ssl.create_default_context())
    return server
