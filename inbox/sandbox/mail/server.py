"""Real mail servers on loopback for tests and the demo: pymap (IMAP) and aiosmtpd (SMTP).

``MailSandbox`` starts pymap's in-memory ``dict`` backend in a subprocess with one mailbox
user, and an aiosmtpd ``Controller`` that keeps every mail it receives. Mail is delivered
into the IMAP mailbox with a real IMAP ``APPEND``. ``fail_next_smtp`` makes the SMTP server
refuse the next mail with a given reply code, to exercise retry and permanent failure.
"""

from __future__ import annotations

import contextlib
import imaplib
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

START_TIMEOUT_SECONDS = 15.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ReceivedMail:
    """One mail the SMTP server accepted."""

    mail_from: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        """The mail parsed with the modern e-mail policy."""
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


@dataclass
class _SmtpHandler:
    """aiosmtpd handler: keep mail, or refuse it as told."""

    received: list[ReceivedMail] = field(default_factory=list)
    refusals: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    outbox: Path | None = None  # also write each accepted mail here as a .eml file (the demo)

    def _refusal(self, stage: str) -> str | None:
        with self.lock:
            if self.refusals and self.refusals[0][0] == stage:
                return self.refusals.pop(0)[1]
        return None

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:  # noqa: N802
        """Accept the recipient unless a refusal at RCPT is queued."""
        refusal = self._refusal("RCPT")
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        """Keep the mail unless a refusal at DATA is queued."""
        refusal = self._refusal("DATA")
        if refusal:
            return refusal
        with self.lock:
            self.received.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content)))
            if self.outbox is not None:
                self.outbox.mkdir(parents=True, exist_ok=True)
                name = f"{len(self.received):05d}-{envelope.rcpt_tos[0].replace('@', '_at_')}.eml"
                (self.outbox / name).write_bytes(bytes(envelope.content))
        return "250 Message accepted for delivery"


@dataclass(frozen=True)
class _Authenticator:
    """Accepts exactly one SMTP login (the mailbox user's)."""

    user: str
    password: str

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        """Check a LOGIN/PLAIN attempt."""
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.user
            and auth_data.password.decode() == self.password
        )
        return AuthResult(success=ok, handled=False)


class MailSandbox:
    """pymap + aiosmtpd on loopback (logins: ``user``/``password``); use ``with`` or ``start()``/``stop()``."""

    def __init__(
        self, *, user: str = "office@example.test", password: str = "mailbox-secret", outbox: Path | None = None
    ) -> None:
        self.user = user
        self.password = password
        self.imap_port = 0
        self.smtp_port = 0
        self._pymap: subprocess.Popen[bytes] | None = None
        self._smtp: Controller | None = None
        self._handler = _SmtpHandler(outbox=outbox)

    def start(self) -> Self:
        """Start both servers and wait until they accept connections."""
        self.imap_port = free_port()
        command = [sys.executable, "-c", "from pymap.main import main; main()", "--host", "127.0.0.1"]
        command += ["--port", str(self.imap_port), "--no-tls", "dict"]
        command += ["--demo-user", self.user, "--demo-password", self.password]
        self._pymap = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.smtp_port = free_port()
        self._smtp = Controller(
            self._handler,
            hostname="127.0.0.1",
            port=self.smtp_port,
            data_size_limit=64 * 1024 * 1024,
            authenticator=_Authenticator(self.user, self.password),
            auth_require_tls=False,
            auth_required=False,
        )
        self._smtp.start()
        self._wait_for_imap()
        return self

    def _wait_for_imap(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self._pymap is not None and self._pymap.poll() is not None:
                raise RuntimeError("pymap exited at start; is the pymap package installed?")
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", self.imap_port), timeout=0.2).close()
                return
            time.sleep(0.05)
        raise RuntimeError(f"pymap did not listen on 127.0.0.1:{self.imap_port} in time")

    def stop(self) -> None:
        """Stop both servers; safe to call twice."""
        if self._smtp is not None:
            self._smtp.stop()
            self._smtp = None
        if self._pymap is not None:
            self._pymap.terminate()
            try:
                self._pymap.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._pymap.kill()
                self._pymap.wait()
            self._pymap = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def credentials(self, *, folder: str = "INBOX") -> dict[str, Any]:
        """Channel-account credentials pointing at these servers."""
        return {
            "imap_host": "127.0.0.1",
            "imap_port": self.imap_port,
            "imap_security": "none",
            "imap_username": self.user,
            "imap_password": self.password,
            "imap_folder": folder,
            "imap_timeout": 10,
            "smtp_host": "127.0.0.1",
            "smtp_port": self.smtp_port,
            "smtp_security": "none",
            "smtp_username": self.user,
            "smtp_password": self.password,
        }

    def _imap(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.imap_port, timeout=30)
        client.login(self.user, self.password)
        return client

    def deliver(self, raw: bytes | EmailMessage, *, folder: str = "INBOX") -> int:
        """Put a mail into the mailbox (IMAP APPEND); returns its UID."""
        data = raw.as_bytes() if isinstance(raw, EmailMessage) else raw
        client = self._imap()
        try:
            status, answer = client.append(folder, None, None, data)
            if status != "OK":
                raise RuntimeError(f"APPEND failed: {answer!r}")
            return int(answer[0].decode().split("APPENDUID", 1)[1].split()[1].rstrip("]"))
        finally:
            client.logout()

    def recreate_folder(self, folder: str) -> None:
        """Delete (if present) and create ``folder``: the server gives it a new UIDVALIDITY."""
        client = self._imap()
        try:
            client.delete(folder)
            client.create(folder)
        finally:
            client.logout()

    @property
    def received(self) -> list[ReceivedMail]:
        """Mail the SMTP server accepted, oldest first."""
        with self._handler.lock:
            return list(self._handler.received)

    def fail_next_smtp(self, reply: str, *, stage: str = "DATA") -> None:
        """Refuse the next mail at ``RCPT`` or ``DATA`` with ``reply`` (e.g. ``"451 4.3.0 try later"``)."""
        with self._handler.lock:
            self._handler.refusals.append((stage, reply))
