"""Every route of the app, read from its URL map, with who may use it and where its ids come from.

Nothing here lists routes by hand except :data:`ACCESS`, the one fact the URL map cannot
tell: which roles a route admits. A route missing from it (a new endpoint) fails
``test_every_route_is_classified`` with a message saying where to add it, so no endpoint
escapes the property tests. Path arguments map to the table their ids come from
(:data:`ID_TABLES`); request keys are read from the view's own module source.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from flask import Flask

from inbox.models import Role
from inbox.models.office import VOTER_DETAIL_ROLES

Access = Literal["public", "member", "voter", "privacy", "admin", "login"]

# Which roles a route admits. "public": no login (checks its own token or signature);
# "login": any logged-in user; "member": every role of the office (viewers too, no voter
# details shown); "voter": the roles that work with voters' messages; "privacy": admins
# and politicians; "admin": admins only.
ACCESS: dict[str, Access] = {
    "static": "public",
    "auth.login": "public",
    "auth.logout": "login",
    "account.settings": "login",
    "account.change_password": "login",
    "account.first_password": "public",
    "account.forgot_password": "public",
    "account.reset_password": "public",
    "account.invitation": "public",
    "health.healthz": "public",
    "health.readyz": "public",
    "i18n.catalogue_json": "public",
    "contact_form.show": "public",
    "contact_form.submit": "public",
    "webhooks_meta.verify_subscription": "public",
    "webhooks_meta.receive": "public",
    "webhooks_x.crc_challenge": "public",
    "webhooks_x.receive": "public",
    "pages.inbox": "voter",
    "pages.approvals": "voter",
    "pages.admin": "admin",
    "api.conversations": "voter",
    "api.conversation": "voter",
    "api.post_reply": "voter",
    "api.retry": "voter",
    "api.assign": "voter",
    "api.status": "voter",
    "api.post_note": "voter",
    "api.unread": "voter",
    "api.correct_message_tag": "voter",
    "api.topics": "voter",
    "api.me": "member",
    "api.set_language": "member",
    "api.reply_length_check": "voter",
    "queue_api.queue": "voter",
    "approvals_api.queue": "voter",
    "approvals_api.approve": "voter",
    "approvals_api.send_back": "voter",
    "approvals_api.approve_campaign_answer": "voter",
    "notifications_api.notifications": "voter",
    "notifications_api.mark_read": "voter",
    "safety_api.evidence": "voter",
    "safety_api.not_a_threat": "admin",
    "approvals_api.resubmit": "voter",
    "campaigns_api.campaign": "voter",
    "campaigns_api.answer_campaign": "voter",
    "campaigns_api.canned": "voter",
    "campaigns_api.canned_for": "voter",
    "contacts_api.contact": "voter",
    "contacts_api.suggestions": "voter",
    "contacts_api.dismiss": "voter",
    "contacts_api.merge": "voter",
    "contacts_api.unmerge": "voter",
    "moderation_api.hide": "voter",
    "moderation_api.unhide": "voter",
    "moderation_api.dismiss_suggestion": "voter",
    "moderation_api.get_reply_window": "voter",
    "attachments.of_message": "voter",
    "attachments.download": "voter",
    "digest_pages.digest_home": "member",
    "digest_pages.dashboard_home": "member",
    "digest_pages.preview": "member",
    "digest_pages.preview_json": "member",
    "digest_pages.send_me_a_test": "voter",
    "digest_pages.dashboard": "member",
    "digest_pages.dashboard_json": "member",
    "digest_pages.save_digest_settings": "admin",
    "admin_api.users": "admin",
    "admin_api.add_user": "admin",
    "admin_api.set_role": "admin",
    "admin_api.remove_user": "admin",
    "admin_api.approval_rule": "admin",
    "admin_api.canned": "admin",
    "admin_api.save_canned": "admin",
    "admin_api.remove_canned": "admin",
    "admin_api.add_topic": "admin",
    "channels_api.channels": "admin",
    "channels_api.budget": "admin",
    "channels_api.kinds": "admin",
    "channels_api.connect": "admin",
    "channels_api.disconnect": "admin",
    "channels_api.reconnect": "admin",
    "contact_form_admin.show": "admin",
    "contact_form_admin.update": "admin",
    "privacy_api.page": "admin",
    "privacy_api.export": "privacy",
    "privacy_api.erase": "privacy",
    "privacy_api.overview": "admin",
    "privacy_api.retention": "admin",
    "privacy_api.handover_export": "admin",
    "privacy_api.handover_erase": "admin",
    "audit_api.page": "admin",
    "audit_api.search": "admin",
    "audit_api.export": "admin",
    "answers_api.suggestions": "voter",
    "answers_api.use": "voter",
    "answers_api.use_canned_reply": "voter",
    "answers_api.not_relevant": "voter",
    "answers_api.canned_not_relevant": "voter",
    "answers_api.outdated": "voter",
}

# Integer path arguments → the table whose ids they name ("user_account" through memberships).
ID_TABLES = {
    "conversation_id": "conversation",
    "message_id": "message",
    "contact_id": "contact",
    "canned_id": "canned_reply",
    "account_id": "channel_account",
    "user_id": "user_account",
    "reply_id": "outgoing_reply",
    "campaign_id": "campaign",
    "suggestion_id": "contact_merge_suggestion",
    "attachment_id": "email_attachment",
    "office_id": "office",
    "identity_id": "contact_identity",
    "pair_id": "answer_pair",
}
STRING_ARGUMENTS = {"form_key", "filename", "language"}  # string path arguments: values from the world or fuzz

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
_ARGUMENT = re.compile(r"<(?:(?P<converter>\w+)(?:\([^)]*\))?:)?(?P<name>\w+)>")
_QUOTED_WORD = re.compile(r"""(?:``|["'])([A-Za-z_][A-Za-z0-9_.]{0,39})(?:``|["'])""")


@dataclass(frozen=True)
class Route:
    """One URL rule and one of its methods."""

    endpoint: str
    rule: str
    method: str
    arguments: tuple[tuple[str, str], ...]  # (name, converter)
    csrf_exempt: bool

    @property
    def id(self) -> str:
        """A readable test id."""
        return f"{self.method} {self.rule}"

    @property
    def access(self) -> Access:
        """Who may use the route (KeyError for a route nobody classified)."""
        return ACCESS[self.endpoint]

    @property
    def public(self) -> bool:
        """Whether the route needs no login."""
        return self.access == "public"

    @property
    def changes_state(self) -> bool:
        """Whether the method may change state (and so needs the CSRF token)."""
        return self.method in STATE_CHANGING

    def allows(self, role: Role | None) -> bool:
        """Whether a session in ``role`` (None: anonymous) may get an answer with data."""
        access = self.access
        if access == "public":
            return True
        if role is None:
            return False
        allowed: dict[str, tuple[Role, ...]] = {
            "login": tuple(Role),
            "member": tuple(Role),
            "voter": VOTER_DETAIL_ROLES,
            "privacy": (Role.ADMIN, Role.POLITICIAN),
            "admin": (Role.ADMIN,),
        }
        return role in allowed[access]

    def path(self, values: dict[str, str]) -> str:
        """The rule with each argument replaced by its (already URL-safe) value."""
        return _ARGUMENT.sub(lambda match: values[match.group("name")], self.rule)


def _exempt_views(app: Flask) -> set[str]:
    csrf = app.extensions["csrf"]
    blueprints = {blueprint.name for blueprint in csrf._exempt_blueprints}  # Flask-WTF keeps them there
    return set(csrf._exempt_views) | blueprints


def all_routes(app: Flask) -> list[Route]:
    """Every (rule, method) of the app, HEAD and OPTIONS aside, sorted by rule."""
    exempt = _exempt_views(app)
    routes = []
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        blueprint = rule.endpoint.rpartition(".")[0]
        is_exempt = blueprint in exempt or f"{view.__module__}.{view.__name__}" in exempt
        arguments = tuple(
            (match.group("name"), match.group("converter") or "default") for match in _ARGUMENT.finditer(rule.rule)
        )
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            routes.append(Route(rule.endpoint, rule.rule, method, arguments, is_exempt))
    return sorted(routes, key=lambda route: (route.rule, route.method))


@cache
def request_keys(app_endpoint_module: str) -> tuple[str, ...]:
    """Every quoted word in a view module's source (keys it reads, values it compares with, names in its docs)."""
    import importlib

    module = importlib.import_module(app_endpoint_module)
    words = set(_QUOTED_WORD.findall(inspect.getsource(module)))
    return tuple(sorted(word for word in words if not word.startswith("_")))


def keys_for(app: Flask, route: Route) -> tuple[str, ...]:
    """The words a route's view module mentions: candidate JSON keys, query keys and form fields."""
    return request_keys(app.view_functions[route.endpoint].__module__)


def view_keys(app: Flask, route: Route) -> tuple[str, ...]:
    """The quoted words in the view function itself: the keys and values it reads most directly."""
    view = app.view_functions[route.endpoint]
    words = set(_QUOTED_WORD.findall(inspect.getsource(view)))
    return tuple(sorted(word for word in words if not word.startswith("_")))
