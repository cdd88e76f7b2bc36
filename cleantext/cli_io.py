"""Old path of `cleantext.cli.io`, kept so existing imports keep working."""

from .cli.io import SUFFIXES, Input, OutputPlan, UsageError, expand_inputs, plan_outputs

__all__ = ["SUFFIXES", "Input", "OutputPlan", "UsageError", "expand_inputs", "plan_outputs"]
