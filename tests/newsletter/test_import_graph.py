"""The newsletter's modules import in one direction: no module reaches itself through its imports
(docs/newsletter.md, "Module layout"). Imports under `TYPE_CHECKING` do not run, so they do not
count; tasks are enqueued by name, so no lazy task ↔ action loop is left either."""

import grimp


def test_no_newsletter_module_imports_itself_through_others():
    graph = grimp.build_graph("sitrep", exclude_type_checking_imports=True)
    modules = sorted(m for m in graph.modules if m.startswith("sitrep.newsletter"))
    loops = [
        (a, b)
        for a in modules
        for b in modules
        if a < b
        and graph.chain_exists(importer=a, imported=b)
        and graph.chain_exists(importer=b, imported=a)
    ]
    assert len(modules) > 30
    assert loops == []
