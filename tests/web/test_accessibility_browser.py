"""axe-core on every page: no serious or critical accessibility violation (WCAG 2.1 AA).

axe comes from npm (static/node_modules/axe-core, a devDependency that `make setup` installs);
it is injected into each page as a user sees it (the inbox with a conversation open too).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web.conftest import browser, live_inbox  # noqa: F401 - fixtures
from tests.web.test_layout_browser import PAGES, PHONE, WIDE, log_in, seed

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parents[2] / "static" / "node_modules" / "axe-core" / "axe.min.js"
RUN_AXE = """async () => {
  const result = await axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    resultTypes: ["violations"],
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => v.id + " (" + v.impact + "): " + v.help + " — "
      + v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | "));
}"""


def violations(page) -> list[str]:  # type: ignore[no-untyped-def]
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make setup` (npm ci in static/)", pytrace=False)
    # served like the page's own scripts (the CSP allows 'self' only)
    origin = page.evaluate("location.origin")
    page.add_script_tag(url=origin + "/static/node_modules/axe-core/axe.min.js")
    return page.evaluate(RUN_AXE)


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["1440", "390"])
def test_no_serious_accessibility_violation_on_any_page(browser, live_inbox, viewport) -> None:  # noqa: F811
    from playwright.sync_api import expect

    seed(live_inbox)
    found: dict[str, list[str]] = {}
    login = browser.new_context(locale="nl-BE", viewport=viewport).new_page()
    login.goto(live_inbox["base_url"] + "/login")
    found["login"] = violations(login)
    # the check itself works: a button without a name is a critical violation
    unnamed = login.evaluate("""async () => {
      const probe = document.createElement("button");
      document.body.append(probe);
      const result = await axe.run(probe, { runOnly: ["button-name"] });
      probe.remove();
      return result.violations.map((v) => v.impact);
    }""")
    assert unnamed == ["critical"]
    login.goto(live_inbox["base_url"] + "/no-such-page")
    found["error (logged out)"] = violations(login)
    login.context.close()

    page = log_in(browser, live_inbox, "admin", "nl", viewport=viewport)
    expect(page.locator("#conversation-list li").first).to_be_visible(timeout=20_000)
    found["inbox"] = violations(page)
    page.locator("#conversation-list li", has_text="Jan Peeters").click()
    expect(page.locator("#message-list")).to_contain_text("zwembad")
    page.wait_for_load_state("networkidle")
    found["conversation"] = violations(page)
    for name, path in PAGES.items():
        if name == "inbox":
            continue
        page.goto(live_inbox["base_url"] + path)
        page.wait_for_load_state("networkidle")
        found[name] = violations(page)
    problems = {name: found_here for name, found_here in found.items() if found_here}
    assert not problems, "\n".join(f"{name}: {item}" for name, items in problems.items() for item in items)
