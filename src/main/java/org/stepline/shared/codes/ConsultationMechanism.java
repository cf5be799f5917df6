package org.stepline.shared.codes;

/** {@code ConsMechanism}: the mode in which a contact was delivered. Every mode carries the same weight. */
public enum ConsultationMechanism implements NationalCode {
    FACE_TO_FACE("01", "Face to face", "face"),
    TELEPHONE("02", "Telephone", "phone"),
    TALK_TYPE("04", "Talk type for a person unable to speak", "talk"),
    EMAIL("05", "Email", "email"),
    TEXT_MESSAGE("09", "Text message", "text"),
    INSTANT_MESSAGING("10", "Instant messaging", "chat"),
    VIDEO("11", "Video", "video"),
    MESSAGE_BOARD("12", "Message board", "board"),
    CHAT_ROOM("13", "Chat room", "chat"),
    OTHER("98", "Other", "other");

    private final String code;
    private final String label;
    private final String icon;

    ConsultationMechanism(String code, String label, String icon) {
        this.code = code;
        this.label = label;
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
