"""Make docs/report.png: the sample article's report page in headless Chromium.

    python docs/screenshot.py

Runs ``zhextract extract seeds/ --report`` into a temporary folder, opens the
sample article's page, clicks its first role (marking its person, title and
organisation) and saves a 1100×1300 screenshot. Needs the system's ``chromium``
and ``chromedriver`` and, for the Chinese text, a CJK font (Debian
``fonts-noto-cjk``).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import chromium, chromium_missing  # noqa: E402

from pipeline.report import article_file_name  # noqa: E402


def main() -> int:
    missing = chromium_missing()
    if missing:
        print(f"cannot take the screenshot: {missing}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="zhextract-shot-") as tmp:
        out = Path(tmp) / "out"
        subprocess.run([sys.executable, "-m", "pipeline", "extract", "seeds/", "-o", str(out), "-q", "--report"], cwd=ROOT, check=True)
        sample = next((ROOT / "seeds").glob("*.txt")).stem
        with chromium(width=1100, height=1300) as driver:
            driver.get((out / "report" / "articles" / article_file_name(sample)).as_uri())
            driver.find_element("css selector", "#roles tbody tr").click()
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(ROOT / "docs" / "report.png"))
    print(f"wrote {ROOT / 'docs' / 'report.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
