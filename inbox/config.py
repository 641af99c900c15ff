"""Settings from environment variables, read in one place.

Every variable is listed in docs/configuration.md. Tests and scripts pass
``overrides`` to :func:`load_settings` with the same (upper-case) names.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cryptography.fernet import Fernet

PROJECT_DIR = Path(__file__).resolve().parent.parent
# A session ends after this long without a request (each request extends it).
SESSION_LIFETIME = timedelta(hours=8)
# Where each channel's provider API may be reached (``kind:host``; ``*.`` matches subdomains).
# Credentials are only ever sent to these hosts; DIALOOG_PROVIDER_HOSTS adds entries. Mastodon,
# e-mail and web-form servers are office-specific: any host whose addresses are all public.
DEFAULT_PROVIDER_HOSTS = (
    "x:api.x.com",
    "x:api.twitter.com",
    "facebook:graph.facebook.com",
    "instagram:graph.facebook.com",
    "instagram:graph.instagram.com",
    "bluesky:bsky.social",
    "bluesky:*.bsky.network",
)


@dataclass(frozen=True)
class Settings:
    """Typed application settings."""

    instance_dir: Path
    database_url: str
    redis_url: str | None
    secret_key: str
    encryption_key: str
    jobs_mode: str  # "embedded": consumer threads in this process; "workers": separate processes; "immediate": inline
    embedded_workers: int
    poll_seconds: float
    triage_sweep_seconds: float
    log_level: str
    encryption_old_keys: tuple[str, ...] = ()  # earlier keys: still decrypt, never encrypt (key rotation)
    log_format: str = "text"  # "json": one JSON object per log line (the production command sets it)
    encoder: str = "default"
    encoder_runtime: str = "torch"
    triage_repeat_cache: int = 20_000  # texts whose embedding triage remembers (0: only within one batch)
    heads_dir: Path = field(default=PROJECT_DIR / "inbox" / "triage" / "weights")
    cache_dir: Path = field(default=Path("~/.cache/dialoog").expanduser())
    sentiment_model: str | None = None
    sentiment_labels: str = ""
    static_dir: Path = field(default=PROJECT_DIR / "static")
    testing: bool = False
    smtp_host: str = ""  # empty: digests are rendered and recorded "not sent", never mailed
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_username: str = ""
    smtp_password: str = ""
    mail_from: str = "Dialoog <dialoog@localhost>"
    public_url: str = "http://127.0.0.1:5000"
    live_recheck_seconds: float = 5.0  # how soon an open page loses live events after logout or demotion
    provider_hosts: tuple[str, ...] = DEFAULT_PROVIDER_HOSTS  # see inbox/provider_hosts.py
    secure_cookies: bool = False  # cookies only over HTTPS: see secure_cookies_wanted()
    x_prices_usd: tuple[tuple[str, float], ...] = ()  # DIALOOG_X_PRICES: overrides of inbox.ingest.usage prices
    x_budget_warning: float = 0.8  # warn on the admin page once this share of the daily budget is used

    def flask_config(self) -> dict[str, Any]:
        """The subset of settings Flask and its extensions read from ``app.config``."""
        engine_options: dict[str, Any] = {"pool_pre_ping": True}
        if self.database_url.startswith("sqlite"):
            engine_options["connect_args"] = {"timeout": 30, "check_same_thread": False}
        return {
            "SECRET_KEY": self.secret_key,
            "SQLALCHEMY_DATABASE_URI": self.database_url,
            "SQLALCHEMY_ENGINE_OPTIONS": engine_options,
            "TESTING": self.testing,
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
            "SESSION_COOKIE_SECURE": self.secure_cookies,
            "REMEMBER_COOKIE_HTTPONLY": True,
            "REMEMBER_COOKIE_SAMESITE": "Lax",
            "REMEMBER_COOKIE_SECURE": self.secure_cookies,
            "PERMANENT_SESSION_LIFETIME": SESSION_LIFETIME,
            "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
        }


def _persisted_secret(instance_dir: Path, name: str, make: Any) -> str:
    """Read a secret kept in the instance folder, creating it on first use (embedded mode)."""
    path = instance_dir / name
    if path.exists():
        return path.read_text().strip()
    instance_dir.mkdir(parents=True, exist_ok=True)
    value = make()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value


def _fernet_keys(name: str, value: str) -> tuple[str, ...]:
    """Comma-separated Fernet keys from the variable ``name``; a malformed one is named in the error."""
    keys = tuple(key.strip() for key in value.split(",") if key.strip())
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key.encode())
        except ValueError:
            raise ValueError(
                f"{name}: key {position} is not a Fernet key (44 characters of url-safe base64); "
                "make one with `python -m inbox secrets new-key`"
            ) from None
    return keys


def secure_cookies_wanted(env: Mapping[str, Any], public_url: str) -> bool:
    """Whether the session cookie gets ``Secure`` (sent over HTTPS only).

    ``DIALOOG_SECURE_COOKIES`` (1/0) decides when set. Otherwise: yes when the public URL is
    https, and in production mode (``DIALOOG_PRODUCTION``, set by the production web process)
    unless the inbox is only reached at a plain-http loopback address (a trial on one machine).
    """
    explicit = str(env.get("DIALOOG_SECURE_COOKIES") or "").strip().lower()
    if explicit:
        return explicit in {"1", "true", "yes"}
    if public_url.startswith("https://"):
        return True
    host = (urlsplit(public_url).hostname or "").lower()
    production = str(env.get("DIALOOG_PRODUCTION") or "").lower() in {"1", "true", "yes"}
    return production and host not in {"127.0.0.1", "localhost", "::1"}


def load_settings(overrides: Mapping[str, Any] | None = None) -> Settings:
    """Build :class:`Settings` from the environment, with ``overrides`` taking precedence."""
    env: dict[str, Any] = dict(os.environ)
    env.update(overrides or {})
    instance_dir = Path(env.get("DIALOOG_INSTANCE_DIR") or PROJECT_DIR / "instance").resolve()
    database_url = env.get("DATABASE_URL") or f"sqlite:///{instance_dir / 'dialoog.sqlite3'}"
    if database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgresql://")
    redis_url = env.get("REDIS_URL") or None
    secret_key = env.get("SECRET_KEY") or _persisted_secret(instance_dir, "secret_key", lambda: secrets.token_hex(32))
    encryption_key = env.get("DIALOOG_ENCRYPTION_KEY") or _persisted_secret(
        instance_dir, "encryption_key", lambda: Fernet.generate_key().decode()
    )
    public_url = str(env.get("DIALOOG_PUBLIC_URL") or "http://127.0.0.1:5000").rstrip("/")
    default_mode = "workers" if redis_url else "embedded"
    jobs_mode = env.get("DIALOOG_JOBS") or default_mode
    if jobs_mode not in {"embedded", "workers", "immediate"}:
        raise ValueError(f"DIALOOG_JOBS must be embedded, workers or immediate, not {jobs_mode!r}")
    return Settings(
        instance_dir=instance_dir,
        database_url=database_url,
        redis_url=redis_url,
        secret_key=secret_key,
        encryption_key=_fernet_keys("DIALOOG_ENCRYPTION_KEY", encryption_key)[0],
        encryption_old_keys=_fernet_keys(
            "DIALOOG_ENCRYPTION_OLD_KEYS", str(env.get("DIALOOG_ENCRYPTION_OLD_KEYS") or "")
        ),
        jobs_mode=jobs_mode,
        embedded_workers=int(env.get("DIALOOG_EMBEDDED_WORKERS") or 2),
        poll_seconds=float(env.get("DIALOOG_POLL_SECONDS") or 60),
        triage_sweep_seconds=float(env.get("DIALOOG_TRIAGE_SWEEP_SECONDS") or 30),
        log_level=str(env.get("LOG_LEVEL") or "INFO").upper(),
        log_format="json" if str(env.get("DIALOOG_LOG_FORMAT") or "").lower() == "json" else "text",
        encoder=str(env.get("DIALOOG_ENCODER") or "default"),
        encoder_runtime=str(env.get("DIALOOG_ENCODER_RUNTIME") or "torch"),
        triage_repeat_cache=int(env.get("DIALOOG_TRIAGE_REPEAT_CACHE") or 20_000),
        heads_dir=Path(env.get("DIALOOG_HEADS_DIR") or PROJECT_DIR / "inbox" / "triage" / "weights"),
        cache_dir=Path(env.get("DIALOOG_CACHE_DIR") or "~/.cache/dialoog").expanduser(),
        sentiment_model=env.get("DIALOOG_SENTIMENT_MODEL") or None,
        sentiment_labels=str(env.get("DIALOOG_SENTIMENT_LABELS") or ""),
        testing=str(env.get("TESTING") or "").lower() in {"1", "true", "yes"},
        smtp_host=str(env.get("DIALOOG_SMTP_HOST") or ""),
        smtp_port=int(env.get("DIALOOG_SMTP_PORT") or 587),
        smtp_security=str(env.get("DIALOOG_SMTP_SECURITY") or "starttls").lower(),
        smtp_username=str(env.get("DIALOOG_SMTP_USERNAME") or ""),
        smtp_password=str(env.get("DIALOOG_SMTP_PASSWORD") or ""),
        mail_from=str(env.get("DIALOOG_MAIL_FROM") or "Dialoog <dialoog@localhost>"),
        public_url=public_url,
        live_recheck_seconds=float(env.get("DIALOOG_LIVE_RECHECK_SECONDS") or 5),
        provider_hosts=DEFAULT_PROVIDER_HOSTS
        + tuple(str(env.get("DIALOOG_PROVIDER_HOSTS") or "").replace(",", " ").split()),
        secure_cookies=secure_cookies_wanted(env, public_url),
        x_prices_usd=_x_prices(str(env.get("DIALOOG_X_PRICES") or "")),
        x_budget_warning=_share("DIALOOG_X_BUDGET_WARNING", str(env.get("DIALOOG_X_BUDGET_WARNING") or "0.8")),
    )


X_PRICE_KINDS = ("post_read", "dm_read", "post_create", "dm_create")


def _x_prices(value: str) -> tuple[tuple[str, float], ...]:
    """``kind=dollars`` pairs (comma- or space-separated) of ``DIALOOG_X_PRICES``; a bad one is named."""
    prices = []
    for entry in value.replace(",", " ").split():
        kind, _, amount = entry.partition("=")
        try:
            price = float(amount)
        except ValueError:
            price = -1.0
        if kind not in X_PRICE_KINDS or not 0 <= price < 100:
            raise ValueError(
                f"DIALOOG_X_PRICES: {entry!r} is not kind=dollars with kind one of {', '.join(X_PRICE_KINDS)} "
                "(e.g. DIALOOG_X_PRICES=post_read=0.005,dm_read=0.01)"
            )
        prices.append((kind, price))
    return tuple(prices)


def _share(name: str, value: str) -> float:
    """A fraction from 0 to 1 (exclusive of 0), or an error naming the variable."""
    try:
        share = float(value)
    except ValueError:
        share = -1.0
    if not 0 < share <= 1:
        raise ValueError(f"{name} must be a fraction above 0 and at most 1 (e.g. 0.8), not {value!r}")
    return share
