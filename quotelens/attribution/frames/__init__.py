"""The frames: one module per family of patterns that find a cue's source and content."""
