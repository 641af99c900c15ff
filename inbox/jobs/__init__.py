"""Background jobs (Huey) and the schedule that feeds them.

Three queues, so each kind of work gets its own worker processes and one slow kind never
holds up another: ``ingest`` (channel polls), ``triage`` (tagging new messages; the worker
holds the models) and ``send`` (replies, weekly digests, account mails).

- ``queues``: the queues, the app a job runs in, and :func:`~inbox.jobs.queues.enqueue`
  (a job by name, after commit). It is the only part a service may import.
- ``tasks``: the jobs themselves; each takes ids, opens its own app context, is idempotent.
- ``schedule``: the tick that enqueues due polls, sweeps, digests and nightly learning.
- ``consumers``: the consumer threads of the embedded mode.
- ``locks``: job locks that expire, so a killed worker cannot leave one behind.

Embedded default: Huey keeps the queues in a SQLite file in the instance folder and
consumer threads for all three run inside the server process. With REDIS_URL set the
queues live in Redis and ``python -m inbox worker --queue ingest|triage|send|all``
processes consume them, while ``python -m inbox scheduler`` (or the embedded ticker)
enqueues due polls and sweeps.
"""
