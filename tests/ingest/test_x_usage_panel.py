"""The admin's X usage panel: requests per day by kind, estimated cost at the operator's prices, budget warning."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from inbox.config import load_settings
from inbox.ingest.usage import local_day
from inbox.models import ChannelAccount, ChannelKind, ChannelUsage, Conversation, db
from inbox.services.intake.polling import poll_account
from inbox.services.replies.outgoing import create_reply
from tests.conftest import make_app
from tests.factories import office_with_users, x_account
from tests.web.test_inbox_api import client_for


def test_the_panel_counts_reads_and_posts_per_day_at_the_configured_prices(tmp_path: Path, x_sandbox) -> None:
    sandbox, base_url = x_sandbox
    app = make_app(tmp_path, DIALOOG_X_PRICES="post_read=0.01", DIALOOG_X_BUDGET_WARNING="0.75")
    with app.app_context():
        setup = office_with_users()
        account = x_account(setup.office.id, sandbox, base_url)
        voter = sandbox.add_user("an_v", "An Vos")
        sandbox.post_tweet(voter["id"], "@PoliticianBE Wanneer komt het fietspad?")
        sandbox.post_tweet(voter["id"], "@PoliticianBE En de bibliotheek?")
        poll_account(account.id)
        conversation = db.session.execute(select(Conversation)).scalars().first()
        create_reply(
            setup.office.id, conversation.id, setup.staff, "Volgend jaar, An."
        )  # sent at once (immediate jobs)
        today = local_day(account)
        earlier, long_ago = today - timedelta(days=3), today - timedelta(days=40)
        for day in (earlier, long_ago):
            db.session.add(ChannelUsage(channel_account_id=account.id, day=day, kind="post_read", requests=5, items=20))
        db.session.commit()
        admin = client_for(app, setup.admin)

        (channel,) = admin.get("/api/admin/channels").get_json()["channels"]
        usage = channel["x_usage"]
        assert usage["prices_usd"] == {"post_read": 0.01, "dm_read": 0.01, "post_create": 0.015, "dm_create": 0.015}
        assert len(usage["by_day"]) == 30 and usage["by_day"][-1]["day"] == today.isoformat()
        last = usage["by_day"][-1]
        assert last["posts"] == 1 == sandbox.request_count("/2/tweets")
        assert last["reads"] == sandbox.request_count("/2/") - 1 and last["reads"] >= 2
        assert last["requests"] == last["reads"] + last["posts"]
        assert last["estimated_cost_usd"] == pytest.approx(2 * 0.01 + 0.015)  # two mentions read, one reply
        (three_days_ago,) = [day for day in usage["by_day"] if day["day"] == earlier.isoformat()]
        assert three_days_ago == {
            "day": earlier.isoformat(),
            "reads": 5,
            "posts": 0,
            "requests": 5,
            "estimated_cost_usd": 0.2,
        }
        month = usage["month_to_date"]
        same_month = earlier.month == today.month
        assert month["since"] == today.replace(day=1).isoformat()
        assert month["requests"] == last["requests"] + (5 if same_month else 0)
        assert month["estimated_cost_usd"] == pytest.approx(0.035 + (0.2 if same_month else 0), abs=1e-9)
        assert usage["budget_warning"] is None

        used = last["requests"]
        near = admin.put(f"/api/admin/channels/{account.id}/budget", json={"daily_requests": used + 1})
        assert near.get_json()["x_usage"]["budget_warning"] == {
            "level": "near",
            "used": used,
            "budget": used + 1,
            "share": round(used / (used + 1), 3),
        }
        far = admin.put(f"/api/admin/channels/{account.id}/budget", json={"daily_requests": used * 2})
        assert far.get_json()["x_usage"]["budget_warning"] is None  # half used: below the 0.75 warning share
        spent = admin.put(f"/api/admin/channels/{account.id}/budget", json={"daily_requests": used})
        assert spent.get_json()["x_usage"]["budget_warning"]["level"] == "reached"

        mastodon = ChannelAccount(office_id=setup.office.id, kind=ChannelKind.MASTODON, handle="@els@m.example")
        db.session.add(mastodon)
        db.session.commit()
        listed = {c["kind"]: c for c in admin.get("/api/admin/channels").get_json()["channels"]}
        assert listed["mastodon"]["x_usage"] is None


def test_bad_price_or_warning_settings_are_named(tmp_path: Path) -> None:
    base = {"DIALOOG_INSTANCE_DIR": str(tmp_path)}
    with pytest.raises(ValueError, match="DIALOOG_X_PRICES: 'post_read=cheap'"):
        load_settings({**base, "DIALOOG_X_PRICES": "post_read=cheap"})
    with pytest.raises(ValueError, match=r"DIALOOG_X_PRICES: 'tweet=0\.1'"):
        load_settings({**base, "DIALOOG_X_PRICES": "tweet=0.1"})
    with pytest.raises(ValueError, match="DIALOOG_X_BUDGET_WARNING"):
        load_settings({**base, "DIALOOG_X_BUDGET_WARNING": "80"})
    settings = load_settings({**base, "DIALOOG_X_PRICES": "post_read=0.004 dm_create=0.02"})
    assert dict(settings.x_prices_usd) == {"post_read": 0.004, "dm_create": 0.02}
