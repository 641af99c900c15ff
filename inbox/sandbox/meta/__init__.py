"""Loopback fake of Meta's Graph API (Pages, Instagram, Send API) and its webhooks."""
