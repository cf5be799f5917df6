package org.stepline.demo;

import java.util.List;
import org.stepline.demo.Dice.Weighted;
import org.stepline.shared.codes.ConsultationMechanism;

/** The words and proportions the demo service is made of: names, places, sources, problems and notes. */
final class DemoVocabulary {

    private DemoVocabulary() {}

    static final List<String> TEAM_NAMES = List.of(
            "Riverside",
            "Northgate",
            "Southfields",
            "Eastbrook",
            "Westmoor",
            "Hillcrest",
            "Meadowbank",
            "Fairfield",
            "Oakwood",
            "Ashby",
            "Kingsmead",
            "Lowfield");

    static final List<String> POSTCODE_AREAS = List.of("LS", "BD", "HX", "WF", "HD", "YO", "HG", "DN");

    /** Letters used in the inward part of a UK postcode (never C, I, K, M, O or V). */
    static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** Given and family names that go together, so that a patient's name fits their recorded ethnicity. */
    record NamePool(List<String> female, List<String> male, List<String> family) {}

    static final NamePool BRITISH = new NamePool(
            List.of(
                    "Olivia",
                    "Amelia",
                    "Isla",
                    "Ava",
                    "Emily",
                    "Sophie",
                    "Grace",
                    "Poppy",
                    "Ella",
                    "Lily",
                    "Evie",
                    "Chloe",
                    "Jessica",
                    "Sarah",
                    "Emma",
                    "Rebecca",
                    "Laura",
                    "Hannah",
                    "Rachel",
                    "Claire",
                    "Helen",
                    "Nicola",
                    "Joanne",
                    "Karen",
                    "Susan",
                    "Julie",
                    "Amanda",
                    "Lisa",
                    "Michelle",
                    "Kelly",
                    "Gemma",
                    "Zoe",
                    "Siobhan",
                    "Niamh",
                    "Margaret",
                    "Patricia",
                    "Janet",
                    "Carol"),
            List.of(
                    "Oliver",
                    "George",
                    "Harry",
                    "Noah",
                    "Jack",
                    "Leo",
                    "Oscar",
                    "Charlie",
                    "Jacob",
                    "Thomas",
                    "James",
                    "William",
                    "Daniel",
                    "Matthew",
                    "David",
                    "Andrew",
                    "Mark",
                    "Paul",
                    "Richard",
                    "Stephen",
                    "Christopher",
                    "Michael",
                    "Robert",
                    "Gary",
                    "Lee",
                    "Craig",
                    "Darren",
                    "Ryan",
                    "Liam",
                    "Connor",
                    "Declan",
                    "Ciaran",
                    "Brian",
                    "Keith",
                    "Graham",
                    "Colin",
                    "Dennis",
                    "Trevor"),
            List.of(
                    "Smith",
                    "Jones",
                    "Taylor",
                    "Brown",
                    "Williams",
                    "Wilson",
                    "Johnson",
                    "Davies",
                    "Robinson",
                    "Wright",
                    "Thompson",
                    "Evans",
                    "Walker",
                    "White",
                    "Roberts",
                    "Green",
                    "Hall",
                    "Wood",
                    "Jackson",
                    "Clarke",
                    "Murphy",
                    "O'Brien",
                    "Kelly",
                    "Byrne",
                    "Hughes",
                    "Edwards",
                    "Lewis",
                    "Harris",
                    "Martin",
                    "Cooper",
                    "King",
                    "Lee",
                    "Baker",
                    "Hill",
                    "Moore",
                    "Turner",
                    "Parker",
                    "Ward",
                    "Morris",
                    "Cook",
                    "Bell",
                    "Bailey",
                    "Richardson",
                    "Cox",
                    "Marshall",
                    "Fletcher",
                    "Holmes",
                    "Barker",
                    "Sutcliffe",
                    "Ackroyd",
                    "Haigh",
                    "Brook",
                    "Crowther",
                    "Firth",
                    "Hirst",
                    "Lockwood"));

    static final NamePool SOUTH_ASIAN = new NamePool(
            List.of(
                    "Aisha", "Fatima", "Priya", "Ananya", "Sana", "Amina", "Zainab", "Maryam", "Nadia", "Aaliyah",
                    "Simran", "Anjali", "Ayesha", "Hafsa", "Sabrina"),
            List.of(
                    "Mohammed",
                    "Ahmed",
                    "Imran",
                    "Bilal",
                    "Arjun",
                    "Rahul",
                    "Sanjay",
                    "Hamza",
                    "Yusuf",
                    "Omar",
                    "Zain",
                    "Ravi",
                    "Amir",
                    "Faisal",
                    "Harpreet"),
            List.of(
                    "Patel",
                    "Khan",
                    "Hussain",
                    "Ahmed",
                    "Ali",
                    "Begum",
                    "Shah",
                    "Sharma",
                    "Singh",
                    "Kaur",
                    "Mistry",
                    "Iqbal",
                    "Akhtar",
                    "Rahman",
                    "Chowdhury",
                    "Mahmood"));

    static final NamePool BLACK_BRITISH = new NamePool(
            List.of(
                    "Chioma",
                    "Ngozi",
                    "Abena",
                    "Keisha",
                    "Shanice",
                    "Amara",
                    "Adaeze",
                    "Tiana",
                    "Grace",
                    "Precious",
                    "Jade",
                    "Esther"),
            List.of(
                    "Kwame",
                    "Chinedu",
                    "Tunde",
                    "Marcus",
                    "Jerome",
                    "Kofi",
                    "Emmanuel",
                    "Samuel",
                    "Tyrone",
                    "Daniel",
                    "Joshua",
                    "Femi"),
            List.of(
                    "Okafor",
                    "Mensah",
                    "Adeyemi",
                    "Campbell",
                    "Francis",
                    "Boateng",
                    "Okonkwo",
                    "Asante",
                    "Williams",
                    "Brown",
                    "Clarke",
                    "Thomas"));

    static final NamePool EAST_ASIAN = new NamePool(
            List.of("Mei", "Lin", "Xin", "Hui", "Yan", "Jing"),
            List.of("Wei", "Jun", "Hao", "Ming", "Jian", "Tao"),
            List.of("Chen", "Wong", "Li", "Zhang", "Liu", "Wang", "Ng", "Cheung"));

    static final NamePool EAST_EUROPEAN = new NamePool(
            List.of("Agnieszka", "Katarzyna", "Ioana", "Elena", "Anna", "Monika", "Ewa", "Andreea"),
            List.of("Piotr", "Tomasz", "Andrei", "Marek", "Pawel", "Mihai", "Jakub", "Lukas"),
            List.of("Kowalski", "Nowak", "Popescu", "Wisniewski", "Lewandowski", "Ionescu", "Kaminski", "Horvat"));

    static final List<NamePool> NAME_POOLS = List.of(BRITISH, SOUTH_ASIAN, BLACK_BRITISH, EAST_ASIAN, EAST_EUROPEAN);

    static final List<String> PRACTICE_NAMES = List.of(
            "Park View Surgery",
            "Elm Tree Medical Centre",
            "Riverside Health Centre",
            "The Grove Medical Practice",
            "Station Road Surgery",
            "Hillside Family Practice",
            "Market Street Medical Centre",
            "Oakwood Surgery",
            "Church Lane Practice",
            "Meadowbank Health Centre",
            "Beech House Surgery",
            "Millbrook Medical Group",
            "Kirkgate Surgery",
            "Valley Road Practice",
            "The Old Mill Surgery",
            "Southside Medical Centre");

    static final Weighted<String> REFERRAL_SOURCE =
            Weighted.of("B1", 50, "A1", 33, "A3", 4, "H1", 4, "P1", 3, "C1", 2, "B2", 2, "D1", 2);

    static final Weighted<String> STEP2_PROBLEM = Weighted.of(
            "F41.1", 24, "F32", 22, "F41.2", 24, "F41.0", 7, "F45.2", 5, "F43.2", 6, "F40.2", 4, "F33", 4, "F40.1", 4);

    static final Weighted<String> STEP3_PROBLEM = Weighted.of(
            "F33", 15, "F32", 14, "F43.1", 15, "F42", 10, "F40.1", 10, "F41.1", 10, "F41.0", 8, "F45.2", 7, "F40.0", 5,
            "F41.2", 6);

    static final Weighted<String> GENDER = Weighted.of("2", 63, "1", 34, "3", 1.5, "Z", 1.5);

    static final Weighted<String> ETHNICITY = Weighted.of(
            "A", 74, "B", 1, "C", 5, "D", 1, "E", 0.5, "F", 1, "G", 0.5, "H", 3, "J", 3.5, "K", 1, "L", 1, "M", 1.5,
            "N", 2, "P", 0.5, "R", 1, "S", 1, "Z", 3, "99", 0.5);

    /** Every mode carries the same weight in Stepline; these are only how often each is used. */
    static final Weighted<ConsultationMechanism> MODE = Weighted.of(
            ConsultationMechanism.TELEPHONE,
            60,
            ConsultationMechanism.FACE_TO_FACE,
            25,
            ConsultationMechanism.VIDEO,
            15);

    static final Weighted<String> NOT_SUITABLE_END_CODE = Weighted.of("10", 2, "11", 6, "12", 5, "13", 4, "14", 3);

    static final List<String> SAFE_CALL_TIMES = List.of(
            "Any time",
            "Weekdays before 12:00",
            "After 17:00 only",
            "Not between 09:00 and 15:00 (at work)",
            "Mornings",
            "Lunchtimes, 12:00 to 14:00",
            "Not on Wednesdays (childcare)",
            "Afternoons only");

    static final List<String> REMOTE_LOCATIONS = List.of(
            "Home",
            "Home",
            "Home",
            "Home",
            "Home (bedroom)",
            "Work (private room)",
            "Car, parked",
            "Family member's home");

    static final List<String> STEP2_NOTES = List.of(
            "Guided self-help: behavioural activation. Activity diary reviewed; two small goals set for the week.",
            "Guided self-help: worry management. Worry time practised; agreed to keep the worry diary.",
            "Guided self-help: cognitive restructuring. Worked through a thought record together.",
            "Guided self-help: sleep hygiene and routine. Sleep diary reviewed.",
            "Guided self-help: graded exposure. Hierarchy agreed; first step planned.",
            "Guided self-help: problem solving. Chose one problem and planned the first step.",
            "Reviewed progress and questionnaires. Relapse prevention plan started.");

    static final List<String> STEP3_NOTES = List.of(
            "CBT: shared formulation developed; maintaining cycle identified.",
            "CBT: behavioural experiment planned to test the prediction.",
            "CBT: reviewed homework; worked on core beliefs.",
            "CBT: exposure and response prevention; hierarchy reviewed.",
            "Trauma-focused CBT: worked on the timeline and reliving.",
            "Counselling for depression: explored feelings about recent losses.",
            "Reviewed outcome measures; agreed focus for the next sessions.");

    static final String ASSESSMENT_NOTE =
            "Assessment completed: history, risk and goals discussed; treatment options explained.";

    static final String REVIEW_NOTE =
            "Review while waiting: checked in on how things are going; risk reviewed; no change to plan.";
}
