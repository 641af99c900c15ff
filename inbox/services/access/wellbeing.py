"""Staff wellbeing (issue 17): each person chooses whether abusive messages are blurred for them.

Blurring is on for everyone by default (``User.blur_abuse``): abuse in the queue and in the open
conversation shows only once the person clicks it. Someone who would rather read everything at
once turns it off on their account page; it changes nothing for colleagues. A threat is never
blurred, whatever the setting: it has to be read and acted on.
"""

from __future__ import annotations

from inbox.models import User, db


def set_blur_abuse(user: User, blur: bool) -> None:
    """Remember whether this person wants abusive messages blurred until clicked."""
    user.blur_abuse = blur
    db.session.commit()
