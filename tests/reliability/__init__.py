"""The promises kept under attack and under load: kills, upgrades, fuzzing, concurrent officers."""
