"""Scoring of the analyses against the hand-checked gold sets in tests/gold/."""
