"""The public website contact form: the page an office embeds in an ``<iframe>``, and its post.

No login and no session: the app's CSRF protection is off for this blueprint, replaced by
a signed, time-limited form token, a honeypot field and throttling (see
:mod:`inbox.services.webform.guard`). Pages have no inline scripts and may be framed by any site.
"""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from werkzeug.wrappers import Response

from inbox.extensions import csrf
from inbox.models import ContactFormSettings, Office, db
from inbox.services.webform.guard import current_limits, issue_form_token
from inbox.services.webform.submissions import (
    MAX_MESSAGE_CHARS,
    FormPostInput,
    consent_text,
    find_form,
    submit_post,
)
from inbox.services.webform.texts import LANGUAGES, text, texts_for

contact_form = Blueprint("contact_form", __name__, url_prefix="/form")
csrf.exempt(contact_form)

FORM_CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors *"
)


def _language(form: ContactFormSettings, requested: str | None) -> str:
    """The voter's language: asked for explicitly, else from the browser, else the office's."""
    if requested in LANGUAGES:
        return requested  # type: ignore[return-value]
    best = request.accept_languages.best_match(LANGUAGES)
    if best:
        return best
    office = db.session.get(Office, form.office_id)
    return office.language if office and office.language in LANGUAGES else "nl"


def _page(template: str, form: ContactFormSettings, language: str, status: int = 200, **context: object) -> Response:
    office = db.session.get(Office, form.office_id)
    html = render_template(
        template,
        form=form,
        lang=language,
        t=texts_for(language),
        office_name=office.name if office else "",
        consent=consent_text(form, language),
        max_message=MAX_MESSAGE_CHARS,
        **context,
    )
    response = Response(html, status=status, mimetype="text/html")
    response.headers["Content-Security-Policy"] = FORM_CSP
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Content-Language"] = language
    return response


def _form_or_404(form_key: str) -> ContactFormSettings:
    form = find_form(form_key)
    if form is None:
        abort(404)
    return form


@contact_form.get("/<form_key>")
def show(form_key: str) -> Response:
    """The empty form in the voter's language."""
    form = _form_or_404(form_key)
    language = _language(form, request.args.get("lang"))
    return _page("form/form.html", form, language, token=issue_form_token(form.form_key), values={}, errors={})


@contact_form.post("/<form_key>")
def submit(form_key: str) -> Response:
    """Check and store a post; errors come back on the form, in the voter's language."""
    form = _form_or_404(form_key)
    language = _language(form, request.form.get("lang") or request.args.get("lang"))
    fields = request.form
    post = FormPostInput(
        name=fields.get("name", ""),
        email=fields.get("email", ""),
        postcode=fields.get("postcode", ""),
        message=fields.get("message", ""),
        consent=fields.get("consent") == "yes",
        honeypot=fields.get("website", ""),
        token=fields.get("token", ""),
    )
    outcome = submit_post(form, post, request.remote_addr or "unknown", language)
    if outcome.status == "throttled":
        response = _page("form/throttled.html", form, language, status=429)
        response.headers["Retry-After"] = str(int(current_limits().ip_window.total_seconds()))
        return response
    if outcome.status == "invalid":
        token = issue_form_token(form.form_key)
        values = {"name": post.name, "email": post.email, "postcode": post.postcode, "message": post.message}
        values["consent"] = "yes" if post.consent else ""
        intro = text("errors_intro", language)
        return _page(
            "form/form.html", form, language, 422, token=token, values=values, errors=outcome.errors, intro=intro
        )
    return _page("form/thanks.html", form, language)
