"""The Bluesky channel: notifications by polling, replies in the voter's thread, sessions."""
