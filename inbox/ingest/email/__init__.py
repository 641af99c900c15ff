"""The e-mail channel: fetching by IMAP and answering by SMTP (plumbing in :mod:`inbox.mail`)."""
