"""The digest in the inbox: preview of any week (and "send me a test"), and the live dashboard.

Both pages read the digest's own compute functions, so their numbers are the e-mail's.
Only members of the office can see them (others get 404, as if the office did not exist).
Viewers (aggregates only) see the figures without voter quotes, names and links into the
queue, and cannot mail themselves a test (the e-mail carries quotes).
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response

from inbox.digest import charts, i18n
from inbox.digest.compute import compute_digest
from inbox.digest.dashboard import MAX_WEEKS, dashboard_data
from inbox.digest.data import Digest
from inbox.digest.delivery import NO_SMTP, send_test
from inbox.digest.names import channel_name
from inbox.digest.periods import Week, parse_week, week_containing
from inbox.digest.recipients import recipients_of, save_settings, settings_for
from inbox.digest.render import template_helpers, topic_bars
from inbox.mail.smtp import SmtpError
from inbox.models import DigestDelivery, Membership, Office, Role, db, utcnow
from inbox.web.access import require_member, sees_voter_details

digest_pages = Blueprint("digest_pages", __name__)

PERIODS = {"4w": 4, "8w": 8, "13w": 13, "26w": 26, "52w": 52}


def _office_for_member(office_id: int) -> tuple[Office, Membership]:
    """The office if the logged-in user is a member of it (in any role, viewers too); 404 otherwise."""
    require_member()
    membership = db.session.execute(
        select(Membership).where(Membership.office_id == office_id, Membership.user_id == current_user.id)
    ).scalar_one_or_none()
    office = db.session.get(Office, office_id)
    if membership is None or office is None:
        abort(404)
    return office, membership


def _aggregates_only(digest: Digest) -> Digest:
    """The digest without what identifies or quotes a voter, and without links into the queue."""
    for line in [*digest.topics, *digest.all_topics]:
        line.quotes, line.link = [], ""
    for campaign in digest.campaigns:
        campaign.label, campaign.link = "", ""  # a campaign's label is its letter's text
    for item in [*digest.rising, *digest.channels]:
        item.link = ""
    digest.kept_up.oldest_name, digest.kept_up.oldest_conversation_id = "", None
    digest.kept_up.backlog_link, digest.inbox_link, digest.other_link = "", "", ""
    return digest


def _digest_for(membership: Membership, office_id: int, week: Week) -> Digest:
    """The week's digest as this member may see it."""
    digest = compute_digest(office_id, week, i18n.language_of(current_user.language), _base_url())
    return digest if sees_voter_details(membership) else _aggregates_only(digest)


def _week_arg(office_id: int, name: str = "week", default_back: int = 0) -> Week:
    timezone = settings_for(office_id).timezone
    value = request.args.get(name, "")
    if not value:
        return week_containing(utcnow(), timezone).shifted(-default_back)
    try:
        return parse_week(value, timezone)
    except ValueError:
        abort(400, description=f"cannot read {name}={value!r}: use a date such as 2026-03-30")


def _base_url() -> str:
    return request.host_url.rstrip("/")


@digest_pages.route("/digest")
@login_required
def digest_home() -> Response:
    """The preview of the current office's digest."""
    return redirect(url_for("digest_pages.preview", office_id=require_member().office_id))


@digest_pages.route("/dashboard")
@login_required
def dashboard_home() -> Response:
    """The current office's dashboard."""
    return redirect(url_for("digest_pages.dashboard", office_id=require_member().office_id))


@digest_pages.route("/offices/<int:office_id>/digest")
@login_required
def preview(office_id: int) -> str:
    """This week's digest so far, or any past week's (``?week=2026-03-23``), as the recipient reads it."""
    office, membership = _office_for_member(office_id)
    week = _week_arg(office_id)
    language = i18n.language_of(current_user.language)
    digest = _digest_for(membership, office_id, week)
    chart = charts.bars_svg(
        topic_bars(digest),
        i18n.t(language, "this_week"),
        i18n.t(language, "last_week"),
        i18n.t(language, "chart_topics"),
    )
    deliveries = []
    admin = None
    if membership.role == Role.ADMIN:
        settings = settings_for(office_id)
        admin = {
            "settings": settings,
            "extras": "\n".join(
                f"{e.get('email', '')} {e.get('language', '')}" for e in settings.extra_recipients or []
            ),
            "recipients": recipients_of(office_id),
        }
        deliveries = list(
            db.session.execute(
                select(DigestDelivery)
                .where(DigestDelivery.office_id == office_id, DigestDelivery.week_start == week.start)
                .order_by(DigestDelivery.recipient)
            ).scalars()
        )
    return render_template(
        "digest/preview.html",
        office=office,
        role=str(membership.role),  # the shared top bar (_nav.html)
        user=current_user,
        d=digest,
        chart=chart,
        deliveries=deliveries,
        admin=admin,
        voter_details=sees_voter_details(membership),
        no_smtp=NO_SMTP,
        previous_week=week.shifted(-1).start.isoformat(),
        next_week=week.shifted(1).start.isoformat() if week.shifted(1).start <= date.today() else "",
        **template_helpers(language, week.timezone),
    )


@digest_pages.route("/offices/<int:office_id>/digest.json")
@login_required
def preview_json(office_id: int) -> Response:
    """The week's digest figures as JSON (the preview's numbers)."""
    _, membership = _office_for_member(office_id)
    return jsonify(_digest_for(membership, office_id, _week_arg(office_id)).as_json())


@digest_pages.route("/offices/<int:office_id>/digest/test", methods=["POST"])
@login_required
def send_me_a_test(office_id: int) -> Response:
    """Mail the shown week's digest to the logged-in user now (not to viewers: it quotes voters)."""
    _, membership = _office_for_member(office_id)
    if not sees_voter_details(membership):
        abort(403)
    week = _week_arg(office_id)
    language = i18n.language_of(current_user.language)
    category = "message"
    try:
        if send_test(office_id, week, current_user.email, language) == NO_SMTP:
            outcome = i18n.t(language, "test_no_smtp")
        else:
            outcome, category = i18n.t(language, "test_sent", email=current_user.email), "success"
    except SmtpError as error:
        outcome = i18n.t(language, "test_failed", error=error.detail)  # the mail server's own words
    flash(i18n.t(language, "test_outcome", week=week.iso_label, outcome=outcome), category)
    return redirect(url_for("digest_pages.preview", office_id=office_id, week=week.start.isoformat()))


# The query keys the dashboard passes on to its JSON twin; any other key (``office_id``,
# ``_method``, …) would reach ``url_for`` as a keyword of its own and break the page.
PERIOD_KEYS = ("period", "from", "to")


def _period_args() -> dict[str, str]:
    """The period keys of this request's query, as sent (each one once)."""
    return {key: request.args[key] for key in PERIOD_KEYS if key in request.args}


def _period(office_id: int) -> tuple[Week, Week, str]:
    period = request.args.get("period", "8w")
    last = _week_arg(office_id, "to")
    if period == "custom" and request.args.get("from"):
        first = _week_arg(office_id, "from")
        if first.start > last.start:
            first, last = last, first
        first = max(first, last.shifted(-(MAX_WEEKS - 1)), key=lambda week: week.start)
        return first, last, period
    weeks = PERIODS.get(period, 8)
    return last.shifted(-(weeks - 1)), last, period if period in PERIODS else "8w"


@digest_pages.route("/offices/<int:office_id>/dashboard")
@login_required
def dashboard(office_id: int) -> str:
    """Volume by channel and topic over time, sentiment per topic and response times, per period."""
    office, membership = _office_for_member(office_id)
    first, last, period = _period(office_id)
    language = i18n.language_of(current_user.language)
    data = dashboard_data(office_id, first, last, language)
    labels = [week.week_label[-3:] for week in data.weeks]
    kinds = sorted({kind for week in data.weeks for kind in week.channels})
    busiest = data.busiest_topics(6)
    channel_chart = charts.line_svg(
        labels,
        {channel_name(k): [w.channels.get(k, 0) for w in data.weeks] for k in kinds},
        i18n.t(language, "volume_by_channel"),
    )
    topic_chart = charts.line_svg(
        labels,
        {data.topic_names.get(c, c): [w.topic_voters.get(c, 0) for w in data.weeks] for c in busiest},
        i18n.t(language, "voters_by_topic"),
    )
    return render_template(
        "digest/dashboard.html",
        office=office,
        role=str(membership.role),
        user=current_user,
        data=data,
        period=period,
        periods=list(PERIODS),
        first=first.start.isoformat(),
        last=last.start.isoformat(),
        channel_chart=channel_chart,
        topic_chart=topic_chart,
        busiest=busiest,
        kinds=kinds,
        json_url=url_for("digest_pages.dashboard_json", office_id=office_id, **_period_args()),
        voter_details=sees_voter_details(membership),
        **template_helpers(language),
    )


@digest_pages.route("/offices/<int:office_id>/dashboard.json")
@login_required
def dashboard_json(office_id: int) -> Response:
    """The dashboard's figures as JSON, for the page's periodic refresh."""
    _office_for_member(office_id)
    first, last, _ = _period(office_id)
    data = dashboard_data(office_id, first, last, i18n.language_of(current_user.language))
    return jsonify(data.as_json())


def _parse_recipients(text: str) -> list[dict[str, str]]:
    """Lines of ``address language`` (language optional) → recipient entries."""
    entries = []
    for line in text.splitlines():
        parts = line.replace(",", " ").split()
        if parts:
            entries.append({"email": parts[0], "language": parts[1] if len(parts) > 1 else ""})
    return entries


@digest_pages.route("/offices/<int:office_id>/digest/settings", methods=["POST"])
@login_required
def save_digest_settings(office_id: int) -> Response:
    """Office admins set the day, time, time zone and recipients of the weekly digest."""
    _, membership = _office_for_member(office_id)
    if membership.role != Role.ADMIN:
        abort(403)
    form = request.form
    try:
        save_settings(
            office_id,
            weekday=int(form.get("weekday", "0")),
            send_time=form.get("send_time", "07:30").strip(),
            timezone=form.get("timezone", "Europe/Brussels").strip(),
            include_politicians=form.get("include_politicians") == "1",
            extra_recipients=_parse_recipients(form.get("extra_recipients", "")),
            enabled=form.get("enabled") == "1",
        )
        flash(i18n.t(current_user.language, "saved"), "success")
    except ValueError as error:
        flash(i18n.t(current_user.language, "not_saved", error=error))
    return redirect(url_for("digest_pages.preview", office_id=office_id))
