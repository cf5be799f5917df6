package org.stepline.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by a module whose links messaging sends to patients ({@link PatientLinks}): the link is minted only when
 * the message is composed, just before it goes, so its raw token is never stored; the issuer keeps only its hash.
 * Messaging calls the issuer named by the message's {@link #source()}; it never depends on the issuing module.
 */
public interface PatientLinkIssuer {

    /** A freshly minted link and the words around it. {@code lead} comes after "Hello name."; nothing clinical. */
    record Link(String path, Instant expiresAt, String subject, String lead, String afterwards) {}

    /** Stored with each message, e.g. {@code FORMULATION_JOIN}: names this issuer. */
    String source();

    /** What the message is, on the patient's messages panel, e.g. "Link to join the formulation board". */
    String label();

    /**
     * Mints the link for {@code reference} (the issuer's own id, given to {@link PatientLinks#send}); null when it is
     * no longer wanted (then the message is cancelled with {@link #noLongerWanted()}). Called again if a send is retried:
     * a new link replaces the earlier one.
     */
    @Nullable
    Link mint(long reference, MessageChannel channel);

    /** Why a message is not sent when {@link #mint} gives nothing, in words for the messages panel. */
    String noLongerWanted();
}
