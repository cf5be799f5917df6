package org.stepline.datasets.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What checking an extract learnt, kept for writing it: every key numbered in file order (so that a pathway's,
 * patient's or contact's database id is a reserved first id plus its number), and per pathway the dates its stage
 * is worked out from. Compact by design: ints per row, no objects.
 */
final class CheckedExtract {

    static final int NONE = Integer.MAX_VALUE;

    final Path directory;
    final KeyIndex pathways = new KeyIndex();
    IntArray pathwayLine = new IntArray();
    final IntArray patientOf = new IntArray();
    final IntArray received = new IntArray();
    final IntArray discharged = new IntArray();
    final IntArray firstAttended = new IntArray();
    final IntArray firstTreatment = new IntArray();
    /** Rows per pathway in care_contacts.csv and coded_scored_assessments.csv. */
    final IntArray contactsOf = new IntArray();

    final IntArray assessmentsOf = new IntArray();

    final KeyIndex patients = new KeyIndex();
    IntArray patientLine = new IntArray();

    KeyIndex contacts = new KeyIndex();
    IntArray contactPathway = new IntArray();
    IntArray contactLine = new IntArray();

    /** Per assessment row, its pathway's and its contact's number (-1: none), so writing looks nothing up. */
    IntArray assessmentPathway = new IntArray();

    IntArray assessmentContact = new IntArray();

    /** Pathways whose referrals.csv row gives a PresentingProblem. */
    final java.util.BitSet problemInReferrals = new java.util.BitSet();
    /** Per pathway with rows in presenting_complaints.csv, the complaint NHS England's ranking chooses. */
    final Map<Integer, org.stepline.shared.codes.PresentingComplaint> chosenComplaint = new java.util.HashMap<>();

    boolean complaintsGiven;
    long complaintRows;

    /** Whether patients.csv was given; which patients it describes; their NHS numbers, each with its line. */
    boolean patientsGiven;

    final java.util.BitSet patientDescribed = new java.util.BitSet();
    final KeyIndex nhsNumbers = new KeyIndex();
    final IntArray nhsNumberLine = new IntArray();
    final IntArray nhsNumberPatient = new IntArray();
    long patientRows;

    final KeyIndex professionals = new KeyIndex();
    boolean contactWithoutProfessional;

    long referralRows;
    long contactRows;
    long assessmentRows;
    final long[] oldModes = new long[ExtractCodes.OLD_MODES.size()];
    final Map<String, List<String>> unknownColumns = new LinkedHashMap<>();
    /** Per "file column", how many coded values were given in another form than the one stored. */
    private final Map<String, Long> normalised = new LinkedHashMap<>();

    CheckedExtract(Path directory) {
        this.directory = directory;
    }

    /**
     * Once every check is done, the lines of keys (for problems) and the contacts' keys (for checking the
     * assessments) are no longer needed: over 300 MB at national volume, which the import's heap cap wants back.
     */
    void forgetWhatOnlyChecksNeed() {
        pathwayLine = null;
        patientLine = null;
        contactLine = null;
        contacts = null;
    }

    /** Once the assessments are written. */
    void forgetAssessmentRows() {
        assessmentPathway = null;
        assessmentContact = null;
    }

    /** The referrals are checked on one thread, the other files on another, one after the other. */
    synchronized void normalised(String file, String column) {
        normalised.merge(file + " " + column, 1L, Long::sum);
    }

    synchronized Map<String, Long> normalisedCodes() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(normalised));
    }

    long rows() {
        return referralRows + contactRows + assessmentRows;
    }

    /** "03→11: 12, 08→10: 3", or empty when no old code was met. */
    Map<String, Long> mappedCodes() {
        var mapped = new LinkedHashMap<String, Long>();
        for (int i = 0; i < oldModes.length; i++) {
            if (oldModes[i] > 0) {
                mapped.put(
                        ExtractCodes.OLD_MODES.get(i) + "→"
                                + ExtractCodes.OLD_MODES_NOW.get(i).code(),
                        oldModes[i]);
            }
        }
        return mapped;
    }
}
