package org.stepline.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.stepline.shared.NotFoundException;

/** Every failure a person can meet is a plain-English page with the right status, never a stack trace. */
@Controller
@ControllerAdvice
class ErrorPages implements ErrorController {

    @RequestMapping("/403")
    String forbidden(HttpServletResponse response, Model model) {
        return show(HttpStatus.FORBIDDEN, response, model);
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return show(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, response, model);
    }

    /** Sent on to {@link #error}: an exception handler's model lacks the page context the layout needs. */
    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /**
     * A request Stepline cannot read: a word where a number belongs, a parameter missing, repeated or refused by
     * {@link RequestParameters}, a body that is not what the page sends.
     */
    @ExceptionHandler({
        TypeMismatchException.class,
        ServletRequestBindingException.class,
        BindException.class,
        HttpMessageNotReadableException.class,
        MultipartException.class,
        HandlerMethodValidationException.class
    })
    void badRequest(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    private static String show(HttpStatus status, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute(
                "heading",
                switch (status) {
                    case FORBIDDEN -> "You do not have access to this page";
                    case NOT_FOUND -> "Page not found";
                    case BAD_REQUEST -> "Something in the request was not right";
                    case TOO_MANY_REQUESTS -> "Too many requests";
                    default -> "Sorry, there is a problem with the service";
                });
        model.addAttribute(
                "advice",
                switch (status) {
                    case FORBIDDEN ->
                        "Your role or team does not allow this. If you need access, ask your supervisor or an administrator.";
                    case NOT_FOUND ->
                        "If you typed the web address, check it is correct. If you followed a link, the record may have been removed.";
                    case TOO_MANY_REQUESTS ->
                        "This page has been opened too many times from your connection in the last "
                                + "minute. Wait a minute, then try your link again.";
                    case BAD_REQUEST ->
                        "Stepline could not read what was sent: the web address may have been changed by hand or "
                                + "cut short, it may hold a character that cannot be typed, or the page may have been open for too "
                                + "long. Go back, reload the page and try again.";
                    default -> "Try again later. If the problem continues, contact your system administrator.";
                });
        return "error/problem";
    }
}
