"""Ingestion: corpus files in, clean `Article` stories with outlet, date, byline and relevance out."""
