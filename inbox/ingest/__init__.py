"""Ingest: one Ingestor per channel, each returning normalised IncomingMessage records."""
