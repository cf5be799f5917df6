package org.stepline.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.stepline.identity.CurrentStaff;
import org.stepline.identity.StaffDirectory;
import org.stepline.shared.web.Flash;
import org.stepline.shared.web.PageContext;
import org.stepline.shared.web.PageContext.NavItem;

/** Gives every page its layout context: the signed-in user, their navigation and the CSRF token. */
@ControllerAdvice
class PageContextAdvice {

    private final StaffDirectory staff;

    PageContextAdvice(StaffDirectory staff) {
        this.staff = staff;
    }

    @ModelAttribute("page")
    PageContext page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String parameter = csrf == null ? "_csrf" : csrf.getParameterName();
        String token = csrf == null ? "" : csrf.getToken();
        var flashMap = RequestContextUtils.getInputFlashMap(request);
        String flash = flashMap == null ? null : (String) flashMap.get(Flash.ATTRIBUTE);
        return staff.currentIfAny()
                .map(me -> new PageContext(
                        me.displayName(),
                        me.role().label(),
                        navigationFor(me),
                        parameter,
                        token,
                        flash,
                        request.getRequestURI()))
                .orElseGet(() -> PageContext.anonymous(parameter, token));
    }

    static List<NavItem> navigationFor(CurrentStaff me) {
        return switch (me.role()) {
            case PRACTITIONER ->
                List.of(
                        new NavItem("Caseload", "/caseload"),
                        new NavItem("Diary", "/diary"),
                        new NavItem("Waiting list", "/waiting-list"),
                        new NavItem("Self-referrals", "/referrals/self"),
                        new NavItem("Risk alerts", "/risk-alerts"),
                        new NavItem("Supervision", "/supervision"),
                        new NavItem("Find a patient", "/patients"),
                        new NavItem("Add a patient", "/patients/new"),
                        new NavItem("My telephone work", "/practice/me"));
            case SUPERVISOR ->
                List.of(
                        new NavItem("Caseload", "/caseload"),
                        new NavItem("Diary", "/diary"),
                        new NavItem("Waiting list", "/waiting-list"),
                        new NavItem("Self-referrals", "/referrals/self"),
                        new NavItem("Risk alerts", "/risk-alerts"),
                        new NavItem("Supervision", "/supervision"),
                        new NavItem("Find a patient", "/patients"),
                        new NavItem("Add a patient", "/patients/new"),
                        new NavItem("Service overview", "/overview"),
                        new NavItem("Outcomes", "/reports/outcomes"),
                        new NavItem("Choice of mode", "/reports/choice"),
                        new NavItem("Telephone practice", "/practice"),
                        new NavItem("Staff surveys", "/surveys"));
            case MANAGER ->
                List.of(
                        new NavItem("Service overview", "/overview"),
                        new NavItem("Outcomes", "/reports/outcomes"),
                        new NavItem("Choice of mode", "/reports/choice"),
                        new NavItem("Diaries", "/diary"),
                        new NavItem("Telephone practice", "/practice"),
                        new NavItem("Staff surveys", "/surveys"));
            case ADMIN ->
                List.of(
                        new NavItem("Users", "/admin/users"),
                        new NavItem("Teams", "/admin/teams"),
                        new NavItem("API clients", "/admin/api-clients"),
                        new NavItem("Self-referral", "/admin/self-referral"),
                        new NavItem("Audit trail", "/admin/audit"));
        };
    }
}
