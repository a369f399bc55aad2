package de.rathaus.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the page a browser tab shows: axe-core with the WCAG 2.0/2.1 A and AA rules, plus what
 * axe does not look at but our pages promise: a language on {@code <html>}, exactly one
 * {@code <h1>}, no styles or scripts blocked by the Content Security Policy, no script errors and
 * no missing stylesheet, script or image.
 *
 * <p>Attach it before the first navigation; each {@link #check(String)} reports what happened
 * since the previous one.
 */
public final class PageAudit {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Page page;
    private final List<String> consoleProblems = new ArrayList<>();
    private final List<String> failedResources = new ArrayList<>();

    private PageAudit(Page page) {
        this.page = page;
    }

    public static PageAudit attach(Page page) {
        var audit = new PageAudit(page);
        page.onConsoleMessage(message -> {
            // CSP reports arrive only on the console; a blocked inline style is an invisible bug
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                audit.consoleProblems.add(message.text());
            }
        });
        page.onPageError(error -> audit.consoleProblems.add("Script error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400 && !isDocument(response)) {
                audit.failedResources.add(response.status() + " " + response.url());
            }
        });
        return audit;
    }

    /** Everything wrong with the page now shown, labelled {@code label} in the report. */
    public List<Finding> check(String label) {
        var findings = new ArrayList<Finding>();
        findings.addAll(axe(label));
        findings.addAll(structure(label));
        consoleProblems.forEach(
                text -> findings.add(new Finding(label, "rathaus-console", "serious", "console", text)));
        failedResources.forEach(
                text -> findings.add(new Finding(label, "rathaus-resource", "serious", "network", text)));
        consoleProblems.clear();
        failedResources.clear();
        return findings;
    }

    /** Fails with every finding, one per line, so one run shows all that is wrong. */
    public static void assertNone(List<Finding> findings) {
        if (!findings.isEmpty()) {
            throw new AssertionError(findings.size() + " accessibility findings:\n  "
                    + String.join(
                            "\n  ", findings.stream().map(Finding::toString).toList()));
        }
    }

    private List<Finding> axe(String label) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe-core could not scan " + label + ": " + results.getErrorMessage());
        }
        var findings = new ArrayList<Finding>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                findings.add(new Finding(
                        label, rule.getId(), rule.getImpact(), String.valueOf(node.getTarget()), rule.getHelp()));
            }
        }
        return findings;
    }

    private List<Finding> structure(String label) {
        var findings = new ArrayList<Finding>();
        Object lang = page.evaluate("() => document.documentElement.lang");
        if (!(lang instanceof String language) || language.isBlank()) {
            findings.add(new Finding(label, "rathaus-html-lang", "serious", "html", "The page names no language"));
        }
        int headings = page.locator("h1").count();
        if (headings != 1) {
            findings.add(new Finding(
                    label, "rathaus-single-h1", "moderate", "h1", "The page has " + headings + " <h1> instead of one"));
        }
        return findings;
    }

    private static boolean isDocument(Response response) {
        return "document".equals(response.request().resourceType());
    }
}
