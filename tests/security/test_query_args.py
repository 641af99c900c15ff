"""Issue 23, finding 8 (query part): stray query keys must not break a page.

The dashboard passed its whole query string to ``url_for`` as keywords, so
``?office_id=2`` (a keyword ``url_for`` already had) and ``?_method=POST`` (one of its
own options) answered 500. Now only the period keys travel on to the JSON link, and the
JSON link never points at another office.
"""

from __future__ import annotations

import html
import re

import pytest
from flask import Flask

from tests.clients import logged_in_client
from tests.factories import office_with_users


@pytest.mark.parametrize(
    "query",
    [
        "office_id=2",
        "_method=POST",
        "_external=1&_scheme=javascript",
        "_anchor=x&endpoint=auth.login",
        "period=custom&from=2026-03-02&to=2026-03-23&office_id=999&values=1",
    ],
)
def test_stray_query_keys_leave_the_dashboard_working(sqlite_app: Flask, query: str) -> None:
    setup = office_with_users("Dashboard office")
    office_id = setup.office.id
    other = office_with_users("Other office").office.id
    client = logged_in_client(sqlite_app, setup.staff, csrf_header=False)

    page = client.get(f"/offices/{office_id}/dashboard?{query}")
    assert page.status_code == 200, page.status_code
    json_url = html.unescape(re.search(r'data-json-url="([^"]*)"', page.get_data(as_text=True)).group(1))
    assert json_url.startswith(f"/offices/{office_id}/dashboard.json"), json_url
    assert f"/offices/{other}/" not in json_url
    for stray in ("office_id", "_method", "_external", "_scheme", "_anchor", "endpoint", "values"):
        assert f"{stray}=" not in json_url and "#" not in json_url, json_url
    assert client.get(json_url).status_code == 200


def test_the_dashboard_keeps_its_period_on_the_json_link(sqlite_app: Flask) -> None:
    setup = office_with_users("Dashboard office")
    client = logged_in_client(sqlite_app, setup.staff, csrf_header=False)
    page = client.get(f"/offices/{setup.office.id}/dashboard?period=custom&from=2026-03-02&to=2026-03-23")
    json_url = html.unescape(re.search(r'data-json-url="([^"]*)"', page.get_data(as_text=True)).group(1))
    assert "period=custom" in json_url and "from=2026-03-02" in json_url and "to=2026-03-23" in json_url
