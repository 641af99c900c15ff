"""Loopback fake of the X API v2, its OAuth and Account Activity webhooks."""
