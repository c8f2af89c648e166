"""Reliability: hostile files, time and memory bounds, kills, upgrades, busy offices."""
