"""Training the triage heads: data loaders, hand-written sets, numpy fitting, the train command."""
