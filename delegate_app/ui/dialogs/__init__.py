"""Dialogs for creating and editing records."""
