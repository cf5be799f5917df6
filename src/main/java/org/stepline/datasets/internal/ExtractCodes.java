package org.stepline.datasets.internal;

import java.util.List;

import org.stepline.shared.codes.AppointmentType;
import org.stepline.shared.codes.Attendance;
import org.stepline.shared.codes.ConsultationMechanism;
import org.stepline.shared.codes.NationalCode;

/**
 * The closed code lists of the extract, looked up straight from bytes. Older extracts use the predecessor
 * ConsMechanism list: 03 (web camera) is read as 11 (video), 06 (SMS) as 09 (text message), 08 (online instant
 * messaging) as 10 (instant messaging), and counted.
 */
final class ExtractCodes {

    static final AppointmentType[] APP_TYPES = AppointmentType.values();
    static final Attendance[] ATTENDANCES = Attendance.values();
    static final ConsultationMechanism[] MODES = ConsultationMechanism.values();
    static final List<String> OLD_MODES = List.of("03", "06", "08");
    static final List<ConsultationMechanism> OLD_MODES_NOW = List.of(ConsultationMechanism.VIDEO,
            ConsultationMechanism.TEXT_MESSAGE, ConsultationMechanism.INSTANT_MESSAGING);

    private ExtractCodes() {
    }

    static int appType(byte[] b, int off, int len) {
        return indexOf(APP_TYPES, b, off, len);
    }

    static int attendance(byte[] b, int off, int len) {
        return indexOf(ATTENDANCES, b, off, len);
    }

    /** The mode's position in {@link #MODES}, or -1; see {@link #oldMode}. */
    static int mode(byte[] b, int off, int len) {
        return indexOf(MODES, b, off, len);
    }

    private static int indexOf(NationalCode[] codes, byte[] b, int off, int len) {
        for (int i = 0; i < codes.length; i++) {
            if (Fields.is(b, off, len, codes[i].code())) {
                return i;
            }
        }
        return -1;
    }

    /** The old code's position in {@link #OLD_MODES}, or -1. */
    static int oldMode(byte[] b, int off, int len) {
        for (int i = 0; i < OLD_MODES.size(); i++) {
            if (Fields.is(b, off, len, OLD_MODES.get(i))) {
                return i;
            }
        }
        return -1;
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
}
