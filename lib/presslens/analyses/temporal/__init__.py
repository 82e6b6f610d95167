"""Temporal expressions, the TimeML way: the rules, the values and the expressions of an article."""
