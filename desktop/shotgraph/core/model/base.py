"""Shared building blocks of the project model: the base record, ids and media paths."""

from __future__ import annotations

import re
import secrets
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field


class Record(BaseModel):
    """Base of every model class: unknown fields are refused, so typos never vanish silently."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


def new_id(prefix: str) -> str:
    """A fresh stable id such as ``sh_4f1c9a02b7e3``; ids never change once made."""
    return f"{prefix}_{secrets.token_hex(6)}"


_ID_PATTERN = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def _check_id(value: str) -> str:
    if not _ID_PATTERN.match(value):
        raise ValueError("an id is 1-64 letters, digits or _ . : -")
    return value


Id = Annotated[str, AfterValidator(_check_id)]


def _check_media_path(value: str) -> str:
    if not value:
        raise ValueError("a media path cannot be empty")
    if PureWindowsPath(value).drive or value.startswith(("/", "\\")):
        raise ValueError("a media path must be relative to the project folder, not absolute")
    if ".." in PurePosixPath(value.replace("\\", "/")).parts:
        raise ValueError("a media path must stay inside the project folder (no '..')")
    return value.replace("\\", "/")


MediaPath = Annotated[str, AfterValidator(_check_media_path)]
"""A path to an image or video relative to the folder holding the project file."""

Text = Annotated[str, Field(max_length=20_000)]
Name = Annotated[str, Field(max_length=500)]

SEED_RANGE = (-(2**63), 2**63 - 1)
"""A generation seed fits a signed 64-bit number, as every timeline format and ComfyUI store it."""
Seed = Annotated[int, Field(ge=SEED_RANGE[0], le=SEED_RANGE[1])]
