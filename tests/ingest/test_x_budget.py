"""X requests counted per day, the admin's daily budget, rate limits without a reset, errors in words."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import tweepy
from flask import Flask
from sqlalchemy import func, select

from inbox.ingest.x.client import UserContextClient, make_x_client
from inbox.models import AccountHealth, ChannelAccount, Message, db, utcnow
from inbox.services.intake.polling import poll_account
from tests.factories import office_with_users, x_account
from tests.ingest.x_helpers import logged_in, quiet_app, voters

__all__ = ["quiet_app"]


def _account(account_id: int) -> ChannelAccount:
    db.session.expire_all()
    return db.session.get(ChannelAccount, account_id)


def test_admin_sees_requests_and_cost_per_day(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    anna, bram = voters(sandbox)
    for voter in (anna, bram, anna):
        sandbox.post_tweet(voter["id"], "@PoliticianBE een vraag")
    sandbox.send_dm(bram["id"], account.external_id, "en een DM")

    poll_account(account.id)
    client, _headers = logged_in(quiet_app, setup.admin.email)
    (channel,) = client.get("/api/admin/channels").get_json()["channels"]

    assert channel["kind"] == "x" and channel["handle"] == "PoliticianBE" and channel["health"] == "ok"
    assert channel["requests_today"] == sandbox.request_count("/2/") == 3  # mentions, DM events, own posts
    assert channel["estimated_cost_today_usd"] == pytest.approx(3 * 0.005 + 1 * 0.010)
    assert channel["requests_last_7_days"] == 3
    assert channel["requests_today_by_kind"] == {"post_read": 2, "dm_read": 1, "post_create": 0, "dm_create": 0}
    assert channel["warnings"] == {}
    assert len(channel["usage_by_day"]) == 7
    assert channel["budget"] == {"daily_requests": None, "remaining_today": None, "billed": True}
    assert channel["next_poll_at"] is not None

    staff_client, _staff_headers = logged_in(quiet_app, setup.staff.email)
    assert staff_client.get("/api/admin/channels").status_code == 403


def test_the_daily_budget_stops_polling_until_local_midnight(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    (anna,) = voters(sandbox, 1)
    sandbox.post_tweet(anna["id"], "@PoliticianBE eerste")
    client, headers = logged_in(quiet_app, setup.admin.email)

    answer = client.put(f"/api/admin/channels/{account.id}/budget", json={"daily_requests": 2}, headers=headers)
    assert answer.status_code == 200 and answer.get_json()["budget"]["daily_requests"] == 2

    poll_account(account.id)  # mentions and DMs: the budget is then spent
    assert sandbox.request_count("/2/") == 2
    assert db.session.execute(select(func.count(Message.id))).scalar_one() == 1

    sandbox.post_tweet(anna["id"], "@PoliticianBE tweede")
    account = _account(account.id)
    account.next_poll_at = utcnow()
    db.session.commit()
    assert poll_account(account.id) is None
    assert sandbox.request_count("/2/") == 2  # skipped: no request made
    account = _account(account.id)
    assert account.health == AccountHealth.RATE_LIMITED
    assert "daily budget reached" in account.health_detail
    zone = ZoneInfo("Europe/Brussels")
    midnight = datetime.combine(datetime.now(zone).date() + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    assert account.next_poll_at == midnight

    (channel,) = client.get("/api/admin/channels").get_json()["channels"]
    assert channel["budget"]["remaining_today"] == 0 and "daily budget reached" in channel["health_detail"]

    answer = client.put(f"/api/admin/channels/{account.id}/budget", json={"daily_requests": 50}, headers=headers)
    assert answer.status_code == 200
    assert _account(account.id).next_poll_at <= utcnow()  # a higher budget lets polling resume now
    poll_account(account.id)
    assert db.session.execute(select(func.count(Message.id))).scalar_one() == 2


@pytest.mark.parametrize("value", [0, -5, "100", 2.5, True, 10**7])
def test_an_invalid_budget_is_refused_with_a_reason(quiet_app: Flask, x_sandbox, value: object) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    client, headers = logged_in(quiet_app, setup.admin.email)
    answer = client.put(f"/api/admin/channels/{account.id}/budget", json={"daily_requests": value}, headers=headers)
    assert answer.status_code == 422 and "whole number" in answer.get_json()["error"]
    assert _account(account.id).settings.get("x_daily_request_budget") is None


def test_budget_changes_need_an_admin_of_that_office_and_csrf(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    other = office_with_users("Other office")
    account = x_account(setup.office.id, sandbox, base_url)
    url = f"/api/admin/channels/{account.id}/budget"

    staff, staff_headers = logged_in(quiet_app, setup.staff.email)
    assert staff.put(url, json={"daily_requests": 5}, headers=staff_headers).status_code == 403
    stranger, stranger_headers = logged_in(quiet_app, other.admin.email)
    assert stranger.put(url, json={"daily_requests": 5}, headers=stranger_headers).status_code == 404
    admin, admin_headers = logged_in(quiet_app, setup.admin.email)
    assert admin.put(url, json={"daily_requests": 5}).status_code == 400  # no CSRF token
    assert admin.put(url, data="5", headers=admin_headers).status_code == 400
    assert _account(account.id).settings.get("x_daily_request_budget") is None
    assert admin.put(url, json={"daily_requests": None}, headers=admin_headers).status_code == 200


def test_a_429_without_reset_header_waits_a_window_instead_of_hot_looping(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    sandbox.omit_rate_limit_reset = True
    sandbox.fail_next("/2/users/", 429, times=1000)

    started = time.monotonic()
    assert poll_account(account.id) is None
    assert time.monotonic() - started < 5
    assert sandbox.request_count("/2/users/") == 1
    account = _account(account.id)
    assert account.health == AccountHealth.RATE_LIMITED
    assert timedelta(minutes=14) < account.next_poll_at - utcnow() <= timedelta(minutes=15)

    # even a client asked to wait on rate limits makes one request and raises (tweepy 4.17 would loop)
    credentials = account.credentials
    client = make_x_client(**{k: credentials[k] for k in credentials}, api_base_url=base_url)
    assert isinstance(client, UserContextClient)
    client.wait_on_rate_limit = True
    with pytest.raises(tweepy.TooManyRequests):
        client.get_users_mentions(account.external_id)
    assert sandbox.request_count("/2/users/") == 2


@pytest.mark.parametrize(
    ("status", "health", "words"),
    [
        (401, AccountHealth.UNAUTHORIZED, "revoked or is wrong. Reconnect the account"),
        (403, AccountHealth.FORBIDDEN, "Check the app's access level"),
        (404, AccountHealth.MISCONFIGURED, "does not know this account"),
        (400, AccountHealth.PROVIDER_ERROR, "X rejected the request (400)"),
        (503, AccountHealth.PROVIDER_ERROR, "server error (503); retrying later"),
    ],
)
def test_provider_errors_reach_the_admin_in_words(
    quiet_app: Flask, x_sandbox, status: int, health: AccountHealth, words: str
) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    sandbox.fail_next("/2/users/", status)

    assert poll_account(account.id) is None
    client, _headers = logged_in(quiet_app, setup.admin.email)
    (channel,) = client.get("/api/admin/channels").get_json()["channels"]
    assert channel["health"] == str(health)
    assert words in channel["health_detail"]
    assert channel["requests_today"] == 1


def test_polling_spreads_the_budget_over_the_day(quiet_app: Flask, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    setup = office_with_users()
    account = x_account(setup.office.id, sandbox, base_url)
    account.settings = {**account.settings, "x_daily_request_budget": 30}
    db.session.commit()

    poll_account(account.id)  # 3 requests: 27 left, i.e. 9 more polls before local midnight
    zone = ZoneInfo("Europe/Brussels")
    midnight = datetime.combine(datetime.now(zone).date() + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    expected = utcnow() + (midnight - utcnow()) / 9
    assert abs((_account(account.id).next_poll_at - expected).total_seconds()) < 30
