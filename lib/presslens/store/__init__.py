"""Tables and cache: the output tables and their contracts, the atomic output folder, the per-article cache."""
