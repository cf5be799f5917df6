package org.stepline.datasets.internal;

import java.util.Arrays;
import java.util.List;
import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.CodeForm;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.NationalCode;

/**
 * The closed code lists of the extract, looked up straight from bytes in any form national data carries a code
 * ({@link CodeForm}: {@code 2}, {@code 02}, {@code " 2"}). Older extracts use the predecessor ConsMechanism list: 03
 * (web camera) is read as 11 (video), 06 (SMS) as 09 (text message), 08 (online instant messaging) as 10 (instant
 * messaging), and counted.
 */
final class ExtractCodes {

    static final AppointmentType[] APP_TYPES = AppointmentType.values();
    static final Attendance[] ATTENDANCES = Attendance.values();
    static final ConsultationMechanism[] MODES = ConsultationMechanism.values();
    static final List<String> OLD_MODES = List.of("03", "06", "08");
    static final List<ConsultationMechanism> OLD_MODES_NOW = List.of(
            ConsultationMechanism.VIDEO, ConsultationMechanism.TEXT_MESSAGE, ConsultationMechanism.INSTANT_MESSAGING);

    private static final int[] APP_TYPE_BY_NUMBER = byNumber(APP_TYPES);
    private static final int[] ATTENDANCE_BY_NUMBER = byNumber(ATTENDANCES);
    private static final int[] MODE_BY_NUMBER = byNumber(MODES);
    private static final int[] OLD_MODE_BY_NUMBER = byNumber(OLD_MODES);

    private ExtractCodes() {}

    static int appType(byte[] b, int off, int len) {
        return lookUp(APP_TYPE_BY_NUMBER, b, off, len);
    }

    static int attendance(byte[] b, int off, int len) {
        return lookUp(ATTENDANCE_BY_NUMBER, b, off, len);
    }

    /** The mode's position in {@link #MODES}, or -1; see {@link #oldMode}. */
    static int mode(byte[] b, int off, int len) {
        return lookUp(MODE_BY_NUMBER, b, off, len);
    }

    /** The old code's position in {@link #OLD_MODES}, or -1. */
    static int oldMode(byte[] b, int off, int len) {
        return lookUp(OLD_MODE_BY_NUMBER, b, off, len);
    }

    /** The mode as it is recorded: an old code read as its successor; null when neither. */
    static ConsultationMechanism modeOf(byte[] b, int off, int len) {
        int mode = mode(b, off, len);
        if (mode >= 0) {
            return MODES[mode];
        }
        int old = oldMode(b, off, len);
        return old >= 0 ? OLD_MODES_NOW.get(old) : null;
    }

    /**
     * An end code: two digits from 10 to 99 in any form ({@code " 46"}); its canonical text, or null. Codes outside
     * the national list (codes/end-code.csv) are accepted and kept, as they always were.
     */
    static @org.jspecify.annotations.Nullable String endCode(byte[] b, int off, int len) {
        int number = CodeForm.number(b, off, len);
        return number >= 10 && number <= 99 ? CodeForm.canonical(number, 2) : null;
    }

    /** PlannedCareContIndicator in any case, spaces around: 1 for Y (planned), 0 for N (unplanned), else -1. */
    static int planned(byte[] b, int off, int len) {
        return switch (CodeForm.letter(b, off, len)) {
            case 'Y' -> 1;
            case 'N' -> 0;
            default -> -1;
        };
    }

    private static int lookUp(int[] byNumber, byte[] b, int off, int len) {
        int number = CodeForm.number(b, off, len);
        return number < 0 ? -1 : byNumber[number];
    }

    private static int[] byNumber(NationalCode[] codes) {
        return byNumber(Arrays.stream(codes).map(NationalCode::code).toList());
    }

    private static int[] byNumber(List<String> codes) {
        int[] byNumber = new int[1000];
        Arrays.fill(byNumber, -1);
        for (int i = 0; i < codes.size(); i++) {
            byNumber[Integer.parseInt(codes.get(i))] = i;
        }
        return byNumber;
    }
}
