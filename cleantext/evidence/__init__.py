"""Block evidence: cues, shape, prose, position and neighbours, weighed per block.

``analyse(blocks, language, source)`` gives, for every block, its features and
its boilerplate score; the ``block_evidence`` filter drops the blocks that
score above the model's threshold and explains each removal by its evidence.
"""

from __future__ import annotations

from .analysis import BlockEvidence, analyse, label_for
from .cues import CueFileError, add_cue_file
from .model import Model, model_for, using_models

__all__ = ["BlockEvidence", "CueFileError", "Model", "add_cue_file", "analyse", "label_for", "model_for", "using_models"]
