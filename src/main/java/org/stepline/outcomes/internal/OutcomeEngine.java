package org.stepline.outcomes.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        var done = rebuild(new RecordPages(null), OutcomeStore.Tables.LIVE);
        store.seenReferralId(done.lastReferralId());
        return done.pathways();
    }

    @Override
    @Transactional
    public long rebuildSource(String dataSource) {
        store.lockForRebuild();
        store.deleteSource(dataSource);
        var tables = store.loadingTables();
        long count = rebuild(new RecordPages(dataSource), tables).pathways();
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
        long count = rebuild(facts.pages(PAGE), tables).pathways();
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

    /** One page worked out and formatted, with what the rebuild counts of it. */
    private record Worked(OutcomeStore.Formatted rows, int pathways, long lastReferralId) {}

    /**
     * The one rebuild, from the record and from an import's facts alike: while a second thread applies the rules to
     * one page and formats its rows, this thread (the only one using the transaction's connection) writes the page
     * before and takes the page after (from the record, its three reads), so that the database and the rules run on
     * two cores at once instead of taking turns.
     */
    private Rebuilt rebuild(Iterator<PathwayFacts> pages, OutcomeStore.Tables tables) {
        var written = new Rebuilt(0, 0);
        try (ExecutorService rules = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("outcome-rules").factory())) {
            Future<Worked> pending = null;
            while (pages.hasNext()) {
                var page = pages.next();
                var next = rules.submit(() -> work(page));
                if (pending != null) {
                    written = write(tables, done(pending), written);
                }
                pending = next;
            }
            if (pending != null) {
                written = write(tables, done(pending), written);
            }
        }
        return written;
    }

    private Worked work(PathwayFacts page) {
        var computed = calculate(page);
        long last = computed.outcomes().isEmpty()
                ? 0
                : computed.outcomes().getLast().referralId();
        return new Worked(store.format(computed), computed.outcomes().size(), last);
    }

    private Rebuilt write(OutcomeStore.Tables tables, Worked page, Rebuilt before) {
        store.insert(tables, page.rows());
        return new Rebuilt(
                before.pathways() + page.pathways(), Math.max(before.lastReferralId(), page.lastReferralId()));
    }

    /** The record's referrals (of one data source, or all) in pages, each read with its contacts and scores. */
    private final class RecordPages implements Iterator<PathwayFacts> {

        private final @Nullable String dataSource;
        private long after;
        private @Nullable List<ReferralOutline> next;

        RecordPages(@Nullable String dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = referrals.outlinesAfter(after, PAGE, dataSource);
            }
            return !next.isEmpty();
        }

        @Override
        public PathwayFacts next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            var page = java.util.Objects.requireNonNull(next);
            next = null;
            after = page.getLast().id();
            return read(page);
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

        @Override
        public Iterator<PathwayFacts> pages(int size) {
            if (page.size() > size) {
                throw new IllegalArgumentException("a page read from the record is one page");
            }
            return List.<PathwayFacts>of(this).iterator();
        }
    }

    private Computed compute(List<ReferralOutline> page) {
        return calculate(read(page));
    }

    private Read read(List<ReferralOutline> page) {
        var ids = ids(page);
        return new Read(page, contacts.careContactsOf(ids), scores.totalsOf(ids));
    }

    /**
     * The one way outcome rows are worked out, for an event, a rebuild from the record and an import alike: the rules
     * applied to every pathway of one page of facts. Pure: no database.
     */
    private Computed calculate(PathwayFacts page) {
        var outcomes = new ArrayList<PathwayOutcome>();
        var contacts = new ArrayList<CareContact>();
        page.forEach((referral, pathwayContacts, scores) -> {
            outcomes.add(calculator.compute(referral, pathwayContacts, scores));
            contacts.addAll(pathwayContacts);
        });
        return new Computed(List.copyOf(outcomes), List.copyOf(contacts));
    }

    private static Collection<Long> ids(List<ReferralOutline> page) {
        return page.stream().map(ReferralOutline::id).toList();
    }
}
