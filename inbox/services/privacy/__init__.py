"""Voter data as GDPR special-category data: export, erasure and its ledger, retention, end of mandate."""
