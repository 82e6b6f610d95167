"""Views: the tables, charts and findings the notebooks show, and how charts are published."""
