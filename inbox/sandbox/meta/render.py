"""Render Meta sandbox objects the way the Graph API returns them, honouring ``fields``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from inbox.sandbox.meta.fields import FieldSpec, connection, parse_limit
from inbox.sandbox.meta.state import FACEBOOK, FakeAccount, FakeComment, FakeObject

if TYPE_CHECKING:
    from inbox.sandbox.meta.state import MetaState

COMMENT_DEFAULT = {FACEBOOK: "id,message,created_time", "instagram": "id,text,timestamp"}
BaseUrl = Callable[[str, str], str]


def graph_time(moment: datetime) -> str:
    """``2026-11-26T14:00:00+0000``, the Graph API's time format."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")


def _pick(values: dict[str, Any], specs: dict[str, FieldSpec]) -> dict[str, Any]:
    picked: dict[str, Any] = {}
    for name, spec in specs.items():
        if name not in values or values[name] is None:
            continue
        value = values[name]
        if spec.sub is not None and isinstance(value, dict):
            value = _pick(value, spec.sub)
        picked[name] = value
    return picked


def _edge(items: list[Any], spec: FieldSpec, render: Callable[[Any], dict[str, Any]], next_base: str) -> dict[str, Any]:
    """An edge embedded by field expansion: a connection page with its own ``next`` URL."""
    params = {"fields": spec.sub_text} if spec.sub_text else {}
    if "filter" in spec.modifiers:
        params["filter"] = spec.modifiers["filter"]
    return connection(
        items, render, limit=parse_limit(spec.modifiers.get("limit")), after=None, next_base=next_base,
        next_params=params,
    )  # fmt: skip


def render_comment(state: MetaState, comment: FakeComment, specs: dict[str, FieldSpec], base: BaseUrl) -> dict:
    """A comment with the requested fields (and ``replies`` expansion on Instagram)."""
    if comment.platform == FACEBOOK:
        values: dict[str, Any] = {
            "id": comment.id,
            "message": comment.text,
            "created_time": graph_time(comment.created),
            "from": {"id": comment.from_id, "name": comment.from_name},
            "parent": {"id": comment.parent_id} if comment.parent_id else None,
            "is_hidden": comment.hidden,
        }
    else:
        values = {
            "id": comment.id,
            "text": comment.text,
            "timestamp": graph_time(comment.created),
            "username": comment.from_name,
            "from": {"id": comment.from_id, "username": comment.from_name},
            "parent_id": comment.parent_id,
            "hidden": comment.hidden,
            "media": {"id": comment.object_id},
        }
    rendered = _pick(values, specs)
    for edge in ("replies", "comments"):
        if edge in specs:
            spec = specs[edge]
            children = [c for c in state.comments if c.parent_id == comment.id and not c.removed]
            sub = spec.sub or {"id": FieldSpec()}
            rendered[edge] = _edge(
                children, spec, lambda c, sub=sub: render_comment(state, c, sub, base), base(comment.id, edge)
            )
    return rendered


def render_object(state: MetaState, post: FakeObject, specs: dict[str, FieldSpec], base: BaseUrl) -> dict:
    """A page post or Instagram media with the requested fields and ``comments`` expansion."""
    alive = [c for c in state.comments if c.object_id == post.id and not c.removed]
    if post.platform == FACEBOOK:
        values: dict[str, Any] = {
            "id": post.id,
            "message": post.text,
            "created_time": graph_time(post.created),
            "updated_time": graph_time(post.updated),
        }
    else:
        values = {
            "id": post.id,
            "caption": post.text,
            "timestamp": graph_time(post.created),
            "media_type": "IMAGE",
            "comments_count": len(alive),
        }
    rendered = _pick(values, specs)
    if "comments" in specs:
        spec = specs["comments"]
        stream = spec.modifiers.get("filter") == "stream"
        items = [c for c in alive if stream or not c.parent_id]
        sub = spec.sub or {"id": FieldSpec()}
        rendered["comments"] = _edge(
            items, spec, lambda c: render_comment(state, c, sub, base), base(post.id, "comments")
        )
    return rendered


def render_conversation(state: MetaState, account: FakeAccount, voter_id: str, specs: dict[str, FieldSpec]) -> dict:
    """A Messenger/Instagram conversation with one voter (``messages`` expansion, newest first)."""
    messages = sorted(
        (m for m in state.messages if m.owner_id == account.id and m.voter_id == voter_id),
        key=lambda m: m.created,
        reverse=True,
    )
    values = {
        "id": f"t_{voter_id}",
        "updated_time": graph_time(messages[0].created) if messages else None,
    }
    rendered = _pick(values, specs)
    if "messages" in specs:
        spec = specs["messages"]
        sub = spec.sub or {"id": FieldSpec()}

        def render(message: Any) -> dict[str, Any]:
            author = {"id": message.voter_id, "name": message.voter_name} if message.from_voter else {
                "id": account.id, "name": account.name}  # fmt: skip
            created = graph_time(message.created)
            values = {"id": message.mid, "message": message.text, "from": author, "created_time": created}
            rendered = _pick(values, sub)
            if "attachments" in sub and message.attachments:
                wanted = sub["attachments"].sub or {"id": FieldSpec()}
                rendered["attachments"] = {"data": [_pick(item, wanted) for item in message.attachments]}
            return rendered

        rendered["messages"] = connection(
            messages, render, limit=parse_limit(spec.modifiers.get("limit")), after=None,
            next_base="", next_params={},
        )  # fmt: skip
        rendered["messages"].get("paging", {}).pop("next", None)
    return rendered
