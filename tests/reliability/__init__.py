"""Reliability: hostile files, time and memory bounds, busy offices (issue 13)."""
