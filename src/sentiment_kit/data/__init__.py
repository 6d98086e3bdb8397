"""Data in: the data formats (schemas), the ``sentiment_kit.toml`` of a data folder, reading files
exactly, checking them, the bundled sample and synthetic data with known ground truth (reviews,
customers, a values survey; for the team analysis, customer contacts and a staff survey)."""

from .config import CONFIG_FILE, DatasetOptions, read_config
from .load import Dataset, dataset_file, inspect_dataset, read_dataset, read_if_present
from .samples import load_sample, sample_dir
from .schemas import SCHEMAS, Schema
from .synthetic import (SURVEY_VALUES, Synthetic, make_customers, make_reviews, make_survey, simulate_customers,
                        simulate_reviews, simulate_survey)
from .team_synthetic import (make_interactions, make_staff_survey, simulate_interactions, simulate_staff_survey,
                             write_team_samples)
from .validate import validate_dataset

__all__ = ["SCHEMAS", "Schema", "CONFIG_FILE", "DatasetOptions", "read_config", "Dataset", "dataset_file",
           "inspect_dataset", "read_dataset", "read_if_present", "validate_dataset", "load_sample", "sample_dir",
           "make_reviews", "make_customers", "make_survey", "simulate_reviews", "simulate_customers",
           "simulate_survey", "Synthetic", "SURVEY_VALUES", "make_interactions", "simulate_interactions",
           "make_staff_survey", "simulate_staff_survey", "write_team_samples"]
