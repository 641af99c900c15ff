"""Live events: what reaches the open inboxes (Socket.IO), and how it crosses processes.

``events`` is the one way a service tells open pages about a change; it sends after the
change is committed. ``redis_manager`` carries events between processes through Redis and
asks pages to catch up after an outage; ``origin`` says which pages may connect.
"""
