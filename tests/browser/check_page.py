#!/usr/bin/env python3
"""Drives carnet's self-decrypting HTML bundle in headless Chromium.

Run by tests/bundle_html.rs (which makes the pages and checks the results);
usable by hand:

    python3 tests/browser/check_page.py SPEC.json

SPEC: {"page", "passphrase", "passphrase_variant" (typed on the tampered
       copy), "tampered", "download_dir", "save": [titles],
       "view_text": title, "hostile": [titles], "screenshots": dir or null}
      With "open_only": true (the benchmark, bench/run.sh), only the right
      passphrase is typed and the time until the index shows is reported
      ("open_seconds", "rows"), waiting up to "timeout" seconds (default 60).

Prints one JSON object: what the page showed at each step. Exit 0 when the
browser ran all steps (the caller asserts on the values), 3 when Chromium,
chromedriver or selenium is missing (the caller skips loudly).
"""
import json
import os
import sys
import time

try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException, TimeoutException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError as e:  # pragma: no cover
    print(f"selenium is missing: {e}", file=sys.stderr)
    sys.exit(3)


def find_tool(*names):
    for n in names:
        for d in os.environ.get("PATH", "").split(os.pathsep) + ["/usr/bin", "/usr/lib/chromium"]:
            p = os.path.join(d, n)
            if os.path.isfile(p) and os.access(p, os.X_OK):
                return p
    return None


def browser(download_dir):
    chrome = find_tool("chromium", "chromium-browser", "google-chrome")
    driver_bin = find_tool("chromedriver")
    if not chrome or not driver_bin:
        print("chromium or chromedriver is missing", file=sys.stderr)
        sys.exit(3)
    o = webdriver.ChromeOptions()
    o.binary_location = chrome
    for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--window-size=1280,1000", "--no-first-run", "--disable-extensions",
              "--lang=fr-FR"]:
        o.add_argument(a)
    o.add_experimental_option("prefs", {
        "download.default_directory": download_dir,
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    d = webdriver.Chrome(service=Service(driver_bin), options=o)
    d.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
    return d


def url(path):
    return "file://" + os.path.abspath(path)


def type_passphrase(d, text):
    box = WebDriverWait(d, 20).until(EC.element_to_be_clickable((By.ID, "pass")))
    assert box.get_attribute("type") == "password"
    box.clear()
    box.send_keys(text)
    t0 = time.monotonic()
    box.send_keys(Keys.ENTER)  # Enter submits: no click
    return t0


def wait_visible(d, el_id, timeout=60):
    return WebDriverWait(d, timeout).until(EC.visibility_of_element_located((By.ID, el_id)))


def no_alert(d):
    try:
        d.switch_to.alert
        return False
    except NoAlertPresentException:
        return True


def rows(d):
    out = []
    for tr in d.find_elements(By.CSS_SELECTOR, "#docs tr"):
        cells = [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
        buttons = [b.text for b in tr.find_elements(By.TAG_NAME, "button")]
        out.append({"cells": cells, "buttons": buttons})
    return out


def row_of(d, title):
    for tr in d.find_elements(By.CSS_SELECTOR, "#docs tr"):
        if tr.find_element(By.CSS_SELECTOR, "td.title").text == title:
            return tr
    raise AssertionError(f"no row titled {title!r}")


def wait_download(dirname, known, timeout=30):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        names = [n for n in os.listdir(dirname) if n not in known and not n.endswith(".crdownload")]
        partial = [n for n in os.listdir(dirname) if n.endswith(".crdownload")]
        if names and not partial:
            return names[0]
        time.sleep(0.1)
    return None


def main():
    spec = json.load(open(sys.argv[1]))
    shots = spec.get("screenshots")
    dl = spec["download_dir"]
    os.makedirs(dl, exist_ok=True)
    result = {}
    d = browser(dl)
    try:
        d.get(url(spec["page"]))
        result["title"] = d.title
        result["csp"] = d.find_element(By.CSS_SELECTOR, 'meta[http-equiv="Content-Security-Policy"]').get_attribute("content")

        if spec.get("open_only"):
            t0 = type_passphrase(d, spec["passphrase"])
            wait_visible(d, "index", spec.get("timeout", 60))
            result["open_seconds"] = round(time.monotonic() - t0, 3)
            result["opened_ms_in_page"] = d.find_element(By.TAG_NAME, "body").get_attribute("data-opened-ms")
            result["rows"] = len(d.find_elements(By.CSS_SELECTOR, "#docs tr"))
            print(json.dumps(result, ensure_ascii=False))
            return
        # Wrong passphrase: a French message, nothing shown.
        type_passphrase(d, "mauvaise phrase secrete")
        err = wait_visible(d, "error")
        result["wrong"] = {"error": err.text, "index_shown": d.find_element(By.ID, "index").is_displayed()}
        if shots:
            d.save_screenshot(os.path.join(shots, "html-bundle-error.png"))

        # The right one: the index.
        d.get(url(spec["page"]))
        t0 = type_passphrase(d, spec["passphrase"])
        wait_visible(d, "index")
        result["open_seconds"] = round(time.monotonic() - t0, 3)
        result["opened_ms_in_page"] = d.find_element(By.TAG_NAME, "body").get_attribute("data-opened-ms")
        result["info"] = d.find_element(By.ID, "info").text
        result["rows"] = rows(d)
        result["error_shown"] = d.find_element(By.ID, "error").is_displayed()
        result["password_cleared"] = d.find_element(By.ID, "pass").get_attribute("value") == ""
        if shots:
            d.save_screenshot(os.path.join(shots, "html-bundle-index.png"))

        # Save documents.
        saved = {}
        for title in spec.get("save", []):
            before = set(os.listdir(dl))
            [b for b in row_of(d, title).find_elements(By.TAG_NAME, "button") if b.text == "Enregistrer"][0].click()
            saved[title] = wait_download(dl, before)
        result["saved"] = saved

        # View a text document whose bytes are HTML with a script: shown as
        # text, in a frame that runs nothing.
        title_before = d.title
        if spec.get("view_text"):
            [b for b in row_of(d, spec["view_text"]).find_elements(By.TAG_NAME, "button") if b.text == "Afficher"][0].click()
            frame = wait_visible(d, "frame")
            result["frame_sandbox"] = frame.get_attribute("sandbox")
            time.sleep(0.5)
            d.switch_to.frame(frame)
            result["frame_text"] = d.find_element(By.TAG_NAME, "body").text
            d.switch_to.default_content()
        result["hostile"] = {}
        for title in spec.get("hostile", []):
            result["hostile"][title] = [b.text for b in row_of(d, title).find_elements(By.TAG_NAME, "button")]
        time.sleep(0.3)
        result["no_alert"] = no_alert(d)
        result["title_unchanged"] = d.title == title_before
        result["pwned_marker"] = d.execute_script("return document.documentElement.getAttribute('data-pwned')")
        result["console"] = [m["message"] for m in d.get_log("browser") if m.get("level") == "SEVERE"]

        # A tampered copy: refused, nothing shown.
        d.get(url(spec["tampered"]))
        type_passphrase(d, spec.get("passphrase_variant") or spec["passphrase"])
        err = wait_visible(d, "error")
        result["tampered"] = {
            "error": err.text,
            "index_shown": d.find_element(By.ID, "index").is_displayed(),
            "rows": len(d.find_elements(By.CSS_SELECTOR, "#docs tr")),
            "damage": d.find_element(By.TAG_NAME, "body").get_attribute("data-damage"),
        }
    except TimeoutException as e:
        result["timeout"] = str(e)
        result["page_error"] = d.find_element(By.ID, "error").text
        result["damage"] = d.find_element(By.TAG_NAME, "body").get_attribute("data-damage")
        result["console"] = [m["message"] for m in d.get_log("browser")]
    finally:
        d.quit()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
