"""Pictures a project folder holds are read only as PNG, JPEG or WebP, by their content, inside the folder,
within their size: anything else is no picture, and no other decoder (Ghostscript above all) is ever reached."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

import pytest
from PIL import EpsImagePlugin, Image

from hostile.image_samples import PDF, SVG, eps, huge_jpeg, huge_png, huge_webp, picture, truncated_png
from shotgraph.core.io import images
from shotgraph.core.io.images import ImageRefused, inspect_image, media_file, read_image, read_media_image
from shotgraph.exports.pdf.images import Thumbnails


@pytest.fixture
def nothing_runs(monkeypatch):
    """Fail the test if anything starts a program or opens a picture as PostScript."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"a program was started: {args[:1]}")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(EpsImagePlugin.EpsImageFile, "_open", refuse)
    monkeypatch.setattr(EpsImagePlugin, "has_ghostscript", lambda: True)


@pytest.mark.parametrize(("kind", "suffix"), [("PNG", ".png"), ("JPEG", ".jpg"), ("WEBP", ".webp")])
def test_png_jpeg_and_webp_are_read_with_their_size_and_decoded_by_their_own_decoder(tmp_path, kind, suffix):
    path = tmp_path / "frame.bin"
    path.write_bytes(picture(kind, (90, 160)))
    found = read_image(path)
    assert (found.format, found.width, found.height, found.suffix) == (kind, 90, 160, suffix)
    with found.open() as image:
        assert image.format == kind and image.size == (90, 160)
        image.load()


@pytest.mark.parametrize("data", [
    picture("TIFF"), picture("GIF"), picture("BMP"), picture("TGA"), picture("ICO"), picture("PPM"),
    eps(Path("/tmp/victim.txt")), PDF, SVG, b"", b"\x89PN", b"not a picture at all",
], ids=["tiff", "gif", "bmp", "tga", "ico", "ppm", "eps", "pdf", "svg", "empty", "short", "text"])
def test_every_other_content_is_refused_whatever_the_file_is_named(tmp_path, data, nothing_runs):
    path = tmp_path / "ep1-1-01.png"
    path.write_bytes(data)
    with pytest.raises(ImageRefused, match="PNG, JPEG and WebP") as refused:
        read_image(path)
    assert refused.value.reason == images.NOT_ACCEPTED and "ep1-1-01.png" in str(refused.value)


def test_postscript_named_png_gives_an_empty_frame_in_a_pdf_without_running_anything(tmp_path, nothing_runs):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / "frame.png").write_bytes(eps(victim))
    (tmp_path / "mixed.png").write_bytes(b"\x89PNG\r\n\x1a\n" + eps(victim))
    thumbnails = Thumbnails(tmp_path)
    assert thumbnails.get("frame.png") is None and thumbnails.get("mixed.png") is None
    assert victim.read_text(encoding="utf-8") == "keep me"


def test_a_picture_that_is_pillows_eps_would_be_opened_as_eps_by_content():
    """The danger is real: left to choose, Pillow picks its PostScript decoder from the content."""
    import io
    with Image.open(io.BytesIO(eps(Path("/nonexistent"))), formats=None) as image:
        assert image.format == "EPS"


@pytest.mark.parametrize(("data", "size"), [
    (huge_png(), (100_000, 100_000)), (huge_jpeg(), (60_000, 60_000)), (huge_webp(), (16_384, 16_384)),
], ids=["png", "jpeg", "webp"])
def test_a_header_claiming_too_many_pixels_is_refused_before_decoding(data, size):
    with pytest.raises(ImageRefused, match="too large") as refused:
        inspect_image(data, "bomb.png")
    assert refused.value.reason == images.TOO_MANY_PIXELS
    assert (refused.value.values["width"], refused.value.values["height"]) == size


def test_a_picture_within_a_smaller_pixel_limit_passes_and_above_it_is_refused():
    data = picture("PNG", (100, 100))
    assert inspect_image(data, "a.png", max_pixels=10_000).width == 100
    with pytest.raises(ImageRefused):
        inspect_image(data, "a.png", max_pixels=9_999)


def test_a_jpeg_with_thousands_of_scans_is_refused():
    data = picture("JPEG", (16, 16))
    with pytest.raises(ImageRefused, match="scans"):
        inspect_image(data[:-2] + b"\xff\xda\x00\x02" * 500 + b"\xff\xd9", "slow.jpg")


def test_a_damaged_header_is_refused_and_a_truncated_picture_gives_an_empty_frame(tmp_path):
    with pytest.raises(ImageRefused, match="damaged"):
        inspect_image(b"\x89PNG\r\n\x1a\n\0\0\0\rXXXX", "cut.png")
    (tmp_path / "cut.png").write_bytes(truncated_png())
    assert read_image(tmp_path / "cut.png").width == 90
    assert Thumbnails(tmp_path).get("cut.png") is None


def test_a_file_over_the_size_limit_is_refused_from_its_size(tmp_path):
    path = tmp_path / "big.png"
    path.write_bytes(picture("PNG", (90, 160)))
    with pytest.raises(ImageRefused, match="MB") as refused:
        read_image(path, max_bytes=100)
    assert refused.value.reason == images.TOO_BIG


def test_a_pipe_a_device_and_a_folder_are_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.png")
    (tmp_path / "folder.png").mkdir()
    outcomes: list[str] = []

    def read_all() -> None:
        for path in (tmp_path / "pipe.png", Path("/dev/zero"), tmp_path / "folder.png"):
            with pytest.raises(ImageRefused) as refused:
                read_image(path)
            outcomes.append(refused.value.reason)

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    reader.join(5)
    assert outcomes == [images.NOT_A_FILE] * 3


@pytest.fixture
def project(tmp_path) -> Path:
    """A project folder with one frame, beside an outside folder with a private picture."""
    folder = tmp_path / "project"
    (folder / "media" / "frames").mkdir(parents=True)
    (folder / "media" / "frames" / "ok.png").write_bytes(picture("PNG"))
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "photo.png").write_bytes(picture("PNG", colour="blue"))
    return folder


def test_a_symlink_leading_out_of_the_project_folder_is_no_picture(project):
    outside = project.parent / "private"
    (project / "media" / "frames" / "link.png").symlink_to(outside / "photo.png")
    (project / "media" / "away").symlink_to(outside, target_is_directory=True)
    for relative in ("media/frames/link.png", "media/away/photo.png", "../private/photo.png",
                     str(outside / "photo.png")):
        with pytest.raises(ImageRefused, match="outside the project folder"):
            media_file(project, relative)
        assert read_media_image(project, relative) is None
        assert Thumbnails(project).get(relative) is None


def test_a_symlink_staying_inside_the_project_folder_is_followed(project):
    (project / "media" / "same.png").symlink_to(project / "media" / "frames" / "ok.png")
    assert media_file(project, "media/same.png") == (project / "media/frames/ok.png").resolve()
    assert read_media_image(project, project / "media" / "same.png").format == "PNG"
    assert Thumbnails(project).get("media/same.png") is not None


def test_no_folder_means_no_picture(project):
    assert read_media_image(None, "media/frames/ok.png") is None
    assert read_media_image(project, "") is None
