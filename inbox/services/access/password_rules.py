"""What a new password must be; a refusal names the interface string that explains it."""

from __future__ import annotations

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024  # argon2 takes any length; this keeps a request from hashing megabytes


class PasswordRejectedError(ValueError):
    """A new password is refused; ``key`` is the interface string saying why."""

    def __init__(self, key: str, detail: str) -> None:
        super().__init__(detail)
        self.key = key


def check_new_password(password: str, repeat: str, *, current: str | None = None) -> None:
    """Refuse a new password that is too short or long, mistyped, or the same as ``current``."""
    if len(password) < MIN_PASSWORD_LENGTH or len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordRejectedError(
            "account.too_short", f"The password needs at least {MIN_PASSWORD_LENGTH} characters."
        )
    if password != repeat:
        raise PasswordRejectedError("account.mismatch", "The two new passwords differ.")
    if current is not None and password == current:
        raise PasswordRejectedError("account.same", "Choose a password different from the current one.")
