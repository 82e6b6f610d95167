"""The analyses: each one a registered step (`registry`) run per article by the pipeline."""
