package org.stepline.datasets.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.stepline.measures.ScoreTotal;
import org.stepline.outcomes.PathwayFacts;
import org.stepline.referrals.ReferralOutline;
import org.stepline.scheduling.CareContact;
import org.stepline.shared.ServiceTime;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.sql.LocalTimes;

/**
 * What the outcome rules need of every imported pathway, kept while the extract is written so that the outcome rows
 * are computed without reading 23 million rows back (see {@link PathwayFacts}). Laid out by pathway as it is
 * filled: the check counted each pathway's contacts and assessments, so each row goes straight to its pathway's
 * block (a counting sort in one pass), in file order within it. Compact by design: about 11 bytes per contact and
 * 14 per assessment in plain arrays, no objects until a pathway is handed over.
 * <p>
 * The values are those the writer puts in the record (ids, the mapped ConsMechanism, the local date and time read
 * in the service's time zone, as PostgreSQL reads them), so that the rows equal a rebuild from the record; a test
 * holds the two side by side.
 */
final class ImportedPathways implements PathwayFacts {

    private final CheckedExtract extract;
    private final ExtractWriter.Targets targets;

    private final int[] contactStart;
    private int[] scoreStart;
    private long firstAdministrationId;
    private int[] contactNext;
    private int[] contactNumber;
    private int[] contactMinute;
    private byte[] contactType;
    private byte[] contactAttendance;
    private byte[] contactMode;

    private int[] scoreNext;
    private int[] scoreRow;
    private int[] scoreMinute;
    private short[] scoreTool;
    private int[] scoreTotal;
    private final KeyIndex tools = new KeyIndex();
    private final List<String> toolInstruments = new ArrayList<>();

    private final short[] problemOf;
    private final short[] endCodeOf;
    private final KeyIndex problems = new KeyIndex();
    private final KeyIndex endCodes = new KeyIndex();
    private final LocalTimes times = new LocalTimes(ServiceTime.ZONE);

    /** Bytes the contacts and scores may take; beyond it (or when the heap has no room) nothing more is kept. */
    private final long room;

    private long taken;
    private boolean complete = true;

    ImportedPathways(CheckedExtract extract, ExtractWriter.Targets targets, long room) {
        this.extract = extract;
        this.targets = targets;
        this.room = room;
        int pathways = extract.pathways.size();
        contactStart = starts(extract.contactsOf, pathways);
        problemOf = new short[pathways];
        endCodeOf = new short[pathways];
    }

    /**
     * False when there was no room to keep everything (an extract larger than the heap allows): the caller then has
     * the outcome rows read back from the record, slower but the same.
     */
    boolean complete() {
        return complete;
    }

    /** Makes room for the contacts, once the heap has room for them (see {@link ExtractWriter#assessmentsAndContacts}). */
    void keepContacts() {
        int pathways = problemOf.length;
        int contacts = contactStart[pathways];
        if (!roomFor(11L * contacts + 4L * pathways)) {
            return;
        }
        try {
            contactNext = java.util.Arrays.copyOf(contactStart, pathways);
            contactNumber = new int[contacts];
            contactMinute = new int[contacts];
            contactType = new byte[contacts];
            contactAttendance = new byte[contacts];
            contactMode = new byte[contacts];
        } catch (OutOfMemoryError e) { // a failed allocation of a large array leaves the heap as it was
            giveUp();
        }
    }

    void keepScores(long firstAdministrationId) {
        this.firstAdministrationId = firstAdministrationId;
        int pathways = problemOf.length;
        int[] starts = starts(extract.assessmentsOf, pathways);
        int scores = starts[pathways];
        if (!roomFor(14L * scores + 8L * pathways)) {
            return;
        }
        try {
            scoreStart = starts;
            scoreNext = java.util.Arrays.copyOf(scoreStart, pathways);
            scoreRow = new int[scores];
            scoreMinute = new int[scores];
            scoreTool = new short[scores];
            scoreTotal = new int[scores];
        } catch (OutOfMemoryError e) {
            giveUp();
        }
    }

    private boolean roomFor(long bytes) {
        taken += bytes;
        if (complete && taken > room) {
            giveUp();
        }
        return complete;
    }

    private void giveUp() {
        complete = false;
        contactNext = contactNumber = contactMinute = null;
        contactType = contactAttendance = contactMode = null;
        scoreStart = scoreNext = scoreRow = scoreMinute = scoreTotal = null;
        scoreTool = null;
    }

    /** Where each pathway's block begins, and the total at the end. */
    private static int[] starts(IntArray counts, int pathways) {
        int[] starts = new int[pathways + 1];
        for (int i = 0; i < pathways; i++) {
            starts[i + 1] = starts[i] + counts.get(i);
        }
        return starts;
    }

    /** The presenting problem and end code as written (canonical), each null when not given. */
    void referral(int pathway, @Nullable String problem, @Nullable String endCode) {
        problemOf[pathway] = code(problems, problem);
        endCodeOf[pathway] = code(endCodes, endCode);
    }

    /** A short code list's number of an optional value, 0 when empty. */
    private static short code(KeyIndex codes, @Nullable String value) {
        if (value == null) {
            return 0;
        }
        int code = codes.add(value);
        int number = (code >= 0 ? code : -code - 1) + 1;
        if (number > Short.MAX_VALUE) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " different codes in one column");
        }
        return (short) number;
    }

    /** Marks an unplanned contact in its attendance byte (attendance codes number far fewer than 64). */
    private static final int UNPLANNED = 0x40;

    void contact(
            int pathway,
            int contact,
            int epochDay,
            int minutes,
            int type,
            int attendance,
            int mode,
            boolean unplanned) {
        if (!complete) {
            return;
        }
        int at = contactNext[pathway]++;
        contactNumber[at] = contact;
        contactMinute[at] = minuteOf(epochDay, minutes);
        contactType[at] = (byte) type;
        contactAttendance[at] = (byte) (unplanned ? attendance | UNPLANNED : attendance);
        contactMode[at] = (byte) mode;
    }

    void score(
            int pathway,
            int row,
            int epochDay,
            int minutes,
            Row tool,
            int toolColumn,
            @Nullable String instrumentId,
            int total) {
        if (!complete) {
            return;
        }
        int at = scoreNext[pathway]++;
        scoreRow[at] = row;
        scoreMinute[at] = minuteOf(epochDay, minutes);
        scoreTotal[at] = total;
        int code = tools.add(tool.bytes(toolColumn), tool.offset(toolColumn), tool.length(toolColumn));
        if (code >= 0) { // the record's instrument: the catalogue's id, else the code as given (as the writer does)
            toolInstruments.add(instrumentId != null ? instrumentId : tools.key(code));
        }
        int number = code >= 0 ? code : -code - 1;
        if (number > Short.MAX_VALUE) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " different assessment tools");
        }
        scoreTool[at] = (short) number;
    }

    /** Minutes since 1970-01-01 00:00 local time: an int holds every date from 1900 to 2099. */
    static int minuteOf(int epochDay, int minutes) {
        return epochDay * 1440 + minutes;
    }

    /** The referrals' ids are a block reserved for this import alone ({@link org.stepline.shared.sql.IdBlocks}). */
    @Override
    public Ids referralIds() {
        return problemOf.length == 0
                ? Ids.NONE
                : new Ids(targets.firstReferralId(), targets.firstReferralId() + problemOf.length - 1);
    }

    @Override
    public void forEach(Visitor visitor) {
        forEach(0, problemOf.length, visitor);
    }

    @Override
    public Iterator<PathwayFacts> pages(int size) {
        return pages(0, problemOf.length, size);
    }

    private Iterator<PathwayFacts> pages(int from, int to, int size) {
        return IntStream.iterate(from, start -> start < to, start -> start + size)
                .mapToObj(start -> (PathwayFacts) new Page(start, Math.min(to, start + size)))
                .iterator();
    }

    /** The pathways numbered {@code from} (included) to {@code to} (excluded). */
    private final class Page implements PathwayFacts {

        private final int from;
        private final int to;

        Page(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public void forEach(Visitor visitor) {
            ImportedPathways.this.forEach(from, to, visitor);
        }

        @Override
        public Iterator<PathwayFacts> pages(int size) {
            return ImportedPathways.this.pages(from, to, size);
        }

        @Override
        public Ids referralIds() {
            return new Ids(targets.firstReferralId() + from, targets.firstReferralId() + to - 1);
        }
    }

    private void forEach(int from, int to, Visitor visitor) {
        var contacts = new ArrayList<CareContact>();
        var scores = new ArrayList<ScoreTotal>();
        for (int pathway = from; pathway < to; pathway++) {
            long referralId = targets.firstReferralId() + pathway;
            contacts.clear();
            for (int at = contactStart[pathway]; at < contactStart[pathway + 1]; at++) {
                var attendance = ExtractCodes.ATTENDANCES[contactAttendance[at] & ~UNPLANNED];
                if (attendance != Attendance.NOT_YET) { // the record's care contacts are those with an outcome
                    contacts.add(new CareContact(
                            targets.firstAppointmentId() + contactNumber[at],
                            referralId,
                            instant(times, contactMinute[at]),
                            ExtractCodes.APP_TYPES[contactType[at]],
                            attendance,
                            ExtractCodes.MODES[contactMode[at]],
                            (contactAttendance[at] & UNPLANNED) != 0));
                }
            }
            scores.clear();
            for (int at = scoreStart[pathway]; at < scoreStart[pathway + 1]; at++) {
                scores.add(new ScoreTotal(
                        firstAdministrationId + scoreRow[at],
                        referralId,
                        toolInstruments.get(scoreTool[at]),
                        tools.key(scoreTool[at]),
                        scoreTotal[at],
                        instant(times, scoreMinute[at])));
            }
            visitor.pathway(outline(pathway, referralId), contacts, scores);
        }
    }

    private ReferralOutline outline(int pathway, long referralId) {
        int discharged = extract.discharged.get(pathway);
        return new ReferralOutline(
                referralId,
                extract.pathways.key(pathway),
                targets.teamId(),
                null,
                0,
                Fields.localDate(extract.received.get(pathway)),
                discharged == CheckedExtract.NONE ? null : Fields.localDate(discharged),
                text(endCodes, endCodeOf[pathway]),
                text(problems, problemOf[pathway]),
                targets.source());
    }

    private static @Nullable String text(KeyIndex codes, short number) {
        return number == 0 ? null : codes.key(number - 1);
    }

    /** The instant PostgreSQL stores for a local date-time read in the service's zone ({@link LocalTimes}). */
    static Instant instant(int localMinute) {
        return instant(new LocalTimes(ServiceTime.ZONE), localMinute);
    }

    private static Instant instant(LocalTimes times, int localMinute) {
        return Instant.ofEpochSecond(
                times.epochSecond(Math.floorDiv(localMinute, 1440), Math.floorMod(localMinute, 1440) * 60));
    }
}
