"""The X channel: polling with tweepy, Account Activity webhook payloads, replies and DMs."""
