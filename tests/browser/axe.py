"""axe-core in a Playwright page: what it finds, and a readable failure message."""

BLOCKING_IMPACTS = {"serious", "critical"}


def serious_violations(page, axe_source):
    """axe-core's serious and critical violations on the page as it is now."""
    # Evaluated through the DevTools protocol: the site's CSP refuses an inline <script>.
    page.evaluate(f"{axe_source}\n;undefined")
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']}))"
        ".violations"
    )
    return [v for v in violations if v["impact"] in BLOCKING_IMPACTS]


def describe(violations):
    """One paragraph per violation: impact, rule and help, then each offending node."""
    return "\n".join(
        f"{violation['impact']} {violation['id']}: {violation['help']}\n"
        + "\n".join(
            f"    {' '.join(node['target'])}: {node['failureSummary']}"
            for node in violation["nodes"]
        )
        for violation in violations
    )
