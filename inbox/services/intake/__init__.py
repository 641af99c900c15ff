"""A message's way in: polling and webhooks, storing exactly once, triage, campaigns, edits and withdrawals."""
