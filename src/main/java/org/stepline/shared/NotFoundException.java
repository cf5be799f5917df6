package org.stepline.shared;

/** Something asked for by id does not exist; the web layer turns it into a plain 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found");
    }
}
