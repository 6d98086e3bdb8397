"""The public names of this package, for type checkers, and the list lazy_loader reads to import
each on first use (see ``__init__.py``)."""
# ruff: noqa: F401 (a stub re-exports what it imports)

from .config import CONFIG_FILE, DatasetOptions, read_config
from .load import Dataset, dataset_file, inspect_dataset, read_dataset, read_if_present
from .samples import load_sample, sample_dir
from .schemas import SCHEMAS, Schema
from .synthetic import (SURVEY_VALUES, Synthetic, make_customers, make_reviews, make_survey, simulate_customers,
                        simulate_reviews, simulate_survey)
from .team_synthetic import (make_interactions, make_staff_survey, simulate_interactions, simulate_staff_survey,
                             write_team_samples)
from .validate import validate_dataset
