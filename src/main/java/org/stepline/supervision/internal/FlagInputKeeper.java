package org.stepline.supervision.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stepline.measures.ScoreHistory;
import org.stepline.scheduling.ContactHistory;
import org.stepline.shared.ServiceTime;

/**
 * Keeps {@code supervision_flag_input} current, the way outcomes keeps {@code pathway_outcome}: one code path works
 * a row out from the record (contacts summed up by scheduling, score summaries from measures); a change recomputes
 * its referral's row in the changing transaction; a referral without a row is worked out when it is first needed.
 * That last covers new referrals and everything written in bulk without events (the demo seeder, dataset imports),
 * and makes forgetting every row a complete rebuild.
 */
@Service
public class FlagInputKeeper {

    private final ContactHistory contacts;
    private final ScoreHistory scores;
    private final FlagInputStore store;

    FlagInputKeeper(ContactHistory contacts, ScoreHistory scores, FlagInputStore store) {
        this.contacts = contacts;
        this.scores = scores;
        this.store = store;
    }

    /** The flag inputs of these referrals, by referral id: the kept rows, and any missing worked out and kept. */
    public Map<Long, FlagInputs> inputsOf(Collection<Long> referralIds) {
        var found = store.find(referralIds);
        var missing = referralIds.stream()
                .filter(id -> !found.containsKey(id))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            var computed = compute(missing);
            store.addMissing(computed);
            computed.forEach(row -> found.put(row.referralId(), row));
        }
        return found;
    }

    /**
     * Recomputes one referral's row inside the caller's transaction, behind a savepoint: should this fail, only the
     * row's change is undone, never the clinical change that caused it.
     */
    @Transactional(propagation = Propagation.NESTED)
    public void recompute(long referralId) {
        store.lock(referralId);
        store.replace(compute(List.of(referralId)));
    }

    /**
     * Forgets every kept row, each worked out again from the record when next needed; returns how many. In a
     * transaction of its own, so that a listener may call it after its publisher's transaction has committed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int rebuild() {
        return store.forgetAll();
    }

    /** Works rows out from the record: two batched reads, whatever the number of referrals. */
    List<FlagInputs> compute(List<Long> referralIds) {
        var summaries = scores.summariesFor(referralIds);
        var tallies = contacts.talliesOf(referralIds);
        List<FlagInputs> rows = new ArrayList<>(referralIds.size());
        for (long id : referralIds) {
            var tally = tallies.get(id);
            var facts = tally == null
                    ? FlagRules.ContactFacts.NONE
                    : new FlagRules.ContactFacts(
                            tally.lastAttended() == null ? null : ServiceTime.dateOf(tally.lastAttended()),
                            tally.treatmentSessions(),
                            tally.missedSinceLastAttended());
            var scored = summaries.getOrDefault(id, List.of());
            scored.stream()
                    .filter(s -> !FlagInputStore.INSTRUMENTS.contains(s.instrumentId()))
                    .findAny()
                    .ifPresent(s -> {
                        throw new IllegalStateException("Supervision keeps no columns for " + s.instrumentId()
                                + " scores: add them to supervision_flag_input");
                    });
            rows.add(new FlagInputs(id, facts, scored));
        }
        return rows;
    }
}
