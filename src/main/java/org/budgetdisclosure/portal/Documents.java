package org.budgetdisclosure.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Checker;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.RuleBook;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.compute.Compute;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.budget.BudgetJsonReader;
import org.budgetdisclosure.ingest.text.TextDisclosureReader;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.render.MdRenderer;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.DisclosureRecord.SourceFormat;
import org.budgetdisclosure.store.NewVersion;

/**
 * Turns stored content into a {@link CheckedDocument}: reads the text (or reads the budget file and
 * computes the disclosure), then runs the whole rulebook. Results are cached by id and lock version,
 * so a published version (which never changes) is read and checked once per process.
 */
public final class Documents {

    private static final int CACHE_SIZE = 128;

    private final Checker checker = new Checker(RuleBook.all());
    private final CatalogSource catalogs;
    private final Map<String, CheckedDocument> cache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CheckedDocument> e) {
                    return size() > CACHE_SIZE;
                }
            });

    /** Where the catalog for a budget year comes from (uploaded official files, else the built-in one). */
    public interface CatalogSource {
        java.util.Optional<Catalog> forYear(int year);

        CatalogSource BUILT_IN = Catalogs::builtIn;
    }

    /** Moves on with every {@link #invalidate()}, so responses built from cached results know to rebuild. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public Documents(CatalogSource catalogs) {
        this.catalogs = catalogs;
    }

    /** The checked document of a stored version (content must be loaded). */
    public CheckedDocument of(DisclosureRecord r) {
        String key = r.id() + "@" + r.lockVersion() + "@" + r.status();
        CheckedDocument hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        try {
            CheckedDocument d = read(sourceName(r), r.sourceFormat(), r.content());
            cache.put(key, d);
            return d;
        } catch (UnreadableInputException e) {
            // stored content was readable when it was saved; a reader change made it unreadable
            throw new PortalException(PortalException.Kind.INVALID, e.getMessage());
        }
    }

    /** Forgets cached results (after a catalog upload changes what the checker knows). */
    public void invalidate() {
        generation.incrementAndGet();
        cache.clear();
    }

    public long generation() {
        return generation.get();
    }

    static String sourceName(DisclosureRecord r) {
        return "disclosure-" + r.id() + (r.sourceFormat() == SourceFormat.BUDGET_JSON ? ".budget.json" : ".txt");
    }

    /** Reads and checks content; a mistake in it is an {@link UnreadableInputException} with a located message. */
    public CheckedDocument read(String source, SourceFormat format, String content) throws UnreadableInputException {
        Parsed<Disclosure> parsed;
        String text;
        if (format == SourceFormat.BUDGET_JSON) {
            Parsed<Budget> budget = new BudgetJsonReader().read(source, content.getBytes(StandardCharsets.UTF_8));
            Disclosure computed = Compute.compute(budget.value());
            text = md(computed);
            parsed = new Parsed<>(computed, budget.diagnostics());
        } else {
            text = content;
            parsed = new TextDisclosureReader().read(source, content);
        }
        Disclosure d = parsed.value();
        CheckContext ctx = d.header().year() == null ? CheckContext.forDocument(d)
                : catalogs.forYear(d.header().year()).map(CheckContext::new).orElseGet(() -> CheckContext.forDocument(d));
        List<Finding> findings = checker.check(parsed, ctx);
        return new CheckedDocument(d, text, findings);
    }

    static String md(Disclosure d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MdRenderer().render(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The columns the store keeps beside the content: title, finding counts and the search text. */
    static NewVersion.Derived derive(CheckedDocument c) {
        Disclosure d = c.disclosure();
        String department = d.header().department() == null ? "" : d.header().department();
        String title = department + (d.header().year() == null ? "" : d.header().year() + "年")
                + (d.header().kind() == null ? "部门预算" : d.header().kind().chinese()) + "公开";
        return new NewVersion.Derived(title, (int) c.count(Severity.ERROR), (int) c.count(Severity.WARNING),
                (int) c.count(Severity.NOTICE), searchText(d));
    }

    /** Department, classification codes and names, project names and the prose, for search. */
    static String searchText(Disclosure d) {
        return SearchText.of(d);
    }
}
