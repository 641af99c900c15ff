"""Mastodon and Bluesky channels with the real clients against the loopback fakes."""
