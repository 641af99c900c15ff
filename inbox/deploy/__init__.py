"""Production deployment: the whole topology on one host, started by ``python -m inbox production``.

nginx (sticky sessions, WebSockets) in front of several single-worker gunicorn processes,
separate Huey worker processes for the ingest, triage and send queues, and the scheduler,
all supervised (a crashed process is restarted with backoff) and logging JSON lines.
"""
