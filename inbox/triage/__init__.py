"""Triage: language, topics, sentiment, toxicity, needs-reply, campaigns."""
