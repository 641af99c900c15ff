"""Names vulture reports as unused that are used, by a framework, a protocol or a string.

`make lint` runs ``vulture inbox bench tests wsgi.py .vulture_whitelist.py --min-confidence 60``
with ``--ignore-decorators`` for what is registered by a decorator (Flask routes and
request hooks, Click commands, Huey tasks by ``@job``, SQLAlchemy ``@event.listens_for``,
Flask-Login's ``user_loader``): the Makefile lists them. Everything else vulture cannot
see is named here, one group per reason. This file is never imported.

Before adding a name, make sure it is used: a name only its own test reads is dead code,
and goes with its test. Names here silence every attribute or function of that name.
"""

# ruff: noqa: B018, F821

# Channel ingestors and reply senders: loaded by "module:Class" strings in inbox/ingest/registry.py.
XIngestor
XReplySender
BlueskyIngestor
BlueskyReplySender
EmailIngestor
EmailReplySender
MastodonIngestor
MastodonReplySender
FacebookIngestor
FacebookReplySender
InstagramIngestor
InstagramReplySender

# Callbacks a library calls by name: html.parser.HTMLParser, aiosmtpd handlers and
# authenticators, http.server's log_request, torch.nn.Module.forward, atproto's request
# cloning, Huey's consumer signal set-up, SQLAlchemy TypeDecorator, Flask-Login's user
# protocol, Flask-Babel's Domain, Werkzeug's request class settings, socketserver's daemon_threads.
_.handle_starttag
_.handle_startendtag
_.handle_endtag
_.handle_data
_.handle_RCPT
_.handle_DATA
mechanism
_.log_request
_.forward
_._new_instance
_._set_signal_handlers
impl
cache_ok
_.process_bind_param
_.process_result_value
_.get_id
_.is_anonymous
_.get_translations
_.login_view
parameter_storage_class
_.request_class
daemon_threads

# Parameters a protocol's signature fixes (context managers' __exit__, gunicorn's access logger).
exc_type
tb
req

# The Bluesky sandbox's XRPC handlers: looked up with getattr(self, name) from the method name.
_._create_session
_._refresh_session
_._get_profile
_._list_notifications
_._update_seen
_._create_record

# gunicorn reads its settings and server hooks from inbox/deploy/gunicorn_conf.py by name.
worker_class
graceful_timeout
keepalive
accesslog
errorlog
control_socket_disable
worker_tmp_dir
logger_class
post_fork

# Settings written onto third-party objects: requests sessions, python-socketio clients,
# Huey queues, tokenizers, ONNX Runtime session options, Babel catalogues, psycopg connections.
_.trust_env
_.max_redirects
_.ping_timeout
_.immediate
_.normalizer
_.pre_tokenizer
_.decoder
_.post_processor
_.intra_op_num_threads
_.inter_op_num_threads
_.graph_optimization_level
_._num_plurals
_._plural_expr
_.autocommit

# Database columns and indexes: part of the schema (migrations create them), written by
# the services, read by the handover and voter exports that walk every column.
invited_by_id
priority
reapplied_at
first_seen_at
outdated_by_id
MESSAGE_WEEK_INDEX
dismissed_by_id
dismissed_at

# Dataclass fields read by the digest's Jinja templates (inbox/web/templates/digest/).
week_end
complete
other_link
backlog_link

# Fields that keep a record whole: Meta's delivery outcome counts withdrawn messages beside
# the others; a Chamber question keeps its document id (the data's own key).
withdrawn
doc_id

# Hand-written data sets: read with getattr(module, f"{LANGUAGE}_{KIND}") by the training
# and check code (inbox/triage/training/, inbox/triage/evaluation/).
NL_ABUSE
FR_ABUSE
DE_ABUSE
EN_ABUSE
NL_OK
FR_OK
DE_OK
EN_OK
NL_HARSH_OK
FR_HARSH_OK
DE_HARSH_OK
EN_HARSH_OK
NL_REPLY
FR_REPLY
DE_REPLY
EN_REPLY
NL_NO_REPLY
FR_NO_REPLY
DE_NO_REPLY
EN_NO_REPLY
NL_THREAT
FR_THREAT
DE_THREAT
EN_THREAT
NL_HARD
FR_HARD
DE_HARD
EN_HARD
NL_SUBJECT_ORDINARY
FR_SUBJECT_ORDINARY
DE_SUBJECT_ORDINARY
EN_SUBJECT_ORDINARY

# pytest reads these by name.
pytestmark
pytest_generate_tests
