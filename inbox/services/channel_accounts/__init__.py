"""An office's channel accounts: connecting and checking them, their secrets and their paid API usage."""
