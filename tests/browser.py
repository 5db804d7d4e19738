"""Headless Chromium for the report tests and the docs screenshot (Selenium with
the system's ``chromium`` and ``chromedriver``; nothing is downloaded)."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from typing import Iterator

CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
)


def chromium_missing() -> str:
    """Return why the browser cannot run here ("" when it can)."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (python -m pip install -e '.[dev]')"
    for program in ("chromium", "chromedriver"):
        if shutil.which(program) is None:
            return f"{program} is not installed (Debian: apt-get install chromium chromium-driver)"
    return ""


@contextlib.contextmanager
def chromium(width: int = 1100, height: int = 800) -> Iterator["object"]:
    """Start headless Chromium in a fresh profile; yield the Selenium driver, then
    quit it and delete the profile. A pending alert is left open (not dismissed)
    so that a test can see it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download a browser or driver

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--window-size={width},{height}")
    profile = tempfile.mkdtemp(prefix="zhextract-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    options.unhandled_prompt_behavior = "ignore"
    try:
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        try:
            yield driver
        finally:
            driver.quit()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
