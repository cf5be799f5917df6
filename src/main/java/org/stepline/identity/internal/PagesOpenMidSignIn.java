package org.stepline.identity.internal;

import java.util.Set;

/** The pages someone part-way through signing in may still open: signing out, the error pages and the styles. */
final class PagesOpenMidSignIn {

    private static final Set<String> PAGES = Set.of("/logout", "/login", "/error", "/403", "/favicon.ico");
    private static final Set<String> STATIC = Set.of("/css/", "/js/", "/vendor/", "/assets/");

    private PagesOpenMidSignIn() {}

    static boolean isOpen(String path, Set<String> alsoOpen) {
        return PAGES.contains(path)
                || alsoOpen.contains(path)
                || STATIC.stream().anyMatch(path::startsWith);
    }
}
