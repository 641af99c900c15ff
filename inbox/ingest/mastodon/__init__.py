"""The Mastodon channel: mention notifications by polling, status HTML and media, replies."""
