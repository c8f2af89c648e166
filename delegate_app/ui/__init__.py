"""Everything Qt: the main window, its pages and dialogs, Qt models, undo and background tasks."""
