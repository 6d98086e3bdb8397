"""Data in: the data formats (schemas), the ``sentiment_kit.toml`` of a data folder, reading files
exactly, checking them, the bundled sample and synthetic data with known ground truth (reviews,
customers, a values survey; for the team analysis, customer contacts and a staff survey)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._core.exports import lazy_exports as _lazy_exports

if TYPE_CHECKING:  # the names as imports, for type checkers and IDEs
    from .config import CONFIG_FILE, DatasetOptions, read_config
    from .load import Dataset, dataset_file, inspect_dataset, read_dataset, read_if_present
    from .samples import load_sample, sample_dir
    from .schemas import SCHEMAS, Schema
    from .synthetic import (SURVEY_VALUES, Synthetic, make_customers, make_reviews, make_survey, simulate_customers,
                            simulate_reviews, simulate_survey)
    from .team_synthetic import (make_interactions, make_staff_survey, simulate_interactions, simulate_staff_survey,
                                 write_team_samples)
    from .validate import validate_dataset

# Imported on first use (sentiment_kit._core.exports): where each public name lives.
_LAZY = {
    "CONFIG_FILE": ".config",
    "DatasetOptions": ".config",
    "read_config": ".config",
    "Dataset": ".load",
    "dataset_file": ".load",
    "inspect_dataset": ".load",
    "read_dataset": ".load",
    "read_if_present": ".load",
    "load_sample": ".samples",
    "sample_dir": ".samples",
    "SCHEMAS": ".schemas",
    "Schema": ".schemas",
    "SURVEY_VALUES": ".synthetic",
    "Synthetic": ".synthetic",
    "make_customers": ".synthetic",
    "make_reviews": ".synthetic",
    "make_survey": ".synthetic",
    "simulate_customers": ".synthetic",
    "simulate_reviews": ".synthetic",
    "simulate_survey": ".synthetic",
    "make_interactions": ".team_synthetic",
    "make_staff_survey": ".team_synthetic",
    "simulate_interactions": ".team_synthetic",
    "simulate_staff_survey": ".team_synthetic",
    "write_team_samples": ".team_synthetic",
    "validate_dataset": ".validate",
}

__all__ = ["SCHEMAS", "Schema", "CONFIG_FILE", "DatasetOptions", "read_config", "Dataset", "dataset_file",
           "inspect_dataset", "read_dataset", "read_if_present", "validate_dataset", "load_sample", "sample_dir",
           "make_reviews", "make_customers", "make_survey", "simulate_reviews", "simulate_customers",
           "simulate_survey", "Synthetic", "SURVEY_VALUES", "make_interactions", "simulate_interactions",
           "make_staff_survey", "simulate_staff_survey", "write_team_samples"]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY)
