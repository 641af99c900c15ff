"""Threats against the politician or staff: escalation, clearing by an admin, and the evidence bundle."""
