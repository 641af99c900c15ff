"""Loopback fakes of provider APIs and a voter simulator, for the demo and tests."""
