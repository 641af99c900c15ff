"""The fake's user profile lookups: ``GET /{PSID}`` (Messenger) and ``GET /{IGSID}`` (Instagram).

Shapes as Meta documents them: the Messenger User Profile API answers ``first_name``,
``last_name``, ``profile_pic`` (and ``id``) for a person who messaged the page; the
Instagram User Profile API answers ``name`` (may be null), ``username``, ``profile_pic``,
``is_verified_user``, ``follower_count``, ``is_user_follow_business``,
``is_business_follow_user`` for a person who messaged the account. Someone who only
commented has given no consent: "(#230) User consent is required to access user profile".
An unknown id is the usual "(#100) … does not exist" (subcode 33); a field that does not
exist is named. The name comes from the voter's direct messages in the fake, unless a test
set a profile with :meth:`MetaState.profiles`.
"""

from __future__ import annotations

from typing import Any

from inbox.sandbox.meta.state import FACEBOOK, FakeAccount, MetaState

MESSENGER_FIELDS = {"id", "first_name", "last_name", "name", "profile_pic", "locale", "timezone", "gender"}
INSTAGRAM_FIELDS = {
    "id", "name", "username", "profile_pic", "is_verified_user", "follower_count",
    "is_user_follow_business", "is_business_follow_user",
}  # fmt: skip
NO_CONSENT = "(#230) User consent is required to access user profile"


class ProfileRefusedError(Exception):
    """A Graph error for the lookup: ``code``, ``subcode`` and message."""

    def __init__(self, code: int, subcode: int | None = None, message: str = "") -> None:
        super().__init__(message)
        self.code, self.subcode, self.message = code, subcode, message


def _full_profile(state: MetaState, account: FakeAccount, voter_id: str, name: str) -> dict[str, Any]:
    first, _, last = name.partition(" ")
    picture = f"https://scontent.example/{voter_id}/profile.jpg"
    if account.platform == FACEBOOK:
        found: dict[str, Any] = {"id": voter_id, "first_name": first, "last_name": last, "name": name,
                                 "profile_pic": picture, "locale": "nl_BE", "timezone": 1, "gender": ""}  # fmt: skip
    else:
        found = {"id": voter_id, "name": name or None, "username": "_".join(name.lower().split()) or f"user{voter_id}",
                 "profile_pic": picture, "is_verified_user": False, "follower_count": 12,
                 "is_user_follow_business": True, "is_business_follow_user": False}  # fmt: skip
    return {**found, **state.profiles.get(voter_id, {})}


def user_profile(state: MetaState, account: FakeAccount, voter_id: str, fields_param: str | None) -> dict[str, Any]:
    """The profile fields asked for (default ``id`` and the name fields), or :class:`ProfileRefusedError`."""
    known = MESSENGER_FIELDS if account.platform == FACEBOOK else INSTAGRAM_FIELDS
    default = "first_name,last_name,id" if account.platform == FACEBOOK else "name,id"
    fields = [f.strip() for f in (fields_param or default).split(",") if f.strip()]
    unknown = [f for f in fields if f not in known]
    if unknown:
        raise ProfileRefusedError(100, message=f"(#100) Tried accessing nonexisting field ({unknown[0]})")
    with state.lock:
        wrote = [m for m in state.messages if m.owner_id == account.id and m.voter_id == voter_id and m.from_voter]
        commented = any(c.owner_id == account.id and c.from_id == voter_id for c in state.comments)
    if not wrote:
        if commented:
            raise ProfileRefusedError(230, message=NO_CONSENT)
        raise ProfileRefusedError(
            100, 33, f"Unsupported get request. Object with ID '{voter_id}' does not exist, cannot be loaded "
            "due to missing permissions, or does not support this operation."
        )  # fmt: skip
    profile = _full_profile(state, account, voter_id, wrote[-1].voter_name)
    return {field: profile.get(field) for field in dict.fromkeys([*fields, "id"])}
