"""Threats against the politician or staff (escalation, clearing by an admin, the evidence bundle) and the
"hide comment" suggestion for abusive Facebook/Instagram comments."""
