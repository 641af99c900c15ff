"""Conversations in the inbox: the queue and its filters, status, assignment, read state, notes, flags."""
