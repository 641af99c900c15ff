"""Web adapters: pages, JSON API, Socket.IO events and login. Thin: services do the work.

:func:`register_web` imports the blueprints inside the function, so that importing one web
module (a test, a tool) does not import them all.
"""

from __future__ import annotations

from flask import Flask


def register_web(app: Flask) -> None:
    """Register blueprints, translations, security headers and Socket.IO handlers on ``app``."""
    from inbox.extensions import socketio
    from inbox.web.account import account
    from inbox.web.admin_api import admin_api
    from inbox.web.answers_api import answers_api
    from inbox.web.api import api
    from inbox.web.approvals_api import approvals_api
    from inbox.web.attachments import attachments
    from inbox.web.audit_api import audit_api
    from inbox.web.auth import auth
    from inbox.web.campaigns_api import campaigns_api
    from inbox.web.channels_api import channels_api
    from inbox.web.contact_form import contact_form
    from inbox.web.contact_form_admin import contact_form_admin
    from inbox.web.contacts_api import contacts_api
    from inbox.web.digest_pages import digest_pages
    from inbox.web.error_pages import register_error_pages
    from inbox.web.events import register_events
    from inbox.web.health import health
    from inbox.web.i18n import register_i18n
    from inbox.web.moderation_api import moderation_api
    from inbox.web.notifications_api import notifications_api
    from inbox.web.privacy_api import privacy_api
    from inbox.web.queue_api import queue_api
    from inbox.web.routes import pages
    from inbox.web.safety_api import safety_api
    from inbox.web.security import register_security
    from inbox.web.webhooks_meta import webhooks_meta
    from inbox.web.webhooks_x import webhooks_x

    blueprints = (
        # the inbox, for logged-in members of an office
        auth,
        account,
        pages,
        api,
        queue_api,
        approvals_api,
        notifications_api,
        campaigns_api,
        contacts_api,
        moderation_api,
        safety_api,
        answers_api,
        attachments,
        digest_pages,
        admin_api,
        channels_api,
        contact_form_admin,
        privacy_api,
        audit_api,
        # public: the website form and the providers' webhooks (each checks its own token or signature)
        contact_form,
        webhooks_meta,
        webhooks_x,
        # health and readiness for the proxy and the supervisor (no login, no voter data)
        health,
    )
    from inbox.web.untrusted_input import protect_inputs

    protect_inputs(app)  # before the rules bind their converters: see inbox/web/untrusted_input.py
    for blueprint in blueprints:
        app.register_blueprint(blueprint)
    register_i18n(app)
    register_security(app)
    register_error_pages(app)
    register_events(socketio)
