"""A voter simulator that posts mentions of a politician to the X sandbox over its ``/_sandbox/`` HTTP API."""

from __future__ import annotations

import logging
import random
import threading
from typing import Any

import requests

from inbox.sandbox.voter_texts import (
    ABUSE,
    ABUSE_LANGUAGES,
    ABUSIVE_VOTERS,
    MESSAGES,
    REACTIONS,
    THANKS,
    THREAT_VOTER,
    THREATS,
    VOTERS,
)

log = logging.getLogger(__name__)

# How likely each kind of post is, once it is possible (see VoterSimulator.post_one).
P_THANKS = 0.5  # a voter whose message got an answer from the politician reacts in that thread
P_REACTION = 0.25  # a voter replies to another voter's mention (same conversation)
P_SECOND = 0.2  # a voter who already wrote sends another message
P_DM = 0.1  # in the running simulator: a voter writes a direct message instead of a public post
THREAT_FIRST, THREAT_EVERY = 1, 40  # the 2nd post is a threat, then every 40th: the demo shows the banner early
ABUSE_FIRST, ABUSE_EVERY = 4, 25  # the 5th post is abusive, then every 25th (each time another language)
RECENT_THREADS = 30  # how many of our latest messages to check for answers from the politician


class VoterSimulator:
    """Invented Belgian voters writing to ``@politician_handle`` in Dutch, French, English and German.

    Posts go through the sandbox's control endpoints, so the simulator can run in another
    process than the fake X. With ``seed`` the sequence of voters, texts and actions is
    deterministic (given the same answers from the politician).
    """

    def __init__(
        self,
        sandbox_base_url: str,
        politician_handle: str,
        politician_user_id: str,
        *,
        interval_seconds: float = 3.0,
        seed: int | None = None,
    ) -> None:
        self.base_url = sandbox_base_url.rstrip("/")
        self.handle = politician_handle.lstrip("@")
        self.politician_user_id = str(politician_user_id)
        self.interval_seconds = interval_seconds
        self.rng = random.Random(seed)
        self.http = requests.Session()
        self.http.trust_env = False
        self.user_ids: dict[str, str] = {}  # username -> sandbox user id
        self.posts: list[dict[str, Any]] = []  # everything this simulator posted, oldest first
        self._unused = {lang: list(texts) for lang, texts in MESSAGES.items()}
        self._thanked: set[str] = set()  # ids of politician replies already answered
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # HTTP ------------------------------------------------------------------
    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.http.request(method, self.base_url + path, timeout=5, **kwargs)
        response.raise_for_status()
        return response.json()

    def _user_id(self, username: str, name: str) -> str:
        if username not in self.user_ids:
            user = self._call("POST", "/_sandbox/users", json={"username": username, "name": name})
            self.user_ids[username] = user["id"]
        return self.user_ids[username]

    def _post(self, voter: tuple[str, str, str], text: str, kind: str, reply_to: str | None = None) -> dict[str, Any]:
        username, name, lang = voter
        body = {
            "author_id": self._user_id(username, name),
            "text": text,
            "lang": lang,
            "in_reply_to_tweet_id": reply_to,
        }
        tweet = self._call("POST", "/_sandbox/tweets", json=body)
        tweet["kind"] = kind
        tweet["author_username"] = username
        self.posts.append(tweet)
        log.info("voter @%s posted %s %s", username, kind, tweet["id"])
        return tweet

    # choices ---------------------------------------------------------------
    def _fresh_text(self, lang: str) -> str:
        if not self._unused[lang]:
            self._unused[lang] = list(MESSAGES[lang])
        text = self._unused[lang].pop(self.rng.randrange(len(self._unused[lang])))
        return text.format(h=self.handle)

    def _voter(self, username: str) -> tuple[str, str, str]:
        return next(v for v in VOTERS if v[0] == username)

    def _try_thanks(self) -> dict[str, Any] | None:
        """Answer the politician's first unanswered reply to one of our recent top-level messages."""
        ours = {p["id"]: p for p in self.posts if p["kind"] in {"mention", "second"}}
        recent = list(ours)[-RECENT_THREADS:]
        if not recent:
            return None
        replies = self._call("GET", "/_sandbox/tweets", params={"in_reply_to": ",".join(recent)})["data"]
        for reply in replies:
            if reply["author_id"] == self.politician_user_id and reply["id"] not in self._thanked:
                self._thanked.add(reply["id"])
                parent_id = reply["referenced_tweets"][0]["id"]
                voter = self._voter(ours[parent_id]["author_username"])
                text = self.rng.choice(THANKS[voter[2]]).format(h=self.handle)
                return self._post(voter, text, "thanks", reply_to=reply["id"])
        return None

    def post_one(self) -> dict[str, Any]:
        """Post one message and return the sandbox's tweet record plus ``kind`` and ``author_username``.

        ``kind`` is ``"mention"`` (a new voter writes), ``"second"`` (a voter writes again),
        ``"reaction"`` (a voter replies to another voter's mention, in that conversation) or
        ``"thanks"`` (a voter answers the politician's reply in their thread) or ``"threat"``
        (an anonymous account threatens the politician: the 2nd post, then every 40th) or
        ``"abuse"`` (a voter insults the politician: the 5th post, then every 25th, rotating languages).
        """
        if len(self.posts) % THREAT_EVERY == THREAT_FIRST:
            text = THREATS[len(self.posts) // THREAT_EVERY % len(THREATS)].format(h=self.handle)
            return self._post(THREAT_VOTER, text, "threat")
        if len(self.posts) % ABUSE_EVERY == ABUSE_FIRST:
            turn = len(self.posts) // ABUSE_EVERY
            language = ABUSE_LANGUAGES[turn % len(ABUSE_LANGUAGES)]
            text = ABUSE[language][turn // len(ABUSE_LANGUAGES) % len(ABUSE[language])].format(h=self.handle)
            return self._post(ABUSIVE_VOTERS[language], text, "abuse")
        roll = self.rng.random()
        if roll < P_THANKS and self.posts:
            thanks = self._try_thanks()
            if thanks is not None:
                return thanks
        roll = self.rng.random()
        written = list(dict.fromkeys(p["author_username"] for p in self.posts if p["kind"] not in {"threat", "abuse"}))
        others = [p for p in self.posts if p["kind"] in {"mention", "second"}]
        if roll < P_REACTION and others:
            target = self.rng.choice(others)
            candidates = [v for v in VOTERS if v[0] != target["author_username"]]
            voter = self.rng.choice(candidates)
            text = self.rng.choice(REACTIONS[voter[2]]).format(o=target["author_username"], h=self.handle)
            return self._post(voter, text, "reaction", reply_to=target["id"])
        fresh = [v for v in VOTERS if v[0] not in written]
        if (roll < P_REACTION + P_SECOND and written) or not fresh:
            voter = self._voter(self.rng.choice(written))
            return self._post(voter, self._fresh_text(voter[2]), "second")
        voter = self.rng.choice(fresh)
        return self._post(voter, self._fresh_text(voter[2]), "mention")

    def send_dm(self) -> dict[str, Any]:
        """A voter writes the politician a direct message; returns the sandbox's DM event."""
        voter = self.rng.choice(VOTERS)
        username, name, lang = voter
        body = {"sender_id": self._user_id(username, name), "recipient_id": self.politician_user_id}
        body["text"] = self._fresh_text(lang).replace(f"@{self.handle}", "").strip()
        event = self._call("POST", "/_sandbox/dms", json=body)
        log.info("voter @%s sent a direct message %s", username, event.get("id"))
        return event

    # running ---------------------------------------------------------------
    def run(self, stop_event: threading.Event) -> None:
        """Post every ``interval_seconds`` until ``stop_event`` is set; errors are logged, not raised."""
        while not stop_event.is_set():
            try:
                if self.rng.random() < P_DM:
                    self.send_dm()
                else:
                    self.post_one()
            except requests.RequestException as exc:
                log.warning("voter simulator could not post: %s", exc)
            stop_event.wait(self.interval_seconds)

    def start(self) -> None:
        """Run the simulator in a daemon thread."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, args=(self._stop,), name="voter-simulator", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the background thread (waits for the current post to finish)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
