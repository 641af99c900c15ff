"""Use cases, one function each; routes, Socket.IO handlers, CLI and jobs call these."""
