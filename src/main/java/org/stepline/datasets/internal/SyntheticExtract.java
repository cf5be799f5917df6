package org.stepline.datasets.internal;

import static org.stepline.datasets.internal.ExtractFormat.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic extract of a stepped-care service, streaming one pathway at a time. Each pathway draws from
 * its own random stream, seeded from the seed and its number, so the output is the same for the same seed and
 * number of pathways (the number of practitioners grows with the number of pathways: one per 250).
 * <p>
 * The shape, roughly as national figures go: referrals received over the two years before the extract date;
 * about 12 % never seen, 25 % assessed only and 63 % treated (a tenth of those just once, the rest about seven
 * sessions, roughly weekly); modes by the patient's preference, 60 / 25 / 15 % telephone / face to face / video,
 * with some contacts in another mode, a few in other codes and a few in old codes (03, 06, 08); about 11 % of
 * appointments not attended (mostly DNA), counting those of people never seen, and rebooked; PHQ-9 and GAD-7 at
 * attended contacts following a recovering, stuck, partly improving or deteriorating course (about 45 % of
 * those finishing treatment at caseness recover); some scores before the first contact (no CareContactId), some
 * on the same day as another; follow-ups after discharge; pathways still open at the extract date, some with an
 * appointment booked after it.
 * <p>
 * With the caseload option it also writes every optional column the importer reads, as a service moving its
 * caseload to Stepline would: the referral's practitioner, PlannedCareContIndicator (about 1 % of attended
 * contacts unplanned, {@code N}; the rest {@code Y}) and patients.csv, one row per patient, written by the first
 * pathway that names the patient: a unique valid NHS number derived from the patient number (and the id prefix),
 * invented names, a birth date for an age of 18 to 80 at the extract date, gender identity and ethnic category
 * codes, a postcode-like text, a GP practice code, a mobile in the range kept for drama (07700 9xxxxx), sometimes
 * a landline (0113 496 0xxx), an e-mail address at example.com, voicemail consent, safe times to call, and the
 * pathway's preferred mode. These draw from a random stream of their own, so the rest of the extract is the same
 * byte for byte with or without the option.
 */
public final class SyntheticExtract {

    public record Generated(long pathways, long careContacts, long assessments, long bytes) {}

    private static final LocalDate DEFAULT_EXTRACT_DATE = LocalDate.of(2025, 3, 31);
    private static final String[] PROBLEMS = {
        "F32.1", "F41.1", "F41.2", "F33.1", "F40.1", "F41.0", "F42", "F43.1", "F32.0", "F45.2"
    };
    private static final double[] PROBLEM_WEIGHTS = {0.24, 0.24, 0.20, 0.08, 0.05, 0.04, 0.03, 0.04, 0.02, 0.02};
    private static final String[] OTHER_MODES = {"04", "05", "09", "10", "12", "13", "98"};
    private static final String[] ASSESSED_ONLY_ENDS = {"10", "11", "12", "13", "14"};
    private static final double[] ASSESSED_ONLY_WEIGHTS = {0.15, 0.25, 0.20, 0.25, 0.15};
    private static final String PHQ9 = "720433000";
    private static final String GAD7 = "445455005";
    private static final int MAX_CONTACTS = 80;

    // the caseload option: patients.csv and the optional columns
    private static final byte[] PLANNED = {'Y'};
    private static final byte[] UNPLANNED = {'N'};
    private static final byte[] NONE = {};
    private static final byte[][] GIVEN_NAMES = bytes(
            "Aisha",
            "Amelia",
            "Ben",
            "Chloe",
            "Daniel",
            "Emily",
            "Fatima",
            "George",
            "Grace",
            "Harry",
            "Isla",
            "Jack",
            "Kwame",
            "Leah",
            "Mohammed",
            "Noah",
            "Olivia",
            "Priya",
            "Ryan",
            "Sophie",
            "Thomas",
            "Wei",
            "Yusuf",
            "Zara");
    private static final byte[][] FAMILY_NAMES = bytes(
            "Ahmed",
            "Brown",
            "Chen",
            "Davies",
            "Evans",
            "Green",
            "Hall",
            "Hussain",
            "Jones",
            "Khan",
            "Lewis",
            "Martin",
            "Nowak",
            "Okafor",
            "Patel",
            "Roberts",
            "Singh",
            "Smith",
            "Taylor",
            "Walker",
            "Williams",
            "Wilson",
            "Wright",
            "Young");
    private static final byte[][] GIVEN_LOWER = lower(GIVEN_NAMES);
    private static final byte[][] FAMILY_LOWER = lower(FAMILY_NAMES);
    private static final byte[][] GENDERS = bytes("1", "2", "3", "4", "X", "Z");
    private static final double[] GENDER_WEIGHTS = {0.36, 0.58, 0.02, 0.01, 0.01, 0.02};
    private static final byte[][] ETHNICITIES =
            bytes("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z", "99");
    private static final double[] ETHNICITY_WEIGHTS = {
        0.70, 0.01, 0.05, 0.01, 0.005, 0.01, 0.01, 0.03, 0.025, 0.01, 0.015, 0.01, 0.02, 0.005, 0.005, 0.01, 0.03, 0.02
    };
    private static final byte[][] POSTCODE_AREAS =
            bytes("LS", "BD", "HX", "HD", "WF", "S", "M", "B", "NE", "L", "SK", "YO", "HU", "DN", "NG", "LE");
    private static final byte[] POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GP_PRACTICE = {'B', '8'};
    private static final byte[] MOBILE = "07700 9".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LANDLINE = "0113 496 0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EMAIL_DOMAIN = "@example.com".getBytes(StandardCharsets.US_ASCII);
    private static final byte[][] SAFE_TIMES = bytes(
            "Any time",
            "Weekdays after 5pm",
            "Mornings only",
            "Not on Mondays",
            "Before 10am or after 6pm",
            "Lunchtimes only");
    private static final byte[] YES = {'Y'};
    private static final byte[] NO = {'N'};
    /** NHS numbers: nine digits from here, two for each patient (the second when the first has no check digit). */
    private static final long NHS_NUMBER_BASE = 800_000_000L;

    private static final long NHS_NUMBER_PATIENTS = 100_000_000L;

    private final long seed;
    private final int extractDay;
    private final byte[] pathwayPrefix;
    private final byte[] patientPrefix;
    private final byte[] contactPrefix;
    private final byte[] professionalPrefix;
    private final long nhsNumberOffset;

    public SyntheticExtract(long seed, LocalDate extractDate, String idPrefix) {
        this.seed = seed;
        this.extractDay = (int) extractDate.toEpochDay();
        this.pathwayPrefix = (idPrefix + "P").getBytes(StandardCharsets.US_ASCII);
        this.patientPrefix = (idPrefix + "L").getBytes(StandardCharsets.US_ASCII);
        this.contactPrefix = (idPrefix + "C").getBytes(StandardCharsets.US_ASCII);
        this.professionalPrefix = (idPrefix + "CP").getBytes(StandardCharsets.US_ASCII);
        // extracts of several prefixes in one database get NHS numbers of their own (one block per prefix, 0 without)
        this.nhsNumberOffset =
                idPrefix.isEmpty() ? 0 : Math.floorMod(idPrefix.hashCode() * 7_919L, NHS_NUMBER_PATIENTS);
    }

    public SyntheticExtract(long seed) {
        this(seed, DEFAULT_EXTRACT_DATE, "");
    }

    public static LocalDate defaultExtractDate() {
        return DEFAULT_EXTRACT_DATE;
    }

    /** Writes the three files into {@code directory}; {@code progress} hears about every 100,000 pathways. */
    public Generated write(Path directory, long pathways, java.util.function.LongConsumer progress) throws IOException {
        return write(directory, pathways, false, progress);
    }

    /**
     * Writes the three files into {@code directory}, and with {@code caseload} patients.csv and every optional column
     * too; {@code progress} hears about every 100,000 pathways.
     */
    public Generated write(Path directory, long pathways, boolean caseload, java.util.function.LongConsumer progress)
            throws IOException {
        if (pathways > NHS_NUMBER_PATIENTS) {
            throw new IllegalArgumentException("At most " + NHS_NUMBER_PATIENTS + " pathways");
        }
        Files.createDirectories(directory);
        Path patientsFile = directory.resolve(PATIENTS);
        if (!caseload) {
            Files.deleteIfExists(patientsFile); // a caseload written here before would not match these referrals
        }
        int professionals = (int) Math.max(5, pathways / 250);
        try (var referrals = open(directory.resolve(REFERRALS));
                var contacts = open(directory.resolve(CONTACTS));
                var scores = open(directory.resolve(ASSESSMENTS));
                var patients = caseload ? open(patientsFile) : null) {
            if (caseload) {
                referrals.header(names(REFERRAL_COLUMNS));
                contacts.header(names(CONTACT_COLUMNS));
                patients.header(names(PATIENT_COLUMNS));
            } else {
                referrals.header(names(REFERRAL_COLUMNS.subList(0, R_PRACTITIONER)));
                contacts.header(names(CONTACT_COLUMNS.subList(0, C_PLANNED))); // the optional columns after it: none
            }
            scores.header(names(ASSESSMENT_COLUMNS));
            var pathway = new Pathway(caseload ? new long[(int) ((pathways + 63) / 64)] : null);
            for (long p = 0; p < pathways; p++) {
                pathway.plan(p, professionals);
                pathway.write(referrals, contacts, scores);
                if (caseload) {
                    pathway.writePatient(patients);
                }
                if ((p + 1) % 100_000 == 0) {
                    progress.accept(p + 1);
                }
            }
            return new Generated(
                    referrals.lines(),
                    contacts.lines(),
                    scores.lines(),
                    referrals.bytes() + contacts.bytes() + scores.bytes() + (caseload ? patients.bytes() : 0));
        }
    }

    /** The NHS number of a patient: ten digits, the last the modulus 11 check digit, unique to the patient. */
    long nhsNumber(long patient) {
        long nine = NHS_NUMBER_BASE + 2 * ((patient + nhsNumberOffset) % NHS_NUMBER_PATIENTS);
        int check = checkDigit(nine);
        if (check == 10) {
            // no check digit for these nine: the next nine (last digit odd, so no carry) adds 2 to the sum: valid
            nine++;
            check = checkDigit(nine);
        }
        return nine * 10 + check;
    }

    /** 11 minus the weighted sum (weights 10 down to 2) modulo 11; 11 gives 0, and 10 means none exists. */
    private static int checkDigit(long nine) {
        int sum = 0;
        for (int weight = 2; weight <= 10; weight++) {
            sum += (int) (nine % 10) * weight;
            nine /= 10;
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    private static byte[][] bytes(String... values) {
        var all = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            all[i] = values[i].getBytes(StandardCharsets.US_ASCII);
        }
        return all;
    }

    private static byte[][] lower(byte[][] values) {
        var all = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            all[i] = new String(values[i], StandardCharsets.US_ASCII)
                    .toLowerCase(java.util.Locale.ROOT)
                    .getBytes(StandardCharsets.US_ASCII);
        }
        return all;
    }

    private static int pickWith(SplittableRandom random, double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static AsciiOut open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return new AsciiOut(out);
    }

    private enum Kind {
        NOT_SEEN,
        ASSESSED_ONLY,
        TREATED
    }

    /** One pathway's plan, in reusable arrays: no objects per contact. */
    private final class Pathway {

        private SplittableRandom random;
        private long number;
        private long patient;
        private int received;
        private int discharged;
        private String endCode;
        private String problem;
        private String preferredMode;
        private int practitioner;
        private int assessor;
        private Kind kind;
        private long contactNumber;
        private boolean assessed;

        /** The caseload option: patients already described (a bit per patient number), and its own random stream. */
        private final long @org.jspecify.annotations.Nullable [] described;

        private SplittableRandom details;

        Pathway(long @org.jspecify.annotations.Nullable [] described) {
            this.described = described;
        }

        private int contacts;
        private final int[] day = new int[MAX_CONTACTS];
        private final int[] time = new int[MAX_CONTACTS];
        private final String[] appType = new String[MAX_CONTACTS];
        private final String[] attendance = new String[MAX_CONTACTS];
        private final String[] mode = new String[MAX_CONTACTS];
        private final int[] professional = new int[MAX_CONTACTS];

        // scores
        private int phqStart;
        private int gadStart;
        private double phqTarget;
        private double gadTarget;
        private int scored;
        private boolean early;

        void plan(long p, int professionals) {
            random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + p * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
            number = p;
            patient = p > 10 && random.nextDouble() < 0.08 ? p - 1 - random.nextLong(Math.min(p - 1, 200_000)) : p;
            received = extractDay - 1 - random.nextInt(730);
            problem = random.nextDouble() < 0.06 ? null : PROBLEMS[pick(PROBLEM_WEIGHTS)];
            double m = random.nextDouble();
            preferredMode = m < 0.60 ? "02" : m < 0.85 ? "01" : "11";
            practitioner = random.nextInt(professionals);
            assessor = random.nextDouble() < 0.5 ? practitioner : random.nextInt(professionals);
            double k = random.nextDouble();
            kind = k < 0.12 ? Kind.NOT_SEEN : k < 0.37 ? Kind.ASSESSED_ONLY : Kind.TREATED;
            contacts = 0;
            discharged = Integer.MAX_VALUE;
            endCode = null;
            planScores();
            switch (kind) {
                case NOT_SEEN -> notSeen();
                case ASSESSED_ONLY -> assessedOnly();
                case TREATED -> treated();
            }
            if (discharged > extractDay) {
                discharged = Integer.MAX_VALUE; // still open on the extract date
                endCode = null;
            }
            if (described != null) {
                details = new SplittableRandom(
                        seed * 0xD1B54A32D192ED03L + p * 0x8CB92BA72F3D8DD7L + 0x632BE59BD9B4E019L);
            }
        }

        private void notSeen() {
            if (random.nextDouble() < 0.1) {
                end(received + 3 + random.nextInt(20), "10");
                return;
            }
            int day = received + waitDays(10);
            int attempts = 1 + random.nextInt(2);
            for (int i = 0; i < attempts && day <= extractDay; i++) {
                add(day, "01", random.nextDouble() < 0.7 ? "3" : "2", assessor);
                day += 7 + random.nextInt(14);
            }
            end(day + random.nextInt(14), random.nextDouble() < 0.7 ? "50" : "16");
        }

        private void assessedOnly() {
            int day = assessment(received + waitDays(10));
            if (day > extractDay || !assessed) {
                end(day + random.nextInt(14), "16");
                return;
            }
            if (random.nextDouble() < 0.2) {
                day += 14 + random.nextInt(21);
                add(day, "04", attended(), assessor);
            }
            end(day + random.nextInt(21), ASSESSED_ONLY_ENDS[pick(ASSESSED_ONLY_WEIGHTS)]);
        }

        private void treated() {
            boolean combined = random.nextDouble() < 0.15;
            int day = received + waitDays(10);
            if (!combined) {
                day = assessment(day);
                if (!assessed) {
                    end(day + random.nextInt(14), "16");
                    return;
                }
                day += waitDays(18);
            }
            int planned = random.nextDouble() < 0.10 ? 1 : 2 + Math.min(20, (int) exponential(5.5));
            int done = 0;
            int missedInARow = 0;
            boolean droppedOut = false;
            while (done < planned && day <= extractDay && contacts < MAX_CONTACTS - 2) {
                String type = done == 0 && combined ? "03" : (done > 0 && done % 6 == 0 ? "05" : "02");
                String outcome = attended();
                add(day, type, outcome, practitioner);
                if (outcome.equals("5") || outcome.equals("6")) {
                    done++;
                    missedInARow = 0;
                } else if (++missedInARow == 3 || random.nextDouble() < 0.15) {
                    droppedOut = true;
                    break;
                }
                day += random.nextDouble() < 0.1 ? 14 : 7 + random.nextInt(4) - 1;
            }
            if (day > extractDay && !droppedOut) {
                if (random.nextDouble() < 0.5 && contacts < MAX_CONTACTS) {
                    add(day, "02", "0", practitioner); // booked after the extract date
                }
                return;
            }
            String code = droppedOut || done < planned
                    ? (random.nextDouble() < 0.6 ? "47" : "48")
                    : random.nextDouble() < 0.9 ? "46" : "47";
            end(lastContactDay() + random.nextInt(15), code);
            if (code.equals("46") && random.nextDouble() < 0.12) {
                int followUp = discharged + 60 + random.nextInt(61);
                if (followUp <= extractDay) {
                    add(followUp, "06", attended(), practitioner);
                }
            }
        }

        /** Assessment appointments until one is attended (at most three); returns the day of the last. */
        private int assessment(int day) {
            assessed = false;
            for (int attempt = 0; attempt < 3 && day <= extractDay; attempt++) {
                String outcome = attended();
                add(day, "01", outcome, assessor);
                if (outcome.equals("5") || outcome.equals("6")) {
                    assessed = true;
                    return day;
                }
                day += 7 + random.nextInt(10);
            }
            return day;
        }

        private void add(int day, String type, String outcome, int professional) {
            if (contacts == MAX_CONTACTS) {
                return;
            }
            this.day[contacts] = day;
            this.time[contacts] = random.nextDouble() < 0.01 ? -1 : 8 * 60 + 15 * random.nextInt(44);
            this.appType[contacts] = type;
            this.attendance[contacts] = outcome;
            this.mode[contacts] = contactMode();
            this.professional[contacts] = random.nextDouble() < 0.005 ? -1 : professional;
            contacts++;
        }

        private String contactMode() {
            String code;
            if (random.nextDouble() < 0.85) {
                code = preferredMode;
            } else {
                double v = random.nextDouble();
                code = v < 0.45
                        ? "02"
                        : v < 0.75 ? "01" : v < 0.93 ? "11" : OTHER_MODES[random.nextInt(OTHER_MODES.length)];
            }
            return switch (code) {
                case "11" -> random.nextDouble() < 0.03 ? "03" : code;
                case "09" -> random.nextDouble() < 0.25 ? "06" : code;
                case "10" -> random.nextDouble() < 0.25 ? "08" : code;
                default -> code;
            };
        }

        /** 5 attended 90.5 %, 6 late but seen 2 %, 3 DNA 5.5 %, 2 cancelled by patient 1.2 %, 4 by service 0.5 %, 7 0.3 %. */
        private String attended() {
            double a = random.nextDouble();
            return a < 0.905 ? "5" : a < 0.925 ? "6" : a < 0.980 ? "3" : a < 0.992 ? "2" : a < 0.997 ? "4" : "7";
        }

        private void end(int day, String code) {
            discharged = Math.max(day, contacts == 0 ? received : lastContactDay());
            endCode = code;
        }

        private int lastContactDay() {
            return contacts == 0 ? received : day[contacts - 1];
        }

        private int waitDays(double meanDays) {
            return 1 + Math.min(200, (int) exponential(meanDays));
        }

        private double exponential(double mean) {
            return -mean * Math.log(1 - random.nextDouble());
        }

        private int pick(double[] weights) {
            double u = random.nextDouble();
            for (int i = 0; i < weights.length - 1; i++) {
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        /** Baseline severity and the course: recovering 62 %, stuck 25 %, partly improving 8 %, deteriorating 5 %. */
        private void planScores() {
            if (random.nextDouble() < 0.06) {
                phqStart = 2 + random.nextInt(8);
                gadStart = 1 + random.nextInt(7);
            } else {
                phqStart = clamp(Math.round(random.nextGaussian(15, 5.5)), 27);
                gadStart = clamp(Math.round(0.7 * phqStart + random.nextGaussian(2.5, 3)), 21);
            }
            double course = random.nextDouble();
            if (course < 0.62) {
                phqTarget = random.nextGaussian(4, 2.5);
                gadTarget = random.nextGaussian(3.5, 2.5);
            } else if (course < 0.87) {
                phqTarget = phqStart + random.nextGaussian(0, 1.5);
                gadTarget = gadStart + random.nextGaussian(0, 1.5);
            } else if (course < 0.95) {
                phqTarget = phqStart - 5;
                gadTarget = gadStart - 4;
            } else {
                phqTarget = phqStart + 6;
                gadTarget = gadStart + 5;
            }
            early = random.nextDouble() < 0.08;
        }

        private int score(int start, double target, int max, int session) {
            double expected = target + (start - target) * Math.exp(-0.45 * session);
            return clamp(Math.round(expected + random.nextGaussian(0, 1.4)), max);
        }

        private static int clamp(long value, int max) {
            return (int) Math.max(0, Math.min(max, value));
        }

        void write(AsciiOut referrals, AsciiOut contactsOut, AsciiOut scores) throws IOException {
            referrals
                    .id(pathwayPrefix, number + 1, 8)
                    .id(patientPrefix, patient + 1, 8)
                    .date(received);
            if (discharged == Integer.MAX_VALUE) {
                referrals.empty().empty();
            } else {
                referrals.date(discharged).text(endCode);
            }
            if (problem == null) {
                referrals.empty();
            } else {
                referrals.text(problem);
            }
            if (described != null) {
                referrals.id(professionalPrefix, practitioner + 1, 5);
            }
            referrals.endLine();
            scored = 0;
            if (early && contacts > 0) {
                int day = received + random.nextInt(Math.max(1, this.day[0] - received));
                scoreRow(scores, -1, day, random.nextDouble() < 0.5 ? -1 : 9 * 60 + random.nextInt(600));
            }
            for (int c = 0; c < contacts; c++) {
                long contactId = ++contactNumber + number * 100;
                contactsOut
                        .id(pathwayPrefix, number + 1, 8)
                        .id(contactPrefix, contactId, 11)
                        .date(day[c]);
                if (time[c] < 0) {
                    contactsOut.empty();
                } else {
                    contactsOut.time(time[c]);
                }
                boolean seen = attendance[c].equals("5") || attendance[c].equals("6");
                contactsOut.text(appType[c]).text(attendance[c]).text(mode[c]);
                if (seen) {
                    contactsOut.number(duration(c));
                } else {
                    contactsOut.empty();
                }
                if (professional[c] < 0) {
                    contactsOut.empty();
                } else {
                    contactsOut.id(professionalPrefix, professional[c] + 1, 5);
                }
                if (described != null) { // unplanned: a contact the patient initiated, so one that took place
                    contactsOut.text(seen && details.nextDouble() < 0.011 ? UNPLANNED : PLANNED);
                }
                contactsOut.endLine();
                if (seen && random.nextDouble() < 0.96) {
                    int scoreTime = time[c] < 0 || random.nextDouble() < 0.03 ? -1 : time[c];
                    scoreRow(scores, contactId, day[c], scoreTime);
                }
            }
            contactNumber = 0;
        }

        /** The patient's row in patients.csv, when this is the first pathway to name them. */
        void writePatient(AsciiOut patients) throws IOException {
            int word = (int) (patient >>> 6);
            long bit = 1L << (patient & 63);
            if ((described[word] & bit) != 0) {
                return;
            }
            described[word] |= bit;
            SplittableRandom r = details;
            int given = r.nextInt(GIVEN_NAMES.length);
            int family = r.nextInt(FAMILY_NAMES.length);
            patients.id(patientPrefix, patient + 1, 8)
                    .id(NONE, nhsNumber(patient), 10)
                    .text(GIVEN_NAMES[given])
                    .text(FAMILY_NAMES[family])
                    .date(extractDay - (18 * 365 + 5) - r.nextInt(62 * 365 + 15))
                    .text(GENDERS[pickWith(r, GENDER_WEIGHTS)])
                    .text(ETHNICITIES[pickWith(r, ETHNICITY_WEIGHTS)]);
            patients.text(POSTCODE_AREAS[r.nextInt(POSTCODE_AREAS.length)])
                    .then(1 + r.nextInt(20))
                    .then(' ')
                    .then(r.nextInt(10))
                    .then((char) POSTCODE_LETTERS[r.nextInt(POSTCODE_LETTERS.length)])
                    .then((char) POSTCODE_LETTERS[r.nextInt(POSTCODE_LETTERS.length)]);
            patients.id(GP_PRACTICE, 1001 + r.nextInt(400), 4);
            patients.id(MOBILE, r.nextInt(100_000), 5);
            if (r.nextDouble() < 0.3) {
                patients.id(LANDLINE, r.nextInt(1000), 3);
            } else {
                patients.empty();
            }
            if (r.nextDouble() < 0.85) {
                patients.text(GIVEN_LOWER[given])
                        .then('.')
                        .then(FAMILY_LOWER[family])
                        .then(patient + 1)
                        .then(EMAIL_DOMAIN);
            } else {
                patients.empty();
            }
            patients.text(r.nextDouble() < 0.75 ? YES : NO)
                    .text(SAFE_TIMES[r.nextInt(SAFE_TIMES.length)])
                    .text(preferredMode);
            patients.endLine();
        }

        private int duration(int c) {
            int base = switch (mode[c]) {
                case "01" -> 50;
                case "11", "03" -> 45;
                case "02" -> 30;
                default -> 20;
            };
            if (appType[c].equals("01")) {
                base += 15;
            }
            return Math.max(5, base + random.nextInt(21) - 10);
        }

        private void scoreRow(AsciiOut scores, long contactId, int day, int time) throws IOException {
            int session = scored++;
            if (random.nextDouble() < 0.98) {
                int phq = score(phqStart, phqTarget, 27, session);
                scoreLine(scores, contactId, PHQ9, phq, day, time);
                if (random.nextDouble() < 0.007) { // a second PHQ-9 the same day
                    int later = time < 0 ? -1 : Math.min(23 * 60 + 59, time + random.nextInt(31));
                    scoreLine(scores, contactId, PHQ9, clamp(phq + random.nextInt(5) - 2, 27), day, later);
                }
            }
            if (random.nextDouble() < 0.98) {
                scoreLine(scores, contactId, GAD7, score(gadStart, gadTarget, 21, session), day, time);
            }
        }

        private void scoreLine(AsciiOut scores, long contactId, String tool, int score, int day, int time)
                throws IOException {
            scores.id(pathwayPrefix, number + 1, 8);
            if (contactId < 0) {
                scores.empty();
            } else {
                scores.id(contactPrefix, contactId, 11);
            }
            scores.text(tool).number(score).date(day);
            if (time < 0) {
                scores.empty();
            } else {
                scores.time(time);
            }
            scores.endLine();
        }
    }
}
