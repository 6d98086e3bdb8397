"""Data in: the ``sentiment_kit.toml`` of a data folder and reading its files exactly."""
