"""Issue 19: the archive export does work in proportion to the items, never rescanning what it wrote
(asserted by counting, not timing)."""

from __future__ import annotations

import builtins

import pytest

from tests.test_archive_export import NOW, _png, add_entry, add_page, add_screenshot


class CountingDict(dict):
    """A dict that counts how often it is walked through (the old code walked every file written so far
    once per item)."""

    walks = 0

    def __iter__(self):
        CountingDict.walks += 1
        return super().__iter__()

    def items(self):
        CountingDict.walks += 1
        return super().items()

    def keys(self):
        CountingDict.walks += 1
        return super().keys()


def _export_counting(context, qapp, tmp_path, monkeypatch, count: int) -> tuple[int, int]:
    from mtk_admin_desktop.services import archive_package

    page = add_page(context, url=f"https://facebook.com/side-{count}")
    shot = add_screenshot(context, _png(qapp, width=64, height=48, seed=count, alpha=False))
    for _ in range(count):
        add_entry(context, page, shots=[shot])
    real_init = archive_package._Writer.__init__

    def init(self) -> None:
        real_init(self)
        self.files = CountingDict()

    monkeypatch.setattr(archive_package._Writer, "__init__", init)
    blob_root = str(context.blobs.root)
    opened = [0]
    real_open = builtins.open

    def counting_open(file, *args, **kwargs):
        if str(file).startswith(blob_root):
            opened[0] += 1
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting_open)
    CountingDict.walks = 0
    target = tmp_path / f"usb-{count}"
    target.mkdir()
    result = context.archive.export(target, "zip", now=NOW)
    monkeypatch.undo()
    assert len(result.item_keys) == count
    return CountingDict.walks, opened[0]


@pytest.mark.parametrize("sizes", [(3, 15)])
def test_export_does_not_rescan_the_files_written_so_far(context, qapp, tmp_path, monkeypatch, sizes) -> None:
    small, large = (_export_counting(context, qapp, tmp_path, monkeypatch, n) for n in sizes)
    # The list of files written is walked a fixed number of times (manifest, sums, result), not per item.
    assert small[0] == large[0], (small, large)
    assert small[0] <= 5
    # Each screenshot's blob is opened a fixed number of times per item (into the ZIP, into the PDF).
    assert small[1] / sizes[0] == large[1] / sizes[1]
