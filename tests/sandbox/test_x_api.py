"""The X sandbox driven by the real tweepy.Client (via make_x_client), plus the voter simulator."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests
import tweepy
from requests_oauthlib import OAuth1

from inbox.ingest.x.client import ORIGINAL_URL_HEADER, make_x_client
from inbox.sandbox.server import LoopbackServer
from inbox.sandbox.voters import VoterSimulator
from inbox.sandbox.x.api import XSandbox

TWEET_FIELDS = [
    "author_id",
    "conversation_id",
    "created_at",
    "in_reply_to_user_id",
    "referenced_tweets",
    "lang",
    "entities",
]


@dataclass
class Env:
    sandbox: XSandbox
    base_url: str
    politician: dict[str, str]
    voters: list[dict[str, str]]
    client: tweepy.Client


@pytest.fixture
def env() -> Iterator[Env]:
    sandbox = XSandbox(mentions_limit=50)
    politician = sandbox.add_user("VoorzitterJan", "Jan Voorzitter")
    voters = [sandbox.add_user(f"kiezer{i}", f"Kiezer {i}") for i in range(5)]
    token, secret = sandbox.issue_access_token(politician["id"])
    with LoopbackServer(sandbox.app()) as server:
        client = make_x_client(
            consumer_key=sandbox.consumer_key,
            consumer_secret=sandbox.consumer_secret,
            access_token=token,
            access_token_secret=secret,
            api_base_url=server.base_url,
        )
        yield Env(sandbox, server.base_url, politician, voters, client)


def _mentions(env: Env, **params: object) -> requests.Response:
    return env.client.get_users_mentions(
        env.politician["id"],
        expansions=["author_id"],
        tweet_fields=TWEET_FIELDS,
        user_fields=["username", "name"],
        **params,
    )


def test_get_me(env: Env) -> None:
    response = env.client.get_me()
    assert response.status_code == 200
    assert response.json() == {"data": env.politician}
    assert response.headers["x-rate-limit-limit"] == "75"


def test_mentions_since_id_and_pagination(env: Env) -> None:
    old = [env.sandbox.post_tweet(env.voters[0]["id"], f"@VoorzitterJan oud bericht {i}") for i in range(3)]
    env.sandbox.post_tweet(env.voters[1]["id"], "no mention of the politician here")
    new = [
        env.sandbox.post_tweet(env.voters[i % 5]["id"], f"@voorzitterjan vraag {i} over de tram & fiets", lang="nl")
        for i in range(25)
    ]
    seen: list[dict] = []
    token = None
    pages = []
    while True:
        body = _mentions(env, since_id=old[-1]["id"], max_results=10, pagination_token=token).json()
        pages.append(body["meta"]["result_count"])
        seen.extend(body["data"])
        assert {u["id"] for u in body["includes"]["users"]} == {t["author_id"] for t in body["data"]}
        token = body["meta"].get("next_token")
        if token is None:
            break
    assert pages == [10, 10, 5]
    assert [t["id"] for t in seen] == [t["id"] for t in reversed(new)]
    first = seen[-1]
    assert first["text"] == "@voorzitterjan vraag 0 over de tram &amp; fiets"  # X HTML-escapes &, <, >
    assert first["entities"]["mentions"] == [
        {"start": 0, "end": 14, "username": "voorzitterjan", "id": env.politician["id"]}
    ]
    assert first["conversation_id"] == first["id"] and first["lang"] == "nl"
    assert first["created_at"].endswith("Z") and len(first["created_at"]) == 24
    assert "in_reply_to_user_id" not in first and first["edit_history_tweet_ids"] == [first["id"]]
    paged = tweepy.Paginator(
        env.client.get_users_mentions, env.politician["id"], since_id=old[-1]["id"], max_results=10
    )
    assert sum(r.json()["meta"]["result_count"] for r in paged) == 25
    assert _mentions(env, since_id=new[-1]["id"]).json() == {"meta": {"result_count": 0}}
    with pytest.raises(tweepy.BadRequest, match="max_results"):
        _mentions(env, max_results=3)
    unknown = env.client.get_users_mentions("42").json()
    assert unknown["errors"][0]["detail"] == "Could not find user with id: [42]."


def test_reply_lands_in_replies_to(env: Env) -> None:
    mention = env.sandbox.post_tweet(env.voters[2]["id"], "@VoorzitterJan wanneer komt de tram?")
    response = env.client.create_tweet(text="Volgend jaar, beloofd!", in_reply_to_tweet_id=mention["id"])
    assert response.status_code == 201
    data = response.json()["data"]
    assert data["text"] == "Volgend jaar, beloofd!" and data["edit_history_tweet_ids"] == [data["id"]]
    [reply] = env.sandbox.replies_to(mention["id"])
    assert reply["id"] == data["id"] and reply["author_id"] == env.politician["id"]
    assert reply["conversation_id"] == mention["id"] and reply["in_reply_to_user_id"] == env.voters[2]["id"]
    assert reply["referenced_tweets"] == [{"type": "replied_to", "id": mention["id"]}]
    with pytest.raises(tweepy.Forbidden, match="duplicate content"):
        env.client.create_tweet(text="Volgend jaar, beloofd!", in_reply_to_tweet_id=mention["id"])
    with pytest.raises(tweepy.Forbidden, match="deleted or not visible"):
        env.client.create_tweet(text="Hallo", in_reply_to_tweet_id="123456")
    with pytest.raises(tweepy.BadRequest):
        env.client.create_tweet(text="x" * 281)
    with pytest.raises(tweepy.BadRequest) as missing:
        env.client.create_tweet()
    assert missing.value.response.json()["title"] == "Invalid Request"


def test_forged_signature_is_unauthorized(env: Env) -> None:
    token, _secret = env.sandbox.issue_access_token(env.politician["id"])
    forged = make_x_client(
        consumer_key=env.sandbox.consumer_key,
        consumer_secret=env.sandbox.consumer_secret,
        access_token=token,
        access_token_secret="not-the-secret",
        api_base_url=env.base_url,
    )
    with pytest.raises(tweepy.Unauthorized) as raised:
        forged.get_me()
    assert raised.value.response.json() == {
        "title": "Unauthorized",
        "type": "about:blank",
        "status": 401,
        "detail": "Unauthorized",
    }


def test_signature_covers_url_and_nonce(env: Env) -> None:
    token, secret = env.sandbox.issue_access_token(env.voters[0]["id"])
    auth = OAuth1(env.sandbox.consumer_key, env.sandbox.consumer_secret, token, secret)
    http = requests.Session()
    http.trust_env = False
    url = f"{env.base_url}/2/users/me"
    signed = http.prepare_request(requests.Request("GET", url, auth=auth, headers={ORIGINAL_URL_HEADER: url}))
    assert http.send(signed).json()["data"]["username"] == "kiezer0"
    assert http.send(signed).status_code == 401  # same nonce + timestamp: replay
    unsigned_host = http.prepare_request(requests.Request("GET", url, auth=auth))
    assert http.send(unsigned_host).status_code == 401  # signed for 127.0.0.1, checked against api.twitter.com
    tampered = http.prepare_request(requests.Request("GET", url, auth=auth, headers={ORIGINAL_URL_HEADER: url}))
    tampered.url += "?user.fields=created_at"
    assert http.send(tampered).status_code == 401


def test_queued_429_fails_fast_with_reset(env: Env) -> None:
    env.sandbox.fail_next("/2/users/", 429)
    started = time.monotonic()
    with pytest.raises(tweepy.TooManyRequests) as raised:
        _mentions(env)
    assert time.monotonic() - started < 1
    assert env.sandbox.request_count("/2/users/") == 1
    headers = raised.value.response.headers
    assert int(headers["x-rate-limit-reset"]) > time.time() and headers["x-rate-limit-remaining"] == "0"
    assert raised.value.reset_time == int(headers["x-rate-limit-reset"])
    assert _mentions(env).status_code == 200  # the fault was used once


def test_exhausted_window_is_429(env: Env) -> None:
    env.sandbox.limits["users_me"] = 2
    assert [env.client.get_me().headers["x-rate-limit-remaining"] for _ in range(2)] == ["1", "0"]
    with pytest.raises(tweepy.TooManyRequests) as raised:
        env.client.get_me()
    assert raised.value.response.json()["title"] == "Too Many Requests"
    assert int(raised.value.response.headers["x-rate-limit-reset"]) > time.time()


def test_server_error_and_malformed_body(env: Env) -> None:
    env.sandbox.fail_next("/2/users/me", 503)
    with pytest.raises(tweepy.TwitterServerError) as raised:
        env.client.get_me()
    assert raised.value.response.json()["title"] == "Service Unavailable"
    env.sandbox.fail_next("/2/users/me", 200, body='{"data": {"id": ')
    response = env.client.get_me()
    with pytest.raises(requests.JSONDecodeError):
        response.json()


def test_rate_limit_headers_decrease(env: Env) -> None:
    first, second = _mentions(env).headers, _mentions(env).headers
    assert first["x-rate-limit-limit"] == second["x-rate-limit-limit"] == "50"
    assert int(first["x-rate-limit-remaining"]) - 1 == int(second["x-rate-limit-remaining"])
    assert first["x-rate-limit-reset"] == second["x-rate-limit-reset"]


def test_control_endpoints_over_http(env: Env) -> None:
    http = requests.Session()
    http.trust_env = False
    voter = http.post(f"{env.base_url}/_sandbox/users", json={"username": "remote", "name": "Remote"}).json()
    tweet = http.post(f"{env.base_url}/_sandbox/tweets", json={"author_id": voter["id"], "text": "@VoorzitterJan hoi"})
    assert tweet.status_code == 201
    http.post(f"{env.base_url}/_sandbox/faults", json={"path_prefix": "/2/tweets", "status": 503})
    with pytest.raises(tweepy.TwitterServerError):
        env.client.create_tweet(text="hallo", in_reply_to_tweet_id=tweet.json()["id"])
    env.client.create_tweet(text="hallo", in_reply_to_tweet_id=tweet.json()["id"])
    replies = http.get(f"{env.base_url}/_sandbox/tweets", params={"in_reply_to": tweet.json()["id"]}).json()
    assert [r["text"] for r in replies["data"]] == ["hallo"]


def test_voter_simulator(env: Env) -> None:
    sim = VoterSimulator(env.base_url, "@VoorzitterJan", env.politician["id"], seed=7)
    posts = [sim.post_one() for _ in range(20)]
    env.client.create_tweet(text="Dank u, we bekijken het.", in_reply_to_tweet_id=posts[0]["id"])
    posts += [sim.post_one() for _ in range(10)]
    assert len({p["lang"] for p in posts}) >= 3
    assert max(Counter(p["author_username"] for p in posts).values()) >= 2
    assert any(p["kind"] == "second" for p in posts)
    by_id = {p["id"]: p for p in posts}
    reactions = [p for p in posts if p["kind"] == "reaction"]
    assert reactions
    for reaction in reactions:
        parent = by_id[reaction["referenced_tweets"][0]["id"]]
        assert reaction["conversation_id"] == parent["conversation_id"]
        assert reaction["author_id"] != parent["author_id"]
    [thanks] = [p for p in posts if p["kind"] == "thanks"]
    assert thanks["conversation_id"] == posts[0]["id"] and thanks["in_reply_to_user_id"] == env.politician["id"]
    pages = tweepy.Paginator(env.client.get_users_mentions, env.politician["id"], max_results=100)
    mentioned = {t["id"] for page in pages for t in page.json()["data"]}
    assert mentioned == set(by_id)
    again = VoterSimulator(env.base_url, "VoorzitterJan", env.politician["id"], seed=7)
    assert [again.post_one()["text"] for _ in range(5)] == [p["text"] for p in posts[:5]]


def test_dm_events_shape_fields_and_pagination(env: Env) -> None:
    voter = env.voters[0]
    for i in range(7):
        env.sandbox.send_dm(voter["id"], env.politician["id"], f"DM {i}")
    env.sandbox.send_dm(env.voters[1]["id"], env.voters[2]["id"], "not for the politician")

    plain = env.client.get_direct_message_events(user_auth=True).json()
    assert set(plain["data"][0]) == {"id", "event_type", "text"}  # the default fields only
    first = env.client.get_direct_message_events(
        event_types="MessageCreate",
        dm_event_fields=["created_at", "sender_id", "dm_conversation_id"],
        expansions=["sender_id"],
        user_fields=["username"],
        max_results=5,
        user_auth=True,
    ).json()
    assert [e["text"] for e in first["data"]] == [f"DM {i}" for i in range(6, 1, -1)]  # newest first
    low, high = sorted((voter["id"], env.politician["id"]), key=int)
    assert first["data"][0]["dm_conversation_id"] == f"{low}-{high}"
    assert first["includes"]["users"] == [{"id": voter["id"], "name": voter["name"], "username": voter["username"]}]
    second = env.client.get_direct_message_events(
        max_results=5, pagination_token=first["meta"]["next_token"], user_auth=True
    ).json()
    assert [e["text"] for e in second["data"]] == ["DM 1", "DM 0"] and "next_token" not in second["meta"]
    with pytest.raises(tweepy.BadRequest):
        env.client.get_direct_message_events(dm_event_fields=["nonsense"], user_auth=True)


def test_send_dm_and_refusals(env: Env) -> None:
    voter = env.voters[0]
    answer = env.client.create_direct_message(participant_id=voter["id"], text="Dank voor uw bericht", user_auth=True)
    assert answer.status_code == 201
    data = answer.json()["data"]
    assert set(data) == {"dm_conversation_id", "dm_event_id"}
    assert [e["text"] for e in env.sandbox.dm_events_of(voter["id"])] == ["Dank voor uw bericht"]
    with pytest.raises(tweepy.Forbidden):
        env.client.create_direct_message(participant_id="123456", text="niemand", user_auth=True)
    with pytest.raises(tweepy.BadRequest):
        env.client.create_direct_message(participant_id=voter["id"], text="x" * 10_001, user_auth=True)


def test_quote_posts_and_own_posts(env: Env) -> None:
    own = env.sandbox.post_tweet(env.politician["id"], "Ons plan voor de binnenstad")
    env.sandbox.post_tweet(env.politician["id"], "Een antwoord", in_reply_to_tweet_id=own["id"])
    quote = env.sandbox.post_tweet(env.voters[0]["id"], "Slecht plan", quote_tweet_id=own["id"])

    timeline = env.client.get_users_tweets(
        env.politician["id"], exclude=["replies", "retweets"], tweet_fields=["public_metrics"], user_auth=True
    ).json()
    assert [t["id"] for t in timeline["data"]] == [own["id"]]
    assert timeline["data"][0]["public_metrics"]["quote_count"] == 1
    quotes = env.client.get_quote_tweets(
        own["id"], tweet_fields=["referenced_tweets", "conversation_id"], user_auth=True
    ).json()
    assert quotes["data"][0]["referenced_tweets"] == [{"type": "quoted", "id": own["id"]}]
    assert quotes["data"][0]["conversation_id"] == quote["id"]
    with pytest.raises(tweepy.BadRequest):
        env.client.get_quote_tweets(own["id"], max_results=5, user_auth=True)  # X's minimum here is 10


def test_429_without_reset_header_switch(env: Env) -> None:
    env.sandbox.omit_rate_limit_reset = True
    env.sandbox.fail_next("/2/users/", 429)
    with pytest.raises(tweepy.TooManyRequests) as refused:
        _mentions(env)
    assert "x-rate-limit-reset" not in refused.value.response.headers
    assert refused.value.response.headers["x-rate-limit-remaining"] == "0"


def test_webhook_registration_needs_a_correct_crc_answer(env: Env) -> None:
    from flask import Flask, jsonify, request

    from inbox.sandbox.x.oauth import crc_response_token, webhook_signature

    received: list[tuple[bytes, str]] = []
    receiver = Flask("receiver")

    @receiver.get("/good")
    def good():  # type: ignore[no-untyped-def]
        return jsonify({"response_token": crc_response_token(env.sandbox.consumer_secret, request.args["crc_token"])})

    @receiver.get("/bad")
    def bad():  # type: ignore[no-untyped-def]
        return jsonify({"response_token": "sha256=wrong"})

    @receiver.post("/good")
    def events():  # type: ignore[no-untyped-def]
        received.append((request.get_data(), request.headers["x-twitter-webhooks-signature"]))
        return "", 200

    with LoopbackServer(receiver) as server:
        assert env.sandbox.register_webhook(f"{server.base_url}/bad")["valid"] is False
        assert env.sandbox.register_webhook(f"{server.base_url}/good")["valid"] is True
        env.sandbox.subscribe(env.politician["id"])
        env.sandbox.post_tweet(env.voters[0]["id"], "@VoorzitterJan via webhook")
        env.sandbox.post_tweet(env.voters[1]["id"], "niet voor de politicus")
        assert env.sandbox.deliver_webhooks() == [200]
    ((body, signature),) = received
    assert signature == webhook_signature(env.sandbox.consumer_secret, body)
    event = json.loads(body)
    assert event["for_user_id"] == env.politician["id"]
    assert event["tweet_create_events"][0]["text"] == "@VoorzitterJan via webhook"
