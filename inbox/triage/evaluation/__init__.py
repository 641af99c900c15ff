"""Frozen check sets: written apart from the training data, never used to train or to choose a setting."""
