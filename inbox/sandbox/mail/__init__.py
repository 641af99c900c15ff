"""A loopback SMTP + IMAP mail server for the demo and its voters' mails."""
