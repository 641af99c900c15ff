"""Tags a person can fix: corrections, the office's topics, and heads retrained on what staff corrected."""
