"""Values against service performance: importance-performance analysis (IPA).

The method: list the values customers care about (quality, price, staff attitude,
...), measure how much each matters and how well we perform on it, place each
value in one of four quadrants (Martilla & James 1977), compare with the
competition, probe the weak values, act, and re-survey a year later against the
benchmark.

- :func:`importance_performance`: importance (stated, ranked or derived from
  overall satisfaction) and performance per value, bootstrap intervals, quadrant
  and how stable that quadrant is under resampling.
- :func:`competitor_gaps`: our performance against each competitor's, paired.
- :func:`track_waves`: change per value between survey waves.
- :func:`action_plan`: ranked priorities with the complaints that explain them.

References
----------
Martilla, J. A. & James, J. C. (1977). Importance-performance analysis. Journal of
Marketing 41(1), 77-79. Oh, H. (2001). Revisiting importance-performance analysis.
Tourism Management 22, 617-627. Bacon, D. R. (2003). A comparison of approaches to
importance-performance analysis. International Journal of Market Research 45(1),
55-71. Lipovetsky, S. & Conklin, M. (2001). Analysis of regression in game theory
approach. Applied Stochastic Models in Business and Industry 17, 319-330. Azen, R. &
Budescu, D. V. (2003). The dominance analysis approach for comparing predictors in
multiple regression. Psychological Methods 8(2), 129-148. Grömping, U. (2007).
Estimators of relative importance in linear regression based on variance
decomposition. The American Statistician 61(2), 139-147. Thomas, D. R., Zumbo, B. D.,
Kwan, E., & Schweitzer, L. (2014). On Johnson's (2000) relative weights method for
assessing variable importance: a reanalysis. Multivariate Behavioral Research 49(4),
329-338.
"""

from ._lexicon import DEFAULT_LEXICON
from .action_plan import action_plan, value_keywords
from .importance import QUADRANTS, importance_performance, stated_top_box
from .waves import competitor_gaps, track_waves

__all__ = ["QUADRANTS", "DEFAULT_LEXICON", "importance_performance", "stated_top_box", "value_keywords",
           "competitor_gaps", "track_waves", "action_plan"]
