"""Answers to voters: writing, approving and delivering replies, canned and campaign answers, moderation."""
