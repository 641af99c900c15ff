"""The audit trail: recording every change to voter data or delivery, naming and searching it."""
