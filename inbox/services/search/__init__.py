"""Full-text search over messages and voters: the index, its words per language, and rebuilding it."""
