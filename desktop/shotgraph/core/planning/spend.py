"""What generation has really cost, beside the budget estimate: per shot, episode and project.

A draw's cost is recorded on its take when it comes back from the generator
(docs/generation.md); only those takes count as spend. The estimate beside it is what the
budget expects generating the same shots to cost (``BudgetEstimator.generation_estimate``):
an AI shot's whole estimate, a hybrid shot's plate, without its live shoot and compositing.
"""

from __future__ import annotations

from dataclasses import dataclass

from shotgraph.core.model import Episode, Mode, Project, Shot

from .budget import BudgetEstimator


@dataclass(frozen=True)
class Spend:
    """Draws brought back, what they cost, and what the budget expected generating the same shots to cost."""

    draws: int = 0
    cost: float = 0.0
    estimate: float = 0.0

    def __add__(self, other: Spend) -> Spend:
        return Spend(self.draws + other.draws, self.cost + other.cost, self.estimate + other.estimate)

    @property
    def over_estimate(self) -> bool:
        return self.cost > self.estimate

    def over_margin(self, margin: float) -> bool:
        """The cost passes the estimate by more than ``margin`` (0.2: 20 %); any cost passes an estimate of 0."""
        return self.cost > self.estimate * (1 + margin)


def take_costs(shot: Shot) -> list[float]:
    """The recorded cost of each of the shot's generated takes (takes added by hand have none)."""
    return [take.provenance.cost for take in shot.ai.takes if take.provenance is not None]


def shot_spend(shot: Shot, estimator: BudgetEstimator) -> Spend:
    """The shot's generated takes and their recorded cost, beside its estimate."""
    costs = take_costs(shot)
    return Spend(len(costs), sum(costs), estimator.generation_estimate(shot))


def episode_spend(episode: Episode, estimator: BudgetEstimator) -> Spend:
    """The sum over the episode's AI and hybrid shots."""
    return sum((shot_spend(s, estimator) for s in episode.shots if s.mode is not Mode.LIVE), Spend())


def project_spend(project: Project) -> Spend:
    estimator = BudgetEstimator(project)
    return sum((episode_spend(e, estimator) for e in project.episodes), Spend())
