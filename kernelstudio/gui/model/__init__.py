"""The window's model: the document (photo, stack, selection, undo), its Qt models, user presets."""
