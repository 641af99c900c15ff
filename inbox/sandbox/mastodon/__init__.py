"""Loopback fake of a Mastodon server's API and its demo voters."""
