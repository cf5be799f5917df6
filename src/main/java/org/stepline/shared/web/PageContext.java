package org.stepline.shared.web;

import java.util.List;

/**
 * What every page's layout needs: who is signed in, the navigation they may use, the CSRF token for forms, and a
 * one-off message carried over a redirect. Added to every model as {@code page}.
 */
public record PageContext(
        String userName,
        String roleLabel,
        List<NavItem> navigation,
        String csrfParameter,
        String csrfToken,
        String flash,
        String currentPath) {

    public record NavItem(String label, String href) {}

    public boolean signedIn() {
        return userName != null;
    }

    public boolean isCurrent(NavItem item) {
        return currentPath != null && (currentPath.equals(item.href()) || currentPath.startsWith(item.href() + "/"));
    }

    public static PageContext anonymous(String csrfParameter, String csrfToken) {
        return new PageContext(null, null, List.of(), csrfParameter, csrfToken, null, null);
    }
}
