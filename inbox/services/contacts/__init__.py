"""Voters across channels: identities, linking and merging, handles in signatures, what to call them."""
