"""Workflow templates: reading an API-format ComfyUI workflow, finding its bindings, filling them in.

An API-format workflow is a JSON object keyed by node id, each node
``{"class_type": NAME, "inputs": {...}}``, a link written ``[node_id, output_index]``. The
editor's own format (``nodes`` and ``links`` lists) cannot be queued: ComfyUI exports the
API format with "Save (API)" / "Export (API)".
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from shotgraph.core.io.budgets import read_regular_file
from shotgraph.core.io.errors import InputError
from shotgraph.core.model import Binding, Role

MAX_WORKFLOW_BYTES = 5 * 2**20
MAX_NODES = 2_000
MAX_DEPTH = 20

API_HINT = "in ComfyUI, export it with Workflow > Export (API) (\"Save (API)\" in older versions)"

TEXT_ENCODERS = ("CLIPTextEncode", "CLIPTextEncodeSDXL", "CLIPTextEncodeFlux", "TextEncodeHunyuanVideo_ImageToVideo")
SAMPLER_SEEDS = {"KSampler": "seed", "KSamplerAdvanced": "noise_seed", "RandomNoise": "noise_seed",
                 "SamplerCustom": "noise_seed"}
LOADERS = {"CheckpointLoaderSimple": "ckpt_name", "UNETLoader": "unet_name", "ImageOnlyCheckpointLoader": "ckpt_name"}
LATENTS = ("EmptyLatentImage", "EmptySD3LatentImage", "EmptyHunyuanLatentVideo", "EmptyMochiLatentVideo",
           "EmptyLTXVLatentVideo", "WanImageToVideo")
FRAME_INPUTS = ("length", "frames", "video_frames", "frame_count")
FPS_INPUTS = ("fps", "frame_rate")
LORA_LOADERS = ("LoraLoader", "LoraLoaderModelOnly")
IMAGE_TITLES = {Role.REFERENCE: ("reference", "identity", "参考", "身份"), Role.PLATE: ("plate", "背景板", "背景")}
"""Words in an image loader's title (``_meta.title``) that say which picture it takes; others take the first frame."""
SAVERS = ("SaveImage", "SaveVideo", "SaveAnimatedWEBP", "SaveAnimatedPNG", "VHS_VideoCombine", "SaveWEBM")


def read_workflow(path: Path) -> dict:
    """The API-format workflow in ``path``; one InputError naming the file for anything else."""
    data = read_regular_file(path, "workflow", MAX_WORKFLOW_BYTES)
    try:
        workflow = json.loads(data.decode("utf-8-sig"))
    except RecursionError:
        raise InputError(path, f"is nested too deeply for a workflow (over {MAX_DEPTH} levels)") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise InputError(path, f"is not a JSON file ({error}); {API_HINT}") from None
    check_workflow(path, workflow)
    return workflow


def check_workflow(path: Path, workflow: object) -> None:
    """Refuse what is not an API-format workflow ShotGraph can send."""
    if isinstance(workflow, dict) and "nodes" in workflow and "links" in workflow:
        raise InputError(path, f"is a workflow in ComfyUI's editor format, which cannot be queued; {API_HINT}")
    if not isinstance(workflow, dict) or not workflow:
        raise InputError(path, f"is not an API-format workflow (a JSON object of nodes); {API_HINT}")
    if len(workflow) > MAX_NODES:
        raise InputError(path, f"has {len(workflow):,} nodes, more than the {MAX_NODES:,} a workflow may have")
    if _depth(workflow) > MAX_DEPTH:
        raise InputError(path, f"is nested too deeply for a workflow (over {MAX_DEPTH} levels)")
    for node_id, node in workflow.items():
        if not (isinstance(node, dict) and isinstance(node.get("class_type"), str)
                and isinstance(node.get("inputs", {}), dict)):
            raise InputError(path, f"is not an API-format workflow: node {node_id!r} has no class_type and "
                                   f"inputs; {API_HINT}")


def _depth(value: object, level: int = 1) -> int:
    if level > MAX_DEPTH:
        return level
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return max((_depth(child, level + 1) for child in children), default=level)


def workflow_hash(workflow: dict) -> str:
    """The SHA-256 of the workflow's canonical JSON: the same graph gives the same hash."""
    text = json.dumps(workflow, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def automatic_bindings(workflow: dict) -> list[Binding]:
    """Bindings for the common nodes: text encoders (positive and negative, as the sampler links
    them), sampler seed, checkpoint loader, latent size and length, image loaders (first frame, or
    identity reference and plate by their titles), LoRA loaders (identity references), fps, saver."""
    negatives = _linked_nodes(workflow, "negative")
    bindings: list[Binding] = []
    for node_id, node in sorted(workflow.items(), key=lambda item: _node_order(item[0])):
        title = node.get("_meta", {}).get("title", "") if isinstance(node.get("_meta"), dict) else ""
        bindings += _node_bindings(node_id, node["class_type"], node.get("inputs", {}), str(title), negatives)
    return _first_per_role(bindings)


def _image_role(title: str) -> Role:
    lowered = title.lower()
    return next((role for role, words in IMAGE_TITLES.items() if any(w in lowered for w in words)), Role.IMAGE)


def _node_bindings(node_id: str, kind: str, inputs: dict, title: str, negatives: set[str]) -> list[Binding]:
    found: list[tuple[Role, str]] = []
    if kind in TEXT_ENCODERS and "text" in inputs:
        found.append((Role.NEGATIVE if node_id in negatives else Role.PROMPT, "text"))
    if kind in SAMPLER_SEEDS:
        found.append((Role.SEED, SAMPLER_SEEDS[kind]))
    if kind in LOADERS:
        found.append((Role.MODEL, LOADERS[kind]))
    if kind in LATENTS:
        found += [(role, name) for role, name in ((Role.WIDTH, "width"), (Role.HEIGHT, "height"),
                                                  (Role.BATCH, "batch_size")) if name in inputs]
        found += [(Role.FRAMES, name) for name in FRAME_INPUTS if name in inputs]
    if kind == "LoadImage":
        found.append((_image_role(title), "image"))
    if kind in LORA_LOADERS and "lora_name" in inputs:
        found.append((Role.REFERENCE, "lora_name"))
    found += [(Role.FPS, name) for name in FPS_INPUTS if name in inputs]
    if kind in SAVERS and "filename_prefix" in inputs:
        found.append((Role.OUTPUT_NAME, "filename_prefix"))
    return [Binding(role=role, node=node_id, input=name) for role, name in found]


def _linked_nodes(workflow: dict, input_name: str) -> set[str]:
    """Nodes linked into any node's ``input_name`` (a sampler's negative conditioning)."""
    linked = set()
    for node in workflow.values():
        value = node.get("inputs", {}).get(input_name)
        if isinstance(value, list) and value and isinstance(value[0], str | int):
            linked.add(str(value[0]))
    return linked


def _node_order(node_id: str) -> tuple[int, str]:
    return (int(node_id), "") if node_id.isdigit() else (1 << 62, node_id)


def _first_per_role(bindings: list[Binding]) -> list[Binding]:
    """The first binding of each role in node order; every identity reference (one per character)."""
    seen: set[Role] = set()
    kept = []
    for binding in bindings:
        if binding.role is Role.REFERENCE or binding.role not in seen:
            seen.add(binding.role)
            kept.append(binding)
    return kept


def bound_value(workflow: dict, binding: Binding) -> object:
    """The value the workflow holds at a binding now (None when the node or input is gone)."""
    return workflow.get(binding.node, {}).get("inputs", {}).get(binding.input)


def filled_in(workflow: dict, bindings: Sequence[Binding], values: Mapping[Role, object],
              inputs: Mapping[tuple[str, str], object] | None = None) -> dict:
    """A copy of ``workflow`` with each bound input set to the shot's value: the one given for its
    node and input in ``inputs``, else the one for its role.

    A binding without a value (no frame image, a still without frames) keeps the template's value,
    as does the model, which is only read.
    """
    filled = copy.deepcopy(workflow)
    for binding in bindings:
        value = (inputs or {}).get((binding.node, binding.input), values.get(binding.role))
        node = filled.get(binding.node)
        if value is None or binding.role is Role.MODEL or not isinstance(node, dict):
            continue
        node.setdefault("inputs", {})[binding.input] = value
    return filled
