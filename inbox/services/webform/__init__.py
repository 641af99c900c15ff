"""The website contact form as a channel: forms, submissions, spam guards, confirmation mails, texts."""
