package org.stepline.outcomes.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.measures.ScoreHistory;
import org.stepline.measures.ScoreTotal;
import org.stepline.outcomes.OutcomeRebuild;
import org.stepline.outcomes.PathwayFacts;
import org.stepline.referrals.ReferralDirectory;
import org.stepline.referrals.ReferralOutline;
import org.stepline.scheduling.CareContact;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.sql.BinaryRows;

/**
 * Keeps {@code pathway_outcome} current. One code path computes every row: a page of referrals is read through the
 * referrals, scheduling and measures interfaces (three queries per page, each by a list of referral ids), the pure
 * rules are applied in Java, and the page is written back in one statement per table.
 *
 * <p>Why Java and not set-based SQL: the rules must exist once, as tested functions, and this module may not read
 * other modules' tables. Why pages: a rebuild at national volume (1.8 million pathways, about 10 million contacts)
 * then holds one page in memory (a few thousand pathways) and issues a few hundred queries per million pathways,
 * never one per pathway. A single recompute after an event is the same code with a page of one.
 */
@Service
class OutcomeEngine implements OutcomeRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeEngine.class);

    static final int PAGE = 5_000;

    private final ReferralDirectory referrals;
    private final ContactHistory contacts;
    private final ScoreHistory scores;
    private final OutcomeStore store;
    private final PathwayCalculator calculator;

    OutcomeEngine(
            ReferralDirectory referrals,
            ContactHistory contacts,
            ScoreHistory scores,
            OutcomeStore store,
            MeasureScales scales) {
        this.calculator = new PathwayCalculator(scales);
        this.referrals = referrals;
        this.contacts = contacts;
        this.scores = scores;
        this.store = store;
    }

    /**
     * Recomputes one pathway, inside the caller's transaction when there is one, behind a savepoint: should this
     * fail, only the outcome row's change is undone, never the clinical change that caused it.
     */
    @Transactional(propagation = Propagation.NESTED)
    public void recompute(long referralId) {
        store.lockPathway(referralId);
        var page = referrals.outlines(List.of(referralId));
        if (!page.isEmpty()) {
            var computed = compute(page);
            store.replace(List.of(referralId), computed.outcomes(), computed.contacts());
        }
    }

    @Override
    @Transactional
    public long rebuildAll() {
        store.lockForRebuild();
        store.deleteAll();
        var done = rebuildPages(null, OutcomeStore.Tables.LIVE);
        store.seenReferralId(done.lastReferralId());
        return done.pathways();
    }

    @Override
    @Transactional
    public long rebuildSource(String dataSource) {
        store.lockForRebuild();
        store.deleteSource(dataSource);
        var tables = store.loadingTables();
        long count = rebuildPages(dataSource, tables).pathways();
        store.finish(tables);
        catchUp();
        return count;
    }

    @Override
    @Transactional
    public long rebuildSource(String dataSource, PathwayFacts facts) {
        long started = System.nanoTime();
        store.lockForRebuild();
        store.deleteSource(dataSource);
        var tables = store.loadingTables();
        long count = rebuildFrom(facts, tables);
        long written = System.nanoTime();
        store.finish(tables);
        long indexed = System.nanoTime();
        catchUp(facts.referralIds());
        LOG.info(
                "Outcome rows of {} pathways from {}: written in {} ms, indexed in {} ms, others caught up in {} ms",
                count,
                dataSource,
                (written - started) / 1_000_000,
                (indexed - written) / 1_000_000,
                (System.nanoTime() - indexed) / 1_000_000);
        return count;
    }

    /**
     * Adds rows for referrals that no event has reached yet (a new referral has no contact or score), reading only
     * referrals above the last one seen: cheap when called before every report.
     */
    @Transactional
    public void catchUp() {
        catchUp(PathwayFacts.Ids.NONE);
    }

    /** As {@link #catchUp()}, stepping over referrals known to have their rows already. */
    private void catchUp(PathwayFacts.Ids covered) {
        long after = store.seenReferralIdForUpdate();
        while (true) {
            if (after >= covered.first() - 1 && after < covered.last()) {
                after = covered.last();
            }
            var page = referrals.outlinesAfter(after, PAGE, null);
            if (page.isEmpty()) {
                return;
            }
            var known = store.existing(ids(page));
            var missing = page.stream().filter(r -> !known.contains(r.id())).toList();
            if (!missing.isEmpty()) {
                var computed = compute(missing);
                store.addMissing(computed.outcomes(), computed.contacts());
            }
            after = page.getLast().id();
            store.seenReferralId(after);
        }
    }

    record Rebuilt(long pathways, long lastReferralId) {}

    /**
     * Pages in a pipeline: while a second thread applies the rules to one page and formats its rows, this thread (the
     * only one using the transaction's connection) writes the page before and reads the page after, so that the
     * database and the rules run on two cores at once instead of taking turns.
     */
    private Rebuilt rebuildPages(@Nullable String dataSource, OutcomeStore.Tables tables) {
        long after = 0;
        long count = 0;
        try (ExecutorService rules = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("outcome-rules").factory())) {
            Future<OutcomeStore.Formatted> pending = null;
            while (true) {
                var page = referrals.outlinesAfter(after, PAGE, dataSource);
                if (page.isEmpty()) {
                    break;
                }
                var read = read(page);
                var next = rules.submit(() -> store.format(calculate(read)));
                if (pending != null) {
                    store.insert(tables, done(pending));
                }
                pending = next;
                count += page.size();
                after = page.getLast().id();
            }
            if (pending != null) {
                store.insert(tables, done(pending));
            }
        }
        return new Rebuilt(count, after);
    }

    /** Marks the end of the pages in {@link #rebuildFrom}. */
    private static final OutcomeStore.Formatted NO_MORE_PAGES =
            new OutcomeStore.Formatted(new BinaryRows(0), new BinaryRows(0));

    /**
     * A second thread applies the rules to the facts and formats them page by page, while this thread (the only one
     * using the transaction's connection) writes each page as it comes: the rules and the database on two cores.
     */
    private long rebuildFrom(PathwayFacts facts, OutcomeStore.Tables tables) {
        var pages = new ArrayBlockingQueue<OutcomeStore.Formatted>(4);
        ExecutorService rules = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("outcome-rules").factory());
        try {
            Future<Long> computing = rules.submit(() -> computePages(facts, pages));
            for (var page = pages.take(); page != NO_MORE_PAGES; page = pages.take()) {
                store.insert(tables, page);
            }
            return done(computing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding outcome rows", e);
        } finally {
            rules.shutdownNow(); // a failed write must not leave the rules waiting for room in the queue
        }
    }

    private long computePages(PathwayFacts facts, BlockingQueue<OutcomeStore.Formatted> pages)
            throws InterruptedException {
        try {
            return computeInPages(facts, PAGE, computed -> put(pages, store.format(computed)));
        } finally {
            pages.put(NO_MORE_PAGES);
        }
    }

    /**
     * The one way outcome rows are worked out, for an event, a rebuild from the record and an import alike: the rules
     * applied to every pathway of {@code facts}, handed on {@code pageSize} pathways at a time. Pure: no database.
     */
    private long computeInPages(PathwayFacts facts, int pageSize, Consumer<Computed> page) {
        var outcomes = new ArrayList<PathwayOutcome>(Math.min(pageSize, PAGE));
        var contacts = new ArrayList<CareContact>(Math.min(pageSize, PAGE) * 8);
        long[] count = {0};
        facts.forEach((referral, pathwayContacts, scores) -> {
            outcomes.add(calculator.compute(referral, pathwayContacts, scores));
            contacts.addAll(pathwayContacts);
            count[0]++;
            if (outcomes.size() == pageSize) {
                page.accept(new Computed(List.copyOf(outcomes), List.copyOf(contacts)));
                outcomes.clear();
                contacts.clear();
            }
        });
        if (!outcomes.isEmpty()) {
            page.accept(new Computed(List.copyOf(outcomes), List.copyOf(contacts)));
        }
        return count[0];
    }

    private static void put(BlockingQueue<OutcomeStore.Formatted> pages, OutcomeStore.Formatted page) {
        try {
            pages.put(page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding outcome rows", e);
        }
    }

    private static <T> T done(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding outcome rows", e);
        }
    }

    record Computed(List<PathwayOutcome> outcomes, List<CareContact> contacts) {}

    /** A page of referrals with their contacts and scores, as read from the record: the facts the rules take. */
    record Read(List<ReferralOutline> page, List<CareContact> contacts, List<ScoreTotal> scores)
            implements PathwayFacts {

        @Override
        public void forEach(Visitor visitor) {
            Map<Long, List<CareContact>> contactsByReferral =
                    contacts.stream().collect(Collectors.groupingBy(CareContact::referralId));
            Map<Long, List<ScoreTotal>> scoresByReferral =
                    scores.stream().collect(Collectors.groupingBy(ScoreTotal::referralId));
            for (var referral : page) {
                visitor.pathway(
                        referral,
                        contactsByReferral.getOrDefault(referral.id(), List.of()),
                        scoresByReferral.getOrDefault(referral.id(), List.of()));
            }
        }

        @Override
        public Ids referralIds() {
            return Ids.NONE; // a page read by id may have gaps: it vouches for no range
        }
    }

    private Computed compute(List<ReferralOutline> page) {
        return calculate(read(page));
    }

    private Read read(List<ReferralOutline> page) {
        var ids = ids(page);
        return new Read(page, contacts.careContactsOf(ids), scores.totalsOf(ids));
    }

    /** One page read from the record, worked out by the same function as an import's facts. */
    private Computed calculate(Read read) {
        var computed = new ArrayList<Computed>(1);
        computeInPages(read, Integer.MAX_VALUE, computed::add);
        return computed.isEmpty() ? new Computed(List.of(), List.of()) : computed.getFirst();
    }

    private static Collection<Long> ids(List<ReferralOutline> page) {
        return page.stream().map(ReferralOutline::id).toList();
    }
}
