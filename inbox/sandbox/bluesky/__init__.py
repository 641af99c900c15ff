"""Loopback fake of a Bluesky PDS/AppView (XRPC) and its demo voters."""
