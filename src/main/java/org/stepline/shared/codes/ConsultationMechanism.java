package org.stepline.shared.codes;

/** {@code ConsMechanism}: the mode in which a contact was delivered. Every mode carries the same weight. Labels: codes/consultation-mechanism.csv. */
public enum ConsultationMechanism implements NationalCode {
    FACE_TO_FACE("01", "face"),
    TELEPHONE("02", "phone"),
    TALK_TYPE("04", "talk"),
    EMAIL("05", "email"),
    TEXT_MESSAGE("09", "text"),
    INSTANT_MESSAGING("10", "chat"),
    VIDEO("11", "video"),
    MESSAGE_BOARD("12", "board"),
    CHAT_ROOM("13", "chat"),
    OTHER("98", "other");

    private final String code;
    private final String label;
    private final String icon;

    ConsultationMechanism(String code, String icon) {
        this.code = code;
        this.label = CodeFiles.label("consultation-mechanism", code);
        this.icon = icon;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Name of the icon drawn for this mode (see static/css/stepline.css). */
    public String icon() {
        return icon;
    }

    public boolean isTelephone() {
        return this == TELEPHONE;
    }

    public static ConsultationMechanism of(String code) {
        return NationalCode.requireCode(ConsultationMechanism.class, code);
    }
}
