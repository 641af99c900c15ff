"""Admin JSON API for channel accounts: health, X usage and cost, the daily request budget.

Admins of the office only; PUT needs the ``X-CSRFToken`` header like the rest of the API.

``GET /api/admin/channels`` →

    {"channels": [{
        "id": 3, "kind": "x", "handle": "PoliticianBE",
        "health": "ok" | "rate_limited" | "unauthorized" | "forbidden" | "provider_error" | "misconfigured",
        "health_detail": "X refused the access token (401): … Reconnect the account.",   ("" when healthy)
        "next_poll_at": "2026-11-26T15:02:00+00:00" | null, "last_polled_at": … | null,
        "requests_today": 42, "estimated_cost_today_usd": 0.21,
        "requests_today_by_kind": {"post_read": 30, "dm_read": 10, "post_create": 2, "dm_create": 0},
        "requests_last_7_days": 230, "estimated_cost_last_7_days_usd": 1.15,
        "usage_by_day": [{"day": "2026-11-20", "requests": 30, "items": 12, "estimated_cost_usd": 0.06}, …7 days,
                         oldest first, office-local dates],
        "budget": {"daily_requests": 500 | null, "remaining_today": 458 | null, "billed": true},
        "warnings": {"dm": "X forbids this request (403) …"},   (passes that failed while mentions worked)
        "x_usage": null | {"days": 30, "by_day": [{"day": "2026-11-26", "reads": 40, "posts": 2, "requests": 42,
                   "estimated_cost_usd": 0.21}, …30 days, oldest first],
                   "month_to_date": {"since": "2026-11-01", "requests": 900, "estimated_cost_usd": 4.5},
                   "prices_usd": {"post_read": 0.005, …}   (DIALOOG_X_PRICES),
                   "budget_warning": null | {"level": "near" | "reached", "used": 85, "budget": 100, "share": 0.85}}
    }, …]}

``GET /api/admin/channels/kinds`` → ``{"kinds": [{"kind": "x", "fields": [{"name", "required",
"secret"}]}]}``: what the connect form asks for each channel.

``POST /api/admin/channels`` with ``{"kind": "mastodon", "handle": "@els@mastodon.social",
"values": {"api_base_url": …, "access_token": …}}`` connects (or reconnects) an account → 201
with the channel; 422 names the missing fields, a server outside the provider host policy
(``DIALOOG_PROVIDER_HOSTS``), credentials the provider refuses or that belong to another
account than the X user id / page id given (X and Meta are asked whose they are: their
answer becomes the account's id), or an account already connected in some office. A field
left empty keeps the value stored for the same kind and handle. ``DELETE /api/admin/channels/<id>``
disconnects it: no more polling or replies, conversations kept, credentials kept (encrypted)
for a reconnect; ``?forget=1`` wipes the credentials too (also of an account already disconnected).

``POST /api/admin/channels/<id>/reconnect`` with ``{"values": {…}}`` (or no body) reconnects
or edits an account: empty or absent fields keep their stored values, and the host policy and
the provider's ownership check run again → 200 with the channel; 422 as for connecting, 404
for another office's account. Each channel lists its ``fields`` (``name``, ``required``,
``secret``, ``stored``, and ``value`` for stored values that are not secret; a secret's value
is never sent) and ``reconnectable`` (every required value is stored).

Days and "today" follow the office's time zone. The cost is an estimate from the items X
returned (post read $0.005, DM event read $0.010, post or DM created $0.015, unless the
operator set ``DIALOOG_X_PRICES``); ``x_usage`` is given for X accounts only, and its warning
starts at ``DIALOOG_X_BUDGET_WARNING`` (0.8) of the daily budget.

``PUT /api/admin/channels/<id>/budget`` with ``{"daily_requests": 500}`` (1 to 1,000,000)
or ``{"daily_requests": null}`` (no limit) → 200 with the channel as above; 400 for a bad
body, 422 for a non-X account or an invalid number, 404 for another office's account.
With a budget, polling spreads the remaining requests evenly over the rest of the day; when
it is used up, polling skips until the next office-local midnight and the account shows
health ``rate_limited`` with "X daily budget reached …". Raising the budget resumes at once.
"""

from __future__ import annotations

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from inbox.models import ChannelKind, Role
from inbox.services.channel_accounts.connection import (
    AccountRejectedError,
    channel_kinds,
    connect_account,
    disconnect_account,
    reconnect_account,
)
from inbox.services.channel_accounts.usage import BudgetRejectedError, channel_view, channels_overview, set_daily_budget
from inbox.web.access import require_office
from inbox.web.json_helpers import error, json_body

channels_api = Blueprint("channels_api", __name__, url_prefix="/api/admin/channels")


@channels_api.get("")
@login_required
def channels() -> Response:
    """The office's channel accounts with health, usage, cost and budget."""
    office_id = require_office(Role.ADMIN).office_id
    views = channels_overview(office_id)
    return jsonify({"channels": views})


@channels_api.put("/<int:account_id>/budget")
@login_required
def budget(account_id: int) -> Response | tuple[Response, int]:
    """Set or remove an X account's daily request budget."""
    office_id = require_office(Role.ADMIN).office_id
    payload = json_body()
    if "daily_requests" not in payload:
        return error('Send JSON {"daily_requests": <whole number> or null}.', 400)
    try:
        account = set_daily_budget(office_id, account_id, current_user, payload["daily_requests"])
    except LookupError:
        return error("No such channel account in this office.", 404)
    except BudgetRejectedError as rejected:
        return error(str(rejected), 422)
    return jsonify(channel_view(account))


@channels_api.get("/kinds")
@login_required
def kinds() -> Response:
    """The channels an account can be connected on, with the fields each needs."""
    require_office(Role.ADMIN)
    return jsonify({"kinds": channel_kinds()})


@channels_api.post("")
@login_required
def connect() -> tuple[Response, int]:
    """Connect or reconnect an account."""
    office_id = require_office(Role.ADMIN).office_id
    payload = json_body()
    values = payload.get("values")
    try:
        kind = ChannelKind(payload.get("kind"))
    except ValueError:
        return error(f"kind must be one of {', '.join(k.value for k in ChannelKind)}.", 400)
    if not isinstance(values, dict) or not isinstance(payload.get("handle"), str):
        return error('Send JSON {"kind", "handle", "values": {…}}.', 400)
    try:
        account = connect_account(office_id, current_user, kind, payload["handle"], values)
    except AccountRejectedError as rejected:
        return error(str(rejected), 422)
    return jsonify(channel_view(account)), 201


@channels_api.post("/<int:account_id>/reconnect")
@login_required
def reconnect(account_id: int) -> Response | tuple[Response, int]:
    """Reconnect or edit an account, keeping the stored values of the fields left empty."""
    office_id = require_office(Role.ADMIN).office_id
    values = json_body().get("values", {})
    if not isinstance(values, dict):
        return error('Send JSON {"values": {…}} (fields left out keep their stored values).', 400)
    try:
        account = reconnect_account(office_id, current_user, account_id, values)
    except LookupError:
        return error("No such channel account in this office.", 404)
    except AccountRejectedError as rejected:
        return error(str(rejected), 422)
    return jsonify(channel_view(account))


@channels_api.delete("/<int:account_id>")
@login_required
def disconnect(account_id: int) -> Response:
    """Disconnect an account, keeping its conversations (and its credentials unless ``?forget=1``)."""
    office_id = require_office(Role.ADMIN).office_id
    forget = request.args.get("forget") in ("1", "true")
    try:
        account = disconnect_account(office_id, current_user, account_id, forget=forget)
    except LookupError:
        abort(404)
    return jsonify(channel_view(account))
